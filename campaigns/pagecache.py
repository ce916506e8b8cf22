"""Whole public pages cached per language, and dropped at once when their content changes.

Every cached page's key holds a version; any change to published content sets a new version,
so no page made before the change (a withdrawn story, an old counter) is served again.
"""

import functools
import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.translation import get_language

VERSION_KEY = "pages:version"


def current_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def new_version():
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def invalidate_pages():
    """Drop every cached page now, and again once the transaction commits.

    The second time covers a page cached by another request while the change was not yet
    committed; the first makes the change visible at once to the request that made it.
    """
    new_version()
    transaction.on_commit(new_version)


def cached_page(view):
    """Serve a public GET page from the cache, per language and full path."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE_SECONDS:
            return public(view(request, *args, **kwargs))
        path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        key = f"page:{current_version()}:{get_language()}:{path}"
        cached = cache.get(key)
        if cached is not None:
            content, content_type = cached
            return public(HttpResponse(content, content_type=content_type))
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:
            if hasattr(response, "render"):
                response.render()
            cache.set(
                key,
                (response.content, response["Content-Type"]),
                timeout=settings.PAGE_CACHE_SECONDS,
            )
        return public(response)

    return wrapper


def public(response):
    # Browsers revalidate every time (cheap, with the ETag), so a change is never hidden.
    response["Cache-Control"] = "no-cache"
    return response


class InvalidatesPages:
    """Mixin for models shown on public pages: saving or deleting one drops cached pages."""

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        invalidate_pages()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        invalidate_pages()
        return result
