"""The moderation queue and the story's page: stories of the moderator's own campaigns, their
flags and every decision on them."""

import copy
import json
import logging
from collections import Counter

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.db.models import Count
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.timesince import timesince
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin

from campaigns.models import Campaign
from somos.admin import InvalidatesPagesAdmin
from somos.faces import FAILED, NONE
from somos.images import jpeg_sizes
from stories.models import Story
from stories.story_page import preview_context
from stories.withdrawal import delete_story_files

from . import decisions
from .highlights import SCREENING_HELP, finding_legend, highlight, word_diff
from .models import Decision
from .notifications import decision_email
from .screening import current_lexicon, screen

logger = logging.getLogger(__name__)

TRANSLATION_STATUS = [
    ("", _("missing")),
    ("draft", _("draft")),
    ("reviewed", _("reviewed")),
]


def translation_status_field(name):
    return forms.ChoiceField(
        label=_("Translation into %(language)s") % {"language": name},
        choices=TRANSLATION_STATUS,
        required=False,
    )


def with_translation_status(form):
    """Add a translation status field per language of the site to the form class."""
    for code, name in settings.LANGUAGES:
        field = translation_status_field(name)
        form.declared_fields[f"translation_status_{code}"] = field
        form.base_fields[f"translation_status_{code}"] = field
    return form


@with_translation_status
class StoryModerationForm(forms.ModelForm):
    """The story, with the status of each translation: only reviewed ones are published."""

    # When the moderator opened the story: a save is refused if it changed since.
    loaded_version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.updated_at.isoformat()
        for code, _name in settings.LANGUAGES:
            self.fields[
                f"translation_status_{code}"
            ].initial = self.instance.translation_status.get(code, "")

    def clean(self):
        cleaned = super().clean()
        # Read once, and only when a translation is being marked reviewed.
        lexicon = SimpleLazyObject(current_lexicon)
        for code, _name in settings.LANGUAGES:
            if cleaned.get(f"translation_status_{code}") != "reviewed":
                continue
            title, body = cleaned.get(f"title_{code}"), cleaned.get(f"body_{code}")
            if not (title and body):
                self.add_error(
                    f"translation_status_{code}",
                    _("A translation can be marked reviewed only with its title and text."),
                )
            elif self.reviewed_now(code) and (
                screen(title, lexicon=lexicon) or screen(body, lexicon=lexicon)
            ):
                # A reviewed translation is published as it is: what the screening finds in
                # it must be redacted first, as in the original.
                self.add_error(
                    f"translation_status_{code}",
                    _(
                        "The screening finds personal data or insults in this translation: "
                        "redact them before marking it reviewed."
                    ),
                )
        return cleaned

    def reviewed_now(self, code):
        """Whether this save marks the translation reviewed or changes its reviewed text."""
        fields = (f"translation_status_{code}", f"title_{code}", f"body_{code}")
        return any(name in self.changed_data for name in fields)

    def save(self, commit=True):
        self.instance.translation_status = {
            code: self.cleaned_data[f"translation_status_{code}"]
            for code, _name in settings.LANGUAGES
            if code != self.instance.language
            and self.cleaned_data.get(f"translation_status_{code}")
        }
        return super().save(commit)


class DecisionInline(admin.TabularInline):
    """The story's audit trail, read-only for everyone."""

    model = Decision
    extra = 0
    fields = ["decided_at", "moderator", "action", "reason", "note", "before", "after"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


EXCERPT_LENGTH = 200


BLUR_FOUND_NOTHING = _("blur asked, no face found")


def decision_buttons(story):
    """The decisions the story's status allows, as (action, label, style) for its page."""
    buttons = {
        Story.Status.SUBMITTED: [
            ("approve_selected", _("Approve and publish"), "default"),
            ("reject_selected", _("Reject…"), "danger"),
            ("hold_selected", _("Hold for protection"), ""),
        ],
        Story.Status.HELD: [("release_hold_selected", _("Release the hold…"), "")],
        Story.Status.APPROVED: [
            (
                "unfeature" if story.featured else "feature",
                _("Stop featuring") if story.featured else _("Feature"),
                "",
            ),
            ("take_down_selected", _("Take down…"), "danger"),
        ],
    }.get(story.status, [])
    if story.photo_files and story.status != Story.Status.WITHDRAWN:
        buttons.append(("remove_photo_selected", _("Remove the photo…"), ""))
    return [{"action": action, "label": label, "style": style} for action, label, style in buttons]


def rejection_messages(stories, reason, note):
    """The message each author would receive, once per language; the stories without an
    address are counted apart, since they only see it on their private page."""
    by_language, without_address = {}, 0
    for story in stories:
        if not story.contact_email:
            without_address += 1
            continue
        if story.language in by_language:
            continue
        rejected = copy.copy(story)
        rejected.status = Story.Status.REJECTED
        rejected.rejection_reason = reason
        rejected.note_to_author = note
        subject, body = decision_email(rejected)
        by_language[story.language] = {
            "language": story.get_language_display(),
            "subject": subject,
            "body": body,
        }
    return {"emails": list(by_language.values()), "without_address": without_address}


class StoryModerationAdmin(InvalidatesPagesAdmin, TabbedTranslationAdmin):
    form = StoryModerationForm
    # Every column a moderator sorts or decides by, narrow enough for a laptop and a phone.
    list_display = ["queue_entry", "campaign", "language", "flag_kinds", "waiting", "status"]
    list_display_links = None
    list_filter = [
        "status",
        ("campaign", admin.RelatedOnlyFieldListFilter),
        "language",
        "findings__kind",
        "themes",
    ]
    search_fields = [*(f"title_{code}" for code, _name in settings.LANGUAGES), "submitted_title"]
    ordering = ["submitted_at"]
    inlines = [DecisionInline]
    actions = [
        "approve_selected",
        "reject_selected",
        "hold_selected",
        "release_hold_selected",
        "take_down_selected",
        "remove_photo_selected",
        "feature",
        "unfeature",
        "start_translations",
    ]
    readonly_fields = [
        "status",
        "language",
        "flagged_title",
        "flagged_text",
        "flagged_translations",
        "redactions",
        "byline_preview",
        "photo_preview",
        "consent_record",
        "published_at",
        "submitted_at",
        "withdrawn_at",
        "rejection_reason",
        "note_to_author",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "campaign",
                    "status",
                    "language",
                    "submitted_at",
                    "published_at",
                    "loaded_version",
                ]
            },
        ),
        (
            _("Screening"),
            {
                "fields": ["flagged_title", "flagged_text", "flagged_translations"],
                "description": SCREENING_HELP,
            },
        ),
        (_("Public text (edit to redact)"), {"fields": ["title", "body", "themes", "redactions"]}),
        (
            _("Translations"),
            {
                "fields": [],
                "description": _(
                    "Translate from the redacted text: the action “Start translations” copies it "
                    "into the empty languages. Visitors see a translation once it is reviewed."
                ),
            },
        ),
        (
            _("Author"),
            {
                "fields": [
                    "byline_preview",
                    "author_display",
                    "author_name",
                    "author_role",
                    "country",
                    "city",
                    "show_city",
                ]
            },
        ),
        (_("Photo and video"), {"fields": ["photo_preview", "photo_alt", "video_url"]}),
        (
            _("Consent and outcome"),
            {
                "fields": [
                    "consent_record",
                    "noindex",
                    "rejection_reason",
                    "note_to_author",
                    "withdrawn_at",
                ]
            },
        ),
    ]

    # What a moderator sees and may act on: the stories of their own campaigns.

    # The query parameters of the list's own filters. Any other lookup, such as
    # ?contact_email__startswith=a, would let staff read a field they are not shown, letter by
    # letter.
    filter_lookups = {
        "status__exact",
        "status__isnull",
        "campaign__id__exact",
        "campaign__isnull",
        "language__exact",
        "language__isnull",
        "findings__kind__exact",
        "findings__kind__isnull",
        "themes__id__exact",
        "themes__isnull",
    }

    def lookup_allowed(self, lookup, value, request):
        return lookup in self.filter_lookups

    def get_queryset(self, request):
        return (
            Story.objects.for_moderator(request.user)
            .select_related("campaign")
            .prefetch_related("findings")
            .annotate(flag_count=Count("findings", distinct=True))
        )

    def get_urls(self):
        story = "<path:object_id>/"
        return [
            path(
                f"{story}preview/",
                self.admin_site.admin_view(self.preview_view),
                name="stories_story_preview",
            ),
            path(
                f"{story}redact/",
                self.admin_site.admin_view(self.redact_view),
                name="stories_story_redact",
            ),
            path(
                f"{story}faces/",
                self.admin_site.admin_view(self.faces_view),
                name="stories_story_faces",
            ),
            *super().get_urls(),
        ]

    def get_view_on_site_url(self, obj=None):
        # Staff see an unpublished story as it will look, never the public 404.
        if obj is None or obj.status == Story.Status.WITHDRAWN:
            return None
        return reverse("admin:stories_story_preview", args=[obj.pk])

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "themes":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_object(self, request, object_id, from_field=None):
        # A story outside the moderator's campaigns is, for them, not there at all.
        story = super().get_object(request, object_id, from_field)
        if story is None:
            raise Http404
        return story

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "campaign" and not request.user.is_superuser:
            kwargs["queryset"] = Campaign.objects.filter(moderator_assignments__user=request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_add_permission(self, request):
        # Stories come from storytellers, through the public form.
        return False

    def changelist_view(self, request, extra_context=None):
        if not request.GET and request.method == "GET":
            return HttpResponseRedirect(f"{request.path}?status__exact=submitted")
        counts = dict(
            Story.objects.for_moderator(request.user)
            .order_by()
            .values_list("status")
            .annotate(count=Count("pk", distinct=True))
        )
        status_counts = [
            {"value": value, "label": label, "count": counts.get(value, 0)}
            for value, label in Story.Status.choices
        ]
        return super().changelist_view(
            request, {**(extra_context or {}), "status_counts": status_counts}
        )

    # Columns and read-only views.

    @admin.display(description=_("story"), ordering="submitted_at")
    def queue_entry(self, story):
        """The title as a link, the start of the text, and on a phone what the columns say."""
        return format_html(
            '<a class="queue-title" href="{}">{}</a><span class="queue-excerpt">{}</span>'
            '<span class="queue-meta">{} · {} · {} · {}</span>',
            reverse("admin:stories_story_change", args=[story.pk]),
            story.original_title or "—",
            Truncator(story.original_body).chars(EXCERPT_LENGTH),
            story.campaign.name,
            story.get_language_display(),
            self.flag_kinds(story),
            story.get_status_display(),
        )

    @admin.display(description=_("screening flags"), ordering="flag_count")
    def flag_kinds(self, story):
        kinds = Counter(finding.get_kind_display() for finding in story.findings.all())
        flags = [f"{kind} ×{count}" if count > 1 else str(kind) for kind, count in kinds.items()]
        if story.blur_requested and story.face_detection in (NONE, FAILED):
            flags.append(str(BLUR_FOUND_NOTHING))
        return ", ".join(flags) if flags else _("no flags")

    @admin.display(description=_("waiting"), ordering="submitted_at")
    def waiting(self, story):
        if story.status not in decisions.UNDECIDED:
            return "—"
        return timesince(story.submitted_at, timezone.now())

    def redact_url(self, story):
        if story.status == Story.Status.WITHDRAWN:
            return None
        return reverse("admin:stories_story_redact", args=[story.pk])

    def highlighted(self, story, language, field):
        """The field in that language with its findings marked, from the findings already
        fetched with the story, each with its one-click redaction."""
        findings = [f for f in story.findings.all() if (f.language, f.field) == (language, field)]
        text = getattr(story, f"{field}_{language}") or ""
        return highlight(text, findings, self.redact_url(story))

    @admin.display(description=_("title as screened"))
    def flagged_title(self, story):
        return self.highlighted(story, story.language, "title")

    @admin.display(description=_("story as screened"))
    def flagged_text(self, story):
        return self.highlighted(story, story.language, "body")

    @admin.display(description=_("translations as screened"))
    def flagged_translations(self, story):
        """Each translation with findings, highlighted, so they are redacted there too."""
        flagged = {finding.language for finding in story.findings.all()} - {story.language}
        parts = [
            format_html(
                "<p><strong>{}</strong></p><p>{}</p><p>{}</p>",
                name,
                self.highlighted(story, code, "title"),
                self.highlighted(story, code, "body"),
            )
            for code, name in settings.LANGUAGES
            if code in flagged
        ]
        return mark_safe("".join(parts)) if parts else "—"

    @admin.display(description=_("changes to what the author sent"))
    def redactions(self, story):
        if (story.original_title, story.original_body) == (
            story.submitted_title,
            story.submitted_body,
        ):
            return _("No change: the public text is what the author sent.")
        return format_html(
            "<p><strong>{}</strong> {}</p><p>{}</p>",
            _("Title:"),
            word_diff(story.submitted_title, story.original_title),
            word_diff(story.submitted_body, story.original_body),
        )

    @admin.display(description=_("shown as"))
    def byline_preview(self, story):
        return story.byline

    @admin.display(description=_("photo"))
    def photo_preview(self, story):
        """The photo with its faces boxed; before a decision, the faces can be blurred."""
        if not story.photo_files:
            return "—"
        jpegs = jpeg_sizes(story.photo_files)
        if not jpegs:
            return "—"
        # The largest that fits a laptop's screen.
        shown = next((f for f in reversed(jpegs) if f["width"] <= 960), jpegs[0])
        faces = [
            {
                "number": number,
                "index": number - 1,
                "blurred": face["blurred"],
                "x": face["box"][0] * 1000,
                "y": face["box"][1] * 1000,
                "width": (face["box"][2] - face["box"][0]) * 1000,
                "height": (face["box"][3] - face["box"][1]) * 1000,
            }
            for number, face in enumerate(story.faces, start=1)
        ]
        context = {
            "story": story,
            "url": default_storage.url(shown["name"]),
            "width": shown["width"],
            "height": shown["height"],
            "faces": faces,
            "found_nothing": story.face_detection in (NONE, FAILED),
            "can_blur": story.status in decisions.UNDECIDED,
            "faces_url": reverse("admin:stories_story_faces", args=[story.pk]),
        }
        return render_to_string("admin/stories/story/faces.html", context)

    @admin.display(description=_("consent"))
    def consent_record(self, story):
        consent = story.consent_text
        if consent is None:
            return "—"
        given = timezone.localtime(story.consented_at) if story.consented_at else None
        return format_html(
            "{} {} ({}) · {}",
            _("Version"),
            consent.version,
            consent.get_language_display(),
            f"{date_format(given, 'DATETIME_FORMAT')} ({given.tzname()})" if given else "—",
        )

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        status_fields = [
            f"translation_status_{code}"
            for code, _name in settings.LANGUAGES
            if obj is None or code != obj.language
        ]
        changed = {
            _("Translations"): {"fields": status_fields},
            # The legend names every kind of highlight in words, with its colour.
            _("Screening"): {"description": format_html("{} {}", SCREENING_HELP, finding_legend())},
        }
        return [(name, {**options, **changed.get(name, {})}) for name, options in fieldsets]

    # Saving goes through the decisions module: only the fields the moderator changed are
    # written, a change of the public text is a redaction on the record, and the story is
    # screened again.

    def save_model(self, request, obj, form, change):
        model_fields = {field.name for field in Story._meta.concrete_fields}
        changes = {name: getattr(obj, name) for name in form.changed_data if name in model_fields}
        if any(name.startswith("translation_status_") for name in form.changed_data):
            changes["translation_status"] = obj.translation_status
        themes = form.cleaned_data["themes"] if "themes" in form.changed_data else None
        decisions.edit(
            story=obj,
            moderator=request.user,
            changes=changes,
            themes=themes,
            version=parse_datetime(form.cleaned_data.get("loaded_version") or ""),
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # The story the page shows, as the change view already fetched it.
        if obj is not None:
            context = {
                **context,
                "decision_buttons": decision_buttons(obj),
                "neighbours": self.neighbours(request, obj),
            }
        return super().render_change_form(request, context, add, change, form_url, obj)

    def neighbours(self, request, story):
        """The previous and next stories of the queue, waiting oldest first."""
        queue = (
            self.get_queryset(request)
            .filter(status=Story.Status.SUBMITTED)
            .order_by("submitted_at", "pk")
        )
        earlier = queue.filter(submitted_at__lt=story.submitted_at).order_by("-submitted_at")
        later = queue.filter(submitted_at__gt=story.submitted_at)
        return {
            "previous": earlier.values_list("pk", flat=True).first(),
            "next": later.values_list("pk", flat=True).first(),
        }

    def preview_view(self, request, object_id):
        """The story as visitors will see it, before it is published; never cached or indexed."""
        story = self.get_object(request, object_id)
        if not self.has_view_permission(request, story) or story.is_withdrawn:
            raise Http404
        response = render(request, "stories/detail.html", preview_context(request, story))
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def redact_view(self, request, object_id):
        """Redact one finding in one click, in every language, then back to the story."""
        story = self.get_object(request, object_id)
        if request.method != "POST" or not self.has_change_permission(request, story):
            raise PermissionDenied
        finding = story.findings.filter(pk=request.POST.get("finding") or 0).first()
        if finding is None:
            self.message_user(request, _("This finding is no longer there."), messages.WARNING)
        else:
            try:
                decisions.redact_finding(story=story, moderator=request.user, finding=finding)
            except decisions.DecisionConflict as conflict:
                self.message_user(request, str(conflict), messages.ERROR)
            else:
                self.message_user(
                    request,
                    _("Replaced in every language: %(kind)s. The author's original is kept.")
                    % {"kind": finding.get_kind_display()},
                    messages.SUCCESS,
                )
        return HttpResponseRedirect(reverse("admin:stories_story_change", args=[story.pk]))

    def faces_view(self, request, object_id):
        """Blur the faces the moderator ticked or drew, remove boxes that are no face."""
        story = self.get_object(request, object_id)
        if request.method != "POST" or not self.has_change_permission(request, story):
            raise PermissionDenied
        try:
            drawn = json.loads(request.POST.get("drawn_faces") or "[]")
            if not isinstance(drawn, list):
                raise ValueError(drawn)
            decision = decisions.change_faces(
                story=story,
                moderator=request.user,
                blur=[int(v) for v in request.POST.getlist("blur_face")],
                remove=[int(v) for v in request.POST.getlist("remove_face")],
                added=drawn,
                version=parse_datetime(request.POST.get("loaded_version") or ""),
            )
        except ValueError:
            message = _("These boxes could not be read. Nothing was changed: draw them again.")
            self.message_user(request, message, messages.ERROR)
        except decisions.DecisionConflict as conflict:
            self.message_user(request, str(conflict), messages.ERROR)
        except Exception:
            logger.exception("Could not blur faces on story %s.", story.pk)
            message = _(
                "The photo could not be made again just now. Nothing was changed: try again in "
                "a minute."
            )
            self.message_user(request, message, messages.ERROR)
        else:
            if decision is None:
                message = _("Nothing changed: tick a face, or draw a box on the photo.")
            else:
                message = _("Done. Every size of the photo was made again.")
            self.message_user(request, message, messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:stories_story_change", args=[story.pk]))

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except decisions.DecisionConflict as conflict:
            # Withdrawn or changed since the form was opened: nothing was saved.
            self.message_user(request, str(conflict), messages.ERROR)
            return HttpResponseRedirect(request.path)

    def save_related(self, request, form, formsets, change):
        # The themes were saved with the edit; the audit trail inline is read-only.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def delete_model(self, request, obj):
        delete_story_files(obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for story in queryset:
            delete_story_files(story)
        super().delete_queryset(request, queryset)

    # Decisions, one or many at a time.

    def left_out(self, request, queryset):
        """Tell the moderator about stories they ticked that are no longer in this list.

        An action acts only on the list as filtered now: a story another moderator decided on,
        or held, meanwhile is left alone, even when all stories of the list were selected.
        """
        if request.POST.get("select_across") == "1":
            return
        ticked = set(request.POST.getlist(helpers.ACTION_CHECKBOX_NAME))
        missing = len(ticked - {str(pk) for pk in queryset.values_list("pk", flat=True)})
        if missing:
            self.message_user(
                request,
                ngettext(
                    "%(n)d selected story is no longer in this list and was left as it is.",
                    "%(n)d selected stories are no longer in this list and were left as they are.",
                    missing,
                )
                % {"n": missing},
                messages.WARNING,
            )

    def decide(self, request, queryset, decide, done):
        """Decide on each story; return those found flagged since the moderator confirmed."""
        self.left_out(request, queryset)
        succeeded, newly_flagged = 0, []
        for story in queryset:
            try:
                decide(story)
                succeeded += 1
            except decisions.OpenFlags:
                newly_flagged.append(story.pk)
            except decisions.DecisionConflict as conflict:
                self.message_user(request, str(conflict), messages.WARNING)
            except PermissionDenied:
                self.message_user(request, _("You cannot decide on this story."), messages.ERROR)
        if succeeded:
            self.message_user(request, done(succeeded), messages.SUCCESS)
        return newly_flagged

    def confirmation(self, request, queryset, template, **context):
        return TemplateResponse(
            request,
            f"admin/moderation/{template}",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "stories": queryset,
                "action": request.POST.get("action"),
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                "next": self.next_address(request),
                **context,
            },
        )

    def next_address(self, request):
        """Where to go once an action is done: the story's page it was taken from, if any."""
        address = request.POST.get("next", "")
        allowed = {request.get_host()}
        if address and url_has_allowed_host_and_scheme(address, allowed_hosts=allowed):
            return address
        return ""

    def response_action(self, request, queryset):
        response = super().response_action(request, queryset)
        next_address = self.next_address(request)
        if next_address and isinstance(response, HttpResponseRedirect):
            return HttpResponseRedirect(next_address)
        return response

    @admin.action(description=_("Approve and publish the selected stories"), permissions=["change"])
    def approve_selected(self, request, queryset):
        confirmed = request.POST.get("flags_confirmed") == "yes"
        flagged = [story for story in queryset if story.flag_count]
        # Several stories at once, or any with flags: the moderator confirms on a page first.
        if (flagged or len(queryset) > 1) and not confirmed:
            return self.confirmation(request, queryset, "confirm_approve.html", flagged=flagged)
        newly_flagged = self.decide(
            request,
            queryset,
            lambda story: decisions.approve(
                story=story, moderator=request.user, flags_confirmed=confirmed
            ),
            lambda n: ngettext("%(n)d story published.", "%(n)d stories published.", n) % {"n": n},
        )
        if newly_flagged:
            # Screening found something after the list was shown: confirm those stories again.
            stories = self.get_queryset(request).filter(pk__in=newly_flagged)
            return self.confirmation(request, stories, "confirm_approve.html", flagged=stories)
        return None

    @admin.action(description=_("Reject the selected stories"), permissions=["change"])
    def reject_selected(self, request, queryset):
        reason = request.POST.get("reason", "")
        note = request.POST.get("note", "").strip()[:2000]
        if reason not in Story.RejectionReason.values:
            # No reason is chosen for the moderator: one has to be picked.
            return self.confirmation(
                request,
                queryset,
                "confirm_reject.html",
                reasons=Story.RejectionReason.choices,
                missing_reason="reason" in request.POST,
                note=note,
            )
        if request.POST.get("confirmed") != "yes":
            # What the authors will receive, in their languages, before anything is sent.
            return self.confirmation(
                request,
                queryset,
                "confirm_reject_message.html",
                reason=reason,
                reason_label=Story.RejectionReason(reason).label,
                note=note,
                messages_to_authors=rejection_messages(queryset, reason, note),
            )
        self.decide(
            request,
            queryset,
            lambda story: decisions.reject(
                story=story, moderator=request.user, reason=reason, note=note
            ),
            lambda n: ngettext("%(n)d story rejected.", "%(n)d stories rejected.", n) % {"n": n},
        )
        return None

    @admin.action(description=_("Hold for the author's protection"), permissions=["change"])
    def hold_selected(self, request, queryset):
        self.decide(
            request,
            queryset,
            lambda story: decisions.hold_for_protection(story=story, moderator=request.user),
            lambda n: ngettext("%(n)d story held.", "%(n)d stories held.", n) % {"n": n},
        )

    @admin.action(description=_("Release the hold, with a reason"), permissions=["change"])
    def release_hold_selected(self, request, queryset):
        note = request.POST.get("note", "").strip()[:2000]
        if not note:
            return self.confirmation(
                request,
                queryset,
                "confirm_release.html",
                missing_note="note" in request.POST,
            )
        self.decide(
            request,
            queryset,
            lambda story: decisions.release_hold(story=story, moderator=request.user, note=note),
            lambda n: ngettext("%(n)d hold released.", "%(n)d holds released.", n) % {"n": n},
        )
        return None

    @admin.action(description=_("Take published stories off the site"), permissions=["change"])
    def take_down_selected(self, request, queryset):
        reason = request.POST.get("reason", "")
        for_protection = request.POST.get("for_protection") == "yes"
        if not for_protection and reason not in Story.RejectionReason.values:
            return self.confirmation(
                request,
                queryset,
                "confirm_take_down.html",
                reasons=Story.RejectionReason.choices,
                missing_reason="reason" in request.POST,
            )
        note = request.POST.get("note", "").strip()[:2000]
        self.decide(
            request,
            queryset,
            lambda story: decisions.take_down(
                story=story,
                moderator=request.user,
                reason=reason,
                note=note,
                for_protection=for_protection,
            ),
            lambda n: (
                ngettext("%(n)d story taken down.", "%(n)d stories taken down.", n) % {"n": n}
            ),
        )
        return None

    @admin.action(description=_("Remove the photo only"), permissions=["change"])
    def remove_photo_selected(self, request, queryset):
        if request.POST.get("confirmed") != "yes":
            return self.confirmation(request, queryset, "confirm_remove_photo.html")
        self.decide(
            request,
            queryset,
            lambda story: decisions.remove_photo(story=story, moderator=request.user),
            lambda n: ngettext("%(n)d photo removed.", "%(n)d photos removed.", n) % {"n": n},
        )
        return None

    @admin.action(description=_("Feature the selected stories"), permissions=["change"])
    def feature(self, request, queryset):
        self.decide(
            request,
            queryset,
            lambda story: decisions.set_featured(
                story=story, moderator=request.user, featured=True
            ),
            lambda n: ngettext("%(n)d story featured.", "%(n)d stories featured.", n) % {"n": n},
        )

    @admin.action(description=_("Stop featuring the selected stories"), permissions=["change"])
    def unfeature(self, request, queryset):
        self.decide(
            request,
            queryset,
            lambda story: decisions.set_featured(
                story=story, moderator=request.user, featured=False
            ),
            lambda n: (
                ngettext("%(n)d story unfeatured.", "%(n)d stories unfeatured.", n) % {"n": n}
            ),
        )

    @admin.action(
        description=_("Start translations from the redacted text"), permissions=["change"]
    )
    def start_translations(self, request, queryset):
        started = 0
        for story in queryset:
            try:
                started += len(decisions.start_translations(story=story, moderator=request.user))
            except decisions.DecisionConflict as conflict:
                self.message_user(request, str(conflict), messages.WARNING)
            except PermissionDenied:
                self.message_user(request, _("You cannot change this story."), messages.ERROR)
        self.message_user(
            request,
            ngettext(
                "%(n)d translation started as a draft.",
                "%(n)d translations started as drafts.",
                started,
            )
            % {"n": started},
            messages.SUCCESS,
        )
