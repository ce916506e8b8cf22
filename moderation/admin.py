"""The admin of moderation: the story queue, the audit trail, the lexicon, the assignments."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from somos.mail import absolute
from stories.models import Story

from .enrolment import ENROLMENT_LINK_HOURS, create_enrolment_link
from .models import Assignment, Decision, LexiconEntry
from .story_admin import StoryModerationAdmin

admin.site.register(Story, StoryModerationAdmin)


class StaffUserAdmin(UserAdmin):
    """Django's users, with the one-time links that let staff set up two-step verification."""

    actions = ["create_enrolment_links"]

    @admin.action(description=_("Create two-step enrolment links"))
    def create_enrolment_links(self, request, queryset):
        if not request.user.is_superuser:
            self.message_user(request, _("Only administrators create enrolment links."), "error")
            return None
        links = [
            {
                "user": user,
                "url": absolute(
                    reverse(
                        "admin:two_factor_enrol",
                        args=[create_enrolment_link(user=user, created_by=request.user)],
                    )
                ),
            }
            for user in queryset.filter(is_staff=True, is_active=True)
        ]
        return TemplateResponse(
            request,
            "admin/moderation/enrolment_links.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "links": links,
                "hours": ENROLMENT_LINK_HOURS,
            },
        )


admin.site.unregister(get_user_model())
admin.site.register(get_user_model(), StaffUserAdmin)


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    """The whole audit trail: readable by those who may see the stories, changeable by none."""

    list_display = ["decided_at", "story", "moderator", "action", "reason"]
    list_filter = ["action", "reason"]
    date_hierarchy = "decided_at"
    # Only the filters' own parameters: a lookup through the story could read its hidden fields.
    filter_lookups = {
        "action__exact",
        "action__isnull",
        "reason__exact",
        "reason__isnull",
        *(f"decided_at__{part}" for part in ("year", "month", "day")),
    }

    def lookup_allowed(self, lookup, value, request):
        return lookup in self.filter_lookups

    def get_queryset(self, request):
        stories = Story.objects.for_moderator(request.user)
        return super().get_queryset(request).filter(story__in=stories).select_related("story")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(LexiconEntry)
class LexiconEntryAdmin(admin.ModelAdmin):
    """Slurs and xenophobic phrases added to the screening's lexicon, in effect at once."""

    list_display = ["phrase", "language", "example", "added_by", "updated_at"]
    list_filter = ["language"]
    search_fields = ["phrase", "example"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.added_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ["user", "campaign"]
    list_filter = ["campaign"]
    autocomplete_fields = ["user"]

    def has_module_permission(self, request):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_add_permission(self, request):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser
