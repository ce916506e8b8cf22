import logging

from django.conf import settings
from django.db import DatabaseError, transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_safe
from django.views.defaults import page_not_found

from campaigns.models import Campaign
from somos import ratelimit
from somos.cards import image_response
from somos.forms import FORM_TOKEN_MAX_AGE
from somos.images import MAX_UPLOAD_BYTES
from somos.pagecache import (
    HOME,
    STORIES,
    cached_page,
    kept_when_not_found,
    not_stored,
    page_of_story,
    pages_of_campaign,
)
from somos.sharing import share_links, whatsapp_link

from .authors import StoryChanged, change_naming
from .campaign_page import campaign_page
from .forms import PHOTO_GONE, NamingForm, ShareStoryForm
from .kept_photos import blur_kept, keep_photo, preview, release
from .listing import StoryFilters, featured_stories
from .mail import send_management_link
from .models import ConsentText, Story
from .redactions import moderator_changes
from .search import clean_query, search_stories, worth_keeping
from .share_images import story_share_image as story_share_image_name
from .story_page import story_page_context
from .submission import NotStored, close_broken_connection, submit_story
from .uploads import PhotoSizeLimitHandler
from .withdrawal import withdraw_story

logger = logging.getLogger(__name__)

NOT_STORED_MESSAGES = {
    "photo": gettext_lazy(
        "We could not save your photo just now, so your story has not been sent yet. "
        "Please send it again in a few minutes, or send it without the photo."
    ),
    "story": gettext_lazy(
        "We could not save your story just now, and nothing of it was kept. "
        "Please send it again in a few minutes: your text is still below."
    ),
    "kept_photo": PHOTO_GONE,
}


# The browser that sent a story keeps its submission key here: a resent form shows the private
# link again only to that browser, never to someone who found the form's token elsewhere.
SENT_COOKIE = "story_sent"
SENT_COOKIE_SALT = "stories.sent-from-this-browser"

# How often one visitor may have a private link mailed again.
LINK_MAILS_PER_HOUR = 3

# How long browsers and networks may keep a story's share image.
SHARE_IMAGE_SECONDS = 300

# Anything larger is refused before it is read. Up to this size the form is read, so that a
# photo over the limit gets its message beside the field and the text comes back.
MAX_REQUEST_BYTES = 10 * MAX_UPLOAD_BYTES


def private(response):
    """Headers for pages that carry or follow a management link."""
    add_never_cache_headers(response)
    # The link must not leak to other sites; same-origin still lets its own forms post.
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_safe
@cached_page(shows=(HOME,))
def home(request):
    campaigns = list(Campaign.objects.active().with_pledge_counts())
    return render(
        request,
        "stories/home.html",
        {
            "campaigns": campaigns,
            "featured": featured_stories(get_language()),
            "pledge_total": sum(c.pledge_count for c in campaigns),
        },
    )


@require_safe
@cached_page(shows=lambda slug: (pages_of_campaign(slug),), params=StoryFilters.query_parameters)
def campaign(request, slug):
    html, own_address = campaign_page(request, slug)
    response = HttpResponse(html)
    return response if own_address else not_stored(response)


@require_safe
def privacy(request):
    return render(request, "stories/privacy.html")


@csrf_exempt
def share(request):
    if request.method == "POST" and request_length(request) > MAX_REQUEST_BYTES:
        # Refused before a byte of it is read: a new form, with the reason.
        response = too_large(request)
    else:
        # The size limit must be in place before the CSRF check reads the form.
        request.upload_handlers.insert(0, PhotoSizeLimitHandler(request))
        try:
            response = _share(request)
        except DatabaseError:
            response = database_unreachable(request)
    # Its token lets a resent form be recognised: no browser or proxy may keep a copy of it, so
    # that the next person on a shared phone cannot bring it back.
    add_never_cache_headers(response)
    return response


@csrf_protect
@require_http_methods(["GET", "POST"])
def _share(request):
    consent_text = ConsentText.objects.current(get_language())
    if consent_text is None:
        return render(request, "stories/share_closed.html", status=503)

    if request.method == "POST":
        return _receive_story(request, consent_text)

    initial = {}
    slug = request.GET.get("campaign", "")
    if slug:
        initial["campaign"] = Campaign.objects.active().filter(slug=slug).first()
    form = ShareStoryForm(consent_text=consent_text, initial=initial)
    return render(request, "stories/share.html", {"form": form})


def database_unreachable(request):
    """The database cannot be reached: say so without it, and give the person their text."""
    logger.exception("The database could not be reached for a story.")
    close_broken_connection()
    context = {"title": request.POST.get("title", ""), "body": request.POST.get("body", "")}
    # No request context: its processors would ask the database for the campaigns.
    page = render_to_string("stories/share_unavailable.html", context)
    return HttpResponse(page, status=503)


def too_large(request):
    consent_text = ConsentText.objects.current(get_language())
    if consent_text is None:
        return render(request, "stories/share_closed.html", status=503)
    form = ShareStoryForm(consent_text=consent_text)
    form.too_large = True
    return render(request, "stories/share.html", {"form": form}, status=413)


def request_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _receive_story(request, consent_text):
    limit = settings.STORY_SUBMISSIONS_PER_HOUR
    if ratelimit.limit_reached("story", request, limit=limit):
        # The text comes back; the photo is not even looked at.
        form = ShareStoryForm(request.POST, consent_text=consent_text)
        form.rate_limited = True
        return render(request, "stories/share.html", {"form": form}, status=429)
    form = ShareStoryForm(request.POST, request.FILES, consent_text=consent_text)
    if not form.is_valid():
        if form.refused_as_automated:
            # Tries with a forged or stale token count towards the limit too.
            ratelimit.record("story", request)
        busy = form.has_error("photo", code="busy")
        keep_photo_for_correction(form)
        return render(request, "stories/share.html", {"form": form}, status=503 if busy else 400)

    if form.blur_to_check:
        return show_blurred(request, form)

    try:
        submitted = submit_story(
            **form.story_fields(), consent_text=consent_text, submission_key=form.submission_key
        )
    except NotStored as failure:
        if failure.part == "kept_photo":
            form.forget_kept_photo()
        form.add_error(None, NOT_STORED_MESSAGES[failure.part])
        # Nothing new is kept when storing failed: a photo kept before stays with its slot.
        form.preview = preview(form.kept) if form.kept else ""
        return render(request, "stories/share.html", {"form": form}, status=503)
    release(form.superseded)
    link = request.build_absolute_uri(reverse("stories:manage", args=[submitted.token]))
    if submitted.is_new:
        ratelimit.record("story", request)
        story = submitted.story
        if story.contact_email:
            language = get_language()
            transaction.on_commit(lambda: send_management_link.enqueue(story.pk, language))
    elif not sent_from_this_browser(request, form.submission_key):
        # The form's token alone does not reveal the private link.
        return private(render(request, "stories/already_sent.html", status=409))
    context = {
        "story": submitted.story,
        "link": link,
        "token": submitted.token,
        "emailed": bool(submitted.story.contact_email),
        # For the author to send to themselves.
        "whatsapp": whatsapp_link(
            link, _("My private link to my story on Somos. Keep it to yourself:")
        ),
    }
    response = render(request, "stories/submitted.html", context)
    if submitted.is_new:
        response.set_signed_cookie(
            SENT_COOKIE,
            form.submission_key,
            salt=SENT_COOKIE_SALT,
            max_age=FORM_TOKEN_MAX_AGE,
            path=request.path,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Strict",
        )
    return private(response)


def show_blurred(request, form):
    """Blur was asked: the form comes back once, with the photo as it will be stored."""
    prepared = form.cleaned_data.get("photo")
    try:
        if prepared:
            # Already blurred when the form was cleaned.
            slot, key = keep_photo(prepared, form.submission_key, blur_requested=True)
            release(form.kept)
        else:
            slot, key = blur_kept(form.kept)
    except Exception:
        logger.exception("Could not keep a blurred photo to show it.")
        form.add_error(None, NOT_STORED_MESSAGES["photo"])
        return render(request, "stories/share.html", {"form": form}, status=503)
    release(form.superseded)
    form.keep(slot, key)
    form.checking_blur = True
    form.preview = preview(slot)
    return render(request, "stories/share.html", {"form": form})


def keep_photo_for_correction(form):
    """A form shown again keeps its good new photo, so that it need not be sent again."""
    prepared = form.cleaned_data.get("photo")
    if prepared and form.submission_key:
        try:
            blurred = form.cleaned_data.get("blur_faces", False)
            slot, key = keep_photo(prepared, form.submission_key, blur_requested=blurred)
        except Exception:
            # The form then asks for the photo again, as when nothing could be kept.
            logger.exception("Could not keep the photo of a form shown again.")
        else:
            release(form.kept)
            form.keep(slot, key)
    release(form.superseded)
    if form.kept:
        form.preview = preview(form.kept)
    else:
        # A key of a photo removed, replaced or expired is not sent again.
        form.forget_kept_photo()


def sent_from_this_browser(request, submission_key):
    sent = request.get_signed_cookie(
        SENT_COOKIE, default=None, salt=SENT_COOKIE_SALT, max_age=FORM_TOKEN_MAX_AGE
    )
    return sent is not None and sent == submission_key


def _story_for_token(token):
    story = Story.objects.by_management_token(token).select_related("campaign").first()
    if story is None:
        raise Http404(_("No story has this link."))
    return story


@require_http_methods(["GET", "POST"])
def manage(request, token):
    story = _story_for_token(token)
    if story.is_withdrawn:
        return private(render(request, "stories/withdrawn.html", {"story": story}))

    form = NamingForm(request.POST or None, instance=story)
    changed_meanwhile = False
    if request.method == "POST" and form.is_valid():
        try:
            change_naming(
                story=story,
                author_display=form.cleaned_data["author_display"],
                show_city=form.cleaned_data["show_city"],
                version=form.cleaned_data["version"],
            )
        except StoryChanged:
            story = _story_for_token(token)
            if story.is_withdrawn:
                return private(render(request, "stories/withdrawn.html", {"story": story}))
            form, changed_meanwhile = NamingForm(instance=story), True
        else:
            response = redirect(reverse("stories:manage", args=[token]) + "?saved=1")
            return private(response)
    context = {
        **published_story_context(request, story),
        "story": story,
        "changes": moderator_changes(story),
        "retention_days": settings.RETENTION_DAYS,
        "form": form,
        "token": token,
        "saved": request.GET.get("saved") == "1" and request.method == "GET",
        "mailed": request.GET.get("mailed", "") if request.method == "GET" else "",
        "changed_meanwhile": changed_meanwhile,
    }
    status = 409 if changed_meanwhile else 400 if form.errors else 200
    return private(render(request, "stories/manage.html", context, status=status))


@require_http_methods(["POST"])
def mail_link(request, token):
    """Send the private link again to the address the author gave, never to another one."""
    story = _story_for_token(token)
    manage_url = reverse("stories:manage", args=[token])
    if story.is_withdrawn or not story.contact_email:
        return private(redirect(manage_url))
    if ratelimit.limit_reached("link-mail", request, limit=LINK_MAILS_PER_HOUR):
        return private(redirect(manage_url + "?mailed=later"))
    ratelimit.record("link-mail", request)
    language = get_language()
    transaction.on_commit(lambda: send_management_link.enqueue(story.pk, language))
    return private(redirect(manage_url + "?mailed=1"))


def published_story_context(request, story):
    """For the author of a story visitors can read: its address and ways to share it."""
    if not Story.objects.published().filter(pk=story.pk).exists():
        return {"public_url": ""}
    url = request.build_absolute_uri(story.get_absolute_url())
    return {"public_url": url, "share": share_links(url, story.original_title)}


def copies_minutes():
    """Minutes for which copies of a photo or share card may outlive it elsewhere."""
    return max(settings.MEDIA_CACHE_SECONDS, SHARE_IMAGE_SECONDS) // 60


@require_http_methods(["GET", "POST"])
def withdraw(request, token):
    story = _story_for_token(token)
    if request.method == "POST" and not story.is_withdrawn:
        try:
            story = withdraw_story(story)
        except Exception:
            # Storage or database down: the story stays as it was and the author can retry.
            logger.exception("Could not withdraw story %s.", story.pk)
            context = {"story": story, "token": token, "failed": True, "minutes": copies_minutes()}
            return private(render(request, "stories/withdraw.html", context, status=503))
        context = {"story": story, "just_now": True, "minutes": copies_minutes()}
        return private(render(request, "stories/withdrawn.html", context))
    if story.is_withdrawn:
        return private(render(request, "stories/withdrawn.html", {"story": story}))
    context = {"story": story, "token": token, "minutes": copies_minutes()}
    return private(render(request, "stories/withdraw.html", context))


@require_safe
@cached_page(shows=lambda pk: (page_of_story(pk),))
def detail(request, pk):
    try:
        context = story_page_context(request, pk)
    except Http404 as gone:
        response = page_not_found(request, gone)
        return kept_when_not_found(response) if Story.objects.filter(pk=pk).exists() else response
    return render(request, "stories/detail.html", context)


@require_safe
def story_share_image(request, pk, language=None, shape="link"):
    """The story's card for links or for Instagram, in the language of the page it is shared
    from (the story's own language on addresses made before cards had one)."""
    if language is not None and language not in dict(settings.LANGUAGES):
        raise Http404
    story = get_object_or_404(Story.objects.published().select_related("campaign"), pk=pk)
    name = story_share_image_name(story, language, shape)
    if name is None:
        raise Http404
    # Short, so that a withdrawn story's image does not outlive it for long anywhere.
    response = image_response(name, max_age=SHARE_IMAGE_SECONDS)
    if request.GET.get("download"):
        extension = name.rsplit(".", 1)[-1]
        filename = f"somos-{story.pk}-{shape}.{extension}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
@cached_page(shows=(STORIES,), params=("q",))
def search(request):
    text = request.GET.get("q", "")
    query = clean_query(text)
    results = search_stories(query) if query else []
    response = render(
        request,
        "stories/search.html",
        {
            "query": query,
            "results": results,
            "shortened": len(" ".join(text.split())) > len(query) > 0,
        },
    )
    if not worth_keeping(text, results):
        not_stored(response)
    return response
