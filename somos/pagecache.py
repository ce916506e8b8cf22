"""Whole public pages cached per language, and dropped at once when what they show changes.

Each cached page records the versions of what it was made from: everything removed or hidden
(REMOVALS, which every page depends on), and what it shows directly (its campaign, its story,
the home page's stories). Parts of pages that show no story (a campaign's facts, the header) are
kept per version of CAMPAIGNS, which every change to campaigns and what they show beside stories
sets anew, with REMOVALS: a story withdrawn leaves them kept. A change sets new versions in the
same database transaction as the change itself, so no page made before a withdrawal is served
once it is committed, whether or not the cache was reachable at the time. How a cached page is
checked without asking the database is told in pageversions.

Two rules say what a change drops. Anything that removes or hides content drops every page.
Anything that only adds or updates drops the pages that show it directly; pages that merely
mention it (related stories, pledge counts) may show the older state for up to
PAGE_CACHE_SECONDS.

Views mark their pages with `cached_page`; PageCacheMiddleware serves and stores them. It sits
right after the security middleware: a page is stored as it leaves the middleware after it
(policy headers, compression, ETag) and answered as is, without them, without the session,
language, CSRF and login middleware, and without resolving its view again. Pages are stored
per release, so a new release never serves a page that names the previous one's static files.
Only the query parameters a page understands are part of its key; a request with any other is
answered without the cache, so that made-up parameters cannot fill it. A 404 is cached only when
its view says it answers the address of something that exists (kept_when_not_found).
"""

import functools
import hashlib
import logging
from pathlib import Path
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.http import HttpResponse
from django.urls import Resolver404, get_urlconf, resolve
from django.utils import translation
from django.utils.cache import cc_delim_re, get_conditional_response

from . import pageversions

logger = logging.getLogger(__name__)

# What pages are made from. Every page depends on REMOVALS.
REMOVALS = "removals"
# Campaigns, their facts, partners and press contacts, and the themes.
CAMPAIGNS = "campaigns"
HOME = "home"
# Every published story: the sitemap and the counts.
STORIES = "stories"


def pages_of_campaign(slug):
    return f"campaign:{slug}"


def page_of_story(story_id):
    return f"story:{story_id}"


def invalidate_pages(*keys):
    """Drop the cached pages made from `keys` (REMOVALS when none is named), as part of the
    current transaction: the pages go when the change commits, and only then."""
    pageversions.bump(keys or (REMOVALS,))


def versions_for(request, keys):
    """The versions of `keys` for parts of a page: those the page cache read for this request,
    the others read now, once per request."""
    known = getattr(request, "page_versions", None)
    if known is None:
        known = request.page_versions = {}
    missing = [key for key in keys if key not in known]
    if missing:
        known.update(pageversions.current(missing))
    return {key: known[key] for key in keys}


def campaigns_version(request):
    return versions_for(request, [CAMPAIGNS])[CAMPAIGNS]


RELEASE_SUFFIXES = {".html", ".txt", ".css", ".xml", ".mo", ".py"}


def release_sources():
    """The folders whose files shape a page: the project's apps (this package among them),
    templates and translations. Apps are read from the settings, so none is ever left out."""
    base = Path(settings.BASE_DIR).resolve()
    folders = {Path(config.path).resolve() for config in apps.get_app_configs()}
    folders = {folder for folder in folders if folder.parent == base}
    for engine in settings.TEMPLATES:
        folders.update(Path(folder).resolve() for folder in engine.get("DIRS", []))
    folders.update(Path(folder).resolve() for folder in settings.LOCALE_PATHS)
    return sorted(folders)


@functools.cache
def release():
    """A digest of this release's templates, translations, code and static file names."""
    digest = hashlib.sha256()
    base = Path(settings.BASE_DIR).resolve()
    paths = {
        path
        for source in release_sources()
        for path in source.rglob("*")
        if path.suffix in RELEASE_SUFFIXES and path.is_file()
    }
    for path in sorted(paths):
        digest.update(str(path.relative_to(base)).encode())
        digest.update(path.read_bytes())
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.is_file():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()[:16]


def page_key(request, encoding, params):
    # The path starts with the page's language; only the parameters the page understands, in
    # one order, make a page different.
    query = urlencode(sorted((name, request.GET[name]) for name in params if name in request.GET))
    address = f"{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page:{release()}:{encoding}:{digest}"


def wanted_encoding(request):
    return "gzip" if "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "") else "identity"


def from_cache(request, page):
    response = HttpResponse(page["body"], status=page["status"])
    for name, value in page["headers"]:
        response[name] = value
    # A browser that has this page already gets a 304, as ConditionalGetMiddleware would say.
    return get_conditional_response(request, etag=response.get("ETag"), response=response)


def store(key, versions, response):
    """Cache the page as it goes out to this visitor, in the encoding they asked for."""
    cache.set(
        key,
        {
            "versions": versions,
            "status": response.status_code,
            "body": response.content,
            "headers": list(response.items()),
        },
        timeout=settings.PAGE_CACHE_SECONDS,
    )


def cached_page(view=None, *, shows=(), params=()):
    """Mark a public GET page as cacheable whole, per host, path (language included) and the
    query parameters it understands.

    `shows`: a function of the view's keyword arguments giving the keys of what the page shows
    directly, besides REMOVALS. `params`: the query parameters that change the page.
    """

    def mark(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            response = public(view(request, *args, **kwargs))
            response.cacheable_page = request.method in ("GET", "HEAD") and getattr(
                response, "cacheable_page", True
            )
            return response

        wrapper.shows = shows if callable(shows) else (lambda **kwargs: shows)
        wrapper.params = frozenset(params)
        return wrapper

    return mark(view) if view else mark


@functools.lru_cache(maxsize=8192)
def cached_page_match(urlconf, path):
    """The path's URL match when its view is a `cached_page`, resolved in the path's language
    (or the default one, for the few pages outside the language prefixes)."""
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            match = resolve(path, urlconf)
        except Resolver404:
            return None
    return match if hasattr(match.func, "shows") else None


def storable(response):
    vary = {header.lower() for header in cc_delim_re.split(response.get("Vary", ""))}
    return (
        getattr(response, "cacheable_page", False)
        and (
            response.status_code == 200
            or (response.status_code == 404 and getattr(response, "not_found_kept", False))
        )
        and not response.streaming
        # A page that sets a cookie or depends on one is somebody's own.
        and not response.cookies
        and "cookie" not in vary
    )


class PageCacheMiddleware:
    """Answer a cached public page at once; cache a public page made anew."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE_SECONDS:
            return self.get_response(request)
        match = cached_page_match(get_urlconf(), request.path_info)
        if match is None or not set(request.GET) <= match.func.params:
            return self.get_response(request)
        key = page_key(request, wanted_encoding(request), match.func.params)
        try:
            # CAMPAIGNS is read for the parts of the page (versions_for), in the same round trip;
            # every change to it also sets a new REMOVALS.
            page, versions = pageversions.page_and_versions(
                key, [REMOVALS, CAMPAIGNS, *match.func.shows(**match.kwargs)]
            )
        except DatabaseError:
            # The view will say what is wrong; nothing is cached meanwhile.
            return self.get_response(request)
        # Kept for the parts of the page cached on their own (versions_for), which may add the
        # versions of what they show; the page is checked against its own alone.
        request.page_versions = dict(versions)
        if page and page["versions"] == versions:
            # For the request log, as if the view had been reached.
            request.resolver_match = match
            return from_cache(request, page)
        response = self.get_response(request)
        if storable(response):
            store(key, versions, response)
        return response


def not_stored(response):
    """Answer this page without caching it: its query asked for something in a form other than
    the page's own (an unknown filter value, a page number spelt another way), and each such
    form would otherwise be a page of its own in the cache."""
    response.cacheable_page = False
    return response


def kept_when_not_found(response):
    """Cache this 404 like a page: it answers the address of something that exists but is not
    shown (a story withdrawn, held or in a hidden campaign), whose shared links may be followed as
    often as it was read. Kept under the versions of what the page would show, so it goes when
    that is published; made-up addresses are not kept, so that they cannot fill the cache."""
    response.not_found_kept = True
    return response


def public(response):
    # Browsers revalidate every time (cheap, with the ETag), so a change is never hidden.
    response["Cache-Control"] = "no-cache"
    return response


class InvalidatesPages:
    """Mixin for models shown on public pages: saving or deleting one drops cached pages.

    `dropped_by_changes` names the pages any change drops: every page (REMOVALS), since a change
    may hide something, and the parts made from campaigns and what they show beside stories
    (CAMPAIGNS) for those models.
    `save(drops=...)` names them for one change that only adds.
    """

    dropped_by_changes = (REMOVALS,)

    def save(self, *args, drops=None, **kwargs):
        super().save(*args, **kwargs)
        invalidate_pages(*(drops or self.dropped_by_changes))

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        invalidate_pages(*self.dropped_by_changes)
        return result
