"""A per-address limit over Django's cache, shared by every process when the cache is Redis."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The visitor's address, read through as many proxies as TRUSTED_PROXY_COUNT says."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if len(forwarded) >= proxies and forwarded[-proxies]:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _key(scope, request, window):
    # Addresses are kept only as a keyed hash, even in the cache.
    address = hashlib.sha256(f"{settings.SECRET_KEY}:{client_address(request)}".encode())
    return f"ratelimit:{scope}:{address.hexdigest()[:32]}:{int(time.time() // window)}"


def limit_reached(scope, request, *, limit, window=3600):
    """Whether the visitor has already done `scope` `limit` times in this window."""
    if not settings.RATELIMIT_ENABLE:
        return False
    return cache.get(_key(scope, request, window), 0) >= limit


def record(scope, request, *, window=3600):
    """Count one more `scope` for the visitor in this window."""
    if not settings.RATELIMIT_ENABLE:
        return
    key = _key(scope, request, window)
    cache.add(key, 0, timeout=window)
    try:
        cache.incr(key)
    except ValueError:
        # The entry expired between add and incr: start the count again.
        cache.set(key, 1, timeout=window)
