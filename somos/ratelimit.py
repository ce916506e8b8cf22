"""A per-address limit over Django's cache, shared by every process when the cache is Redis.

Also where a client's address is read, and hashed for anything that keeps it (limits, logs).
"""

import functools
import hashlib
import hmac
import ipaddress
import time

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The visitor's address, read through as many proxies as TRUSTED_PROXY_COUNT says.

    X-Forwarded-For is believed only from a trusted proxy (TRUSTED_PROXIES): a client that
    reaches the application directly could write anything in it.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies and is_trusted_proxy(remote):
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if len(forwarded) >= proxies and forwarded[-proxies]:
            return forwarded[-proxies]
    return remote


@functools.cache
def trusted_networks(proxies):
    return [ipaddress.ip_network(proxy, strict=False) for proxy in proxies]


def is_trusted_proxy(address):
    try:
        remote = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(remote in network for network in trusted_networks(tuple(settings.TRUSTED_PROXIES)))


def hashed_client_address(request):
    """The client's address as a keyed hash written as an IPv6 address, for records that keep
    addresses (the log-in lock-outs): the same client gets the same one, nobody can undo it."""
    digest = client_hash(client_address(request)) or "0" * 16
    groups = ":".join(digest[index : index + 4] for index in range(0, 16, 4))
    return f"fd00::{groups}"


@functools.cache
def _address_key(secret_key):
    return hashlib.sha256(f"client-address:{secret_key}".encode()).digest()


def client_hash(address):
    """A keyed hash of a client address: the same client gets the same value, nobody can undo it."""
    if not address:
        return ""
    digest = hmac.new(_address_key(settings.SECRET_KEY), address.encode(), hashlib.sha256)
    return digest.hexdigest()[:16]


def _key(scope, request, window):
    # Addresses are kept only as a keyed hash, even in the cache.
    address = client_hash(client_address(request))
    return f"ratelimit:{scope}:{address}:{int(time.time() // window)}"


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
