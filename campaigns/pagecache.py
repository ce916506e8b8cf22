"""Whole public pages cached per language, and dropped at once when their content changes.

A cached page records the content version it was made from; any change to published content
sets a new version, so no page made before the change (a withdrawn story, an old counter) is
served again. One cache round trip fetches both the version and the page.
"""

import functools
import gzip
import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

VERSION_KEY = "pages:version"


def new_version():
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, timeout=None)
    return version


def invalidate_pages():
    """Drop every cached page now, and again once the transaction commits.

    The second time covers a page cached by another request while the change was not yet
    committed; the first makes the change visible at once to the request that made it.
    """
    new_version()
    transaction.on_commit(new_version)


def page_key(request, encoding):
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page:{get_language()}:{encoding}:{digest}"


def wanted_encoding(request):
    return "gzip" if "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "") else "identity"


def from_cache(page):
    response = HttpResponse(page["body"], content_type=page["type"])
    response["ETag"] = page["etag"]
    if page["encoding"] == "gzip":
        response["Content-Encoding"] = "gzip"
    patch_vary_headers(response, ["Accept-Encoding"])
    return public(response)


def store(request, version, response):
    """Cache the page as is and compressed; a visitor fetches only the form they read."""
    content = response.content
    etag = f'"{hashlib.md5(content, usedforsecurity=False).hexdigest()}"'
    common = {"version": version, "type": response["Content-Type"]}
    cache.set_many(
        {
            page_key(request, "identity"): {
                **common,
                "encoding": "identity",
                "body": content,
                "etag": etag,
            },
            page_key(request, "gzip"): {
                **common,
                "encoding": "gzip",
                "body": gzip.compress(content, mtime=0),
                "etag": f"W/{etag}",
            },
        },
        timeout=settings.PAGE_CACHE_SECONDS,
    )


def cached_page(view):
    """Serve a public GET page from the cache, per language, host and full path."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE_SECONDS:
            return public(view(request, *args, **kwargs))
        key = page_key(request, wanted_encoding(request))
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or new_version()
        page = found.get(key)
        if page and page["version"] == version:
            return from_cache(page)

        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:
            store(request, version, response)
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
