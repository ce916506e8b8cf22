"""The admin of moderation: the story queue, the audit trail, the lexicon, the assignments."""

from django.contrib import admin

from stories.models import Story

from .models import Assignment, Decision, LexiconEntry
from .story_admin import StoryModerationAdmin

admin.site.register(Story, StoryModerationAdmin)


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
