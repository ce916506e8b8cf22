"""Staff reset a forgotten password by e-mail, sent through the task queue.

The e-mail is made by the worker, token included, so that no reset link is ever stored in the
queue; only staff accounts can be reset this way, and the page says the same whether or not the
address is known.
"""

from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.http import HttpResponseRedirect
from django.urls import reverse_lazy
from django.utils.translation import get_language

from somos import ratelimit

from .notifications import send_password_reset

RESETS_PER_HOUR = 5


class StaffPasswordResetForm(PasswordResetForm):
    def get_users(self, email):
        return (user for user in super().get_users(email) if user.is_staff)

    def save(self, *, domain_override=None, use_https=False, request=None, **kwargs):
        domain = domain_override or request.get_host()
        for user in self.get_users(self.cleaned_data["email"]):
            send_password_reset.enqueue(user.pk, get_language(), domain, use_https)


class StaffPasswordResetView(auth_views.PasswordResetView):
    form_class = StaffPasswordResetForm
    success_url = reverse_lazy("password_reset_done")

    def form_valid(self, form):
        # A flood of requests sends no flood of e-mails; the answer looks the same.
        if ratelimit.limit_reached("password-reset", self.request, limit=RESETS_PER_HOUR):
            return HttpResponseRedirect(self.get_success_url())
        ratelimit.record("password-reset", self.request)
        return super().form_valid(form)
