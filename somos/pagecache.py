"""Whole public pages cached per language, and dropped at once when their content changes.

A cached page records the content version it was made from; any change to published content
sets a new version, so no page made before the change (a withdrawn story, an old counter) is
served again. One cache round trip fetches both the version and the page.

Views mark their pages with `cached_page`; PageCacheMiddleware serves and stores them. It sits
right after the security middleware: a page is stored as it leaves the middleware after it
(policy headers, compression, ETag) and answered as is, without them, without the session,
language, CSRF and login middleware, and without resolving its view again. Pages are stored
per release, so a new release never serves a page that names the previous one's static files.
"""

import functools
import hashlib
import uuid
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.urls import Resolver404, get_urlconf, resolve
from django.utils import translation
from django.utils.cache import cc_delim_re, get_conditional_response

# What a page is made from: published content, which every page shows, and the pledge counts,
# which only some show. Pledges come often; they drop only the pages that count them.
CONTENT = "pages:version"
PLEDGES = "pages:pledges-version"


def new_version(key=CONTENT):
    version = uuid.uuid4().hex
    cache.set(key, version, timeout=None)
    return version


def invalidate_pages(key=CONTENT):
    """Drop the cached pages made from `key` now, and again once the transaction commits.

    The second time covers a page cached by another request while the change was not yet
    committed; the first makes the change visible at once to the request that made it.
    """
    new_version(key)
    transaction.on_commit(lambda: new_version(key))


RELEASE_SUFFIXES = {".html", ".txt", ".css", ".xml", ".mo", ".py"}


def release_sources():
    """The folders whose files shape a page: the project's apps, this package, templates and
    translations. Apps are read from the settings, so a new app is never left out."""
    base = Path(settings.BASE_DIR).resolve()
    folders = {Path(config.path).resolve() for config in apps.get_app_configs()}
    folders = {folder for folder in folders if folder.parent == base}
    folders.add(Path(__file__).resolve().parent)
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


def page_key(request, encoding):
    # The path starts with the page's language.
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page:{release()}:{encoding}:{digest}"


def wanted_encoding(request):
    return "gzip" if "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "") else "identity"


def from_cache(request, page):
    response = HttpResponse(page["body"])
    for name, value in page["headers"]:
        response[name] = value
    # A browser that has this page already gets a 304, as ConditionalGetMiddleware would say.
    return get_conditional_response(request, etag=response.get("ETag"), response=response)


def store(request, versions, response):
    """Cache the page as it goes out to this visitor, in the encoding they asked for."""
    cache.set(
        page_key(request, wanted_encoding(request)),
        {"versions": versions, "body": response.content, "headers": list(response.items())},
        timeout=settings.PAGE_CACHE_SECONDS,
    )


def cached_page(view=None, *, shows_pledge_counts=False):
    """Mark a public GET page as cacheable whole, per host and full path (language included).

    `shows_pledge_counts`: the page is dropped when a pledge is taken, too.
    """

    def mark(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            response = public(view(request, *args, **kwargs))
            response.cacheable_page = request.method in ("GET", "HEAD")
            return response

        wrapper.made_from = (CONTENT, PLEDGES) if shows_pledge_counts else (CONTENT,)
        return wrapper

    return mark(view) if view else mark


@functools.lru_cache(maxsize=8192)
def cached_page_match(urlconf, path):
    """The path's URL match when its view is a `cached_page`, resolved in the path's language."""
    language = translation.get_language_from_path(path)
    if language is None:
        return None
    with translation.override(language):
        try:
            match = resolve(path, urlconf)
        except Resolver404:
            return None
    return match if hasattr(match.func, "made_from") else None


def storable(response):
    vary = {header.lower() for header in cc_delim_re.split(response.get("Vary", ""))}
    return (
        getattr(response, "cacheable_page", False)
        and response.status_code == 200
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
        if match is None:
            return self.get_response(request)
        key = page_key(request, wanted_encoding(request))
        found = cache.get_many([*match.func.made_from, key])
        versions = {name: found.get(name) or new_version(name) for name in match.func.made_from}
        page = found.get(key)
        if page and page["versions"] == versions:
            # For the request log, as if the view had been reached.
            request.resolver_match = match
            return from_cache(request, page)
        response = self.get_response(request)
        if storable(response):
            store(request, versions, response)
        return response


def public(response):
    # Browsers revalidate every time (cheap, with the ETag), so a change is never hidden.
    response["Cache-Control"] = "no-cache"
    return response


class InvalidatesPages:
    """Mixin for models shown on public pages: saving or deleting one drops cached pages."""

    # The version key of the pages the model is shown on.
    shown_in = CONTENT

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        invalidate_pages(self.shown_in)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        invalidate_pages(self.shown_in)
        return result
