"""The admin site for staff: a password, then a code from an authenticator app.

The second step is asked of every staff member when REQUIRE_2FA is set, and otherwise of those
who turned it on for themselves. Failed passwords are counted by django-axes.
"""

import logging

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth import logout as auth_logout
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from .enrolment import SESSION_KEY, may_enrol, usable_link, use_link
from .queue import waiting_by_campaign
from .two_factor import CodeForm, is_staff_member, qr_code_data_uri, second_step_done, spaced_secret

logger = logging.getLogger(__name__)


class StaffAdminSite(admin.AdminSite):
    site_header = _("Somos administration")
    site_title = _("Somos administration")
    # The queue's columns need the width the app list would take.
    enable_nav_sidebar = False

    def index(self, request, extra_context=None):
        overview = (
            waiting_by_campaign(request.user) if request.user.has_perm("stories.view_story") else []
        )
        return super().index(request, {**(extra_context or {}), "queue_overview": overview})

    def has_permission(self, request):
        return super().has_permission(request) and second_step_done(request)

    def login(self, request, extra_context=None):
        if is_staff_member(request.user) and not second_step_done(request):
            query = urlencode({REDIRECT_FIELD_NAME: self.next_address(request)})
            return redirect(f"{reverse('admin:two_factor', current_app=self.name)}?{query}")
        return super().login(request, extra_context)

    def get_urls(self):
        return [
            path("two-factor/", self.two_factor, name="two_factor"),
            path("two-factor/enrol/<str:token>/", self.enrolment_link, name="two_factor_enrol"),
            path("two-factor/log-out/", self.log_out_before_second_step, name="two_factor_logout"),
            *super().get_urls(),
        ]

    def next_address(self, request):
        address = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME)
        if address and url_has_allowed_host_and_scheme(
            address, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return address
        return reverse("admin:index", current_app=self.name)

    @method_decorator([never_cache, csrf_protect])
    def two_factor(self, request):
        """Ask for the code; the first time, show the key to add to an authenticator app."""
        user = request.user
        if not is_staff_member(user):
            return redirect("admin:login")
        if user.is_verified():
            return redirect(self.next_address(request))
        device = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
        enrolling = device is None
        if enrolling and settings.REQUIRE_2FA and not may_enrol(request):
            # A password alone does not set up the second step: the administrator's link does.
            context = {**self.each_context(request), "title": _("Two-step verification")}
            return render(request, "admin/two_factor_link_needed.html", context, status=403)
        if enrolling:
            device, _created = TOTPDevice.objects.get_or_create(
                user=user, confirmed=False, defaults={"name": "Authenticator app"}
            )
        form = CodeForm(request.POST or None, device=device)
        if request.method == "POST" and form.is_valid():
            if enrolling:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                use_link(request)
                logger.info("Staff member %s turned on two-step verification.", user.pk)
            otp_login(request, device)
            return redirect(self.next_address(request))
        context = {
            **self.each_context(request),
            "title": _("Two-step verification"),
            "form": form,
            "enrolling": enrolling,
            "next": self.next_address(request),
            "required": settings.REQUIRE_2FA,
        }
        if enrolling:
            context["qr_code"] = qr_code_data_uri(device.config_url)
            context["secret"] = spaced_secret(device)
        status = 400 if form.errors else 200
        return render(request, "admin/two_factor.html", context, status=status)

    @method_decorator(never_cache)
    def enrolment_link(self, request, token):
        """Keep the administrator's link in the session, then log in and enrol."""
        link = usable_link(token)
        if link is None:
            context = {**self.each_context(request), "title": _("Two-step verification")}
            return render(request, "admin/two_factor_link_needed.html", context, status=404)
        request.session[SESSION_KEY] = link.token_hash
        return redirect(reverse("admin:two_factor", current_app=self.name))

    @method_decorator([never_cache, csrf_protect, require_POST])
    def log_out_before_second_step(self, request):
        """Log out from the second step; the admin's own log-out needs the step done first."""
        auth_logout(request)
        return redirect("admin:login")


def locked_out(request, response, credentials):
    """django-axes' answer to a login while the username and address are locked out."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {**admin.site.each_context(request), "lockout_minutes": minutes}
    return render(request, "admin/locked_out.html", context, status=429)
