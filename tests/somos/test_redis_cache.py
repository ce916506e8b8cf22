"""The Redis cache every app process shares: Django's backend, keeping its client."""

import uuid

import pytest

from somos.redis_cache import RedisCache

REDIS = "redis://127.0.0.1:6379/12"


def forget_keys(cache):
    """Delete the keys of `cache`'s own prefix: another test run may share the Redis database,
    which clear() would empty."""
    client = cache._cache.get_client(write=True)
    keys = list(client.scan_iter(match=f"{cache.key_prefix}:*"))
    if keys:
        client.delete(*keys)


@pytest.fixture
def redis_cache():
    cache = RedisCache(REDIS, {"KEY_PREFIX": f"test-{uuid.uuid4().hex[:8]}"})
    try:
        cache.get("probe")
    except Exception:
        pytest.fail(f"Redis must answer at {REDIS}")
    yield cache
    forget_keys(cache)


def test_pages_and_counts_round_trip_through_redis(redis_cache):
    redis_cache.set_many({"page": {"body": b"<html>"}, "version": "v1"})
    redis_cache.add("count", 0)
    redis_cache.incr("count")

    assert redis_cache.get_many(["page", "version", "absent"]) == {
        "page": {"body": b"<html>"},
        "version": "v1",
    }
    assert redis_cache.get("count") == 1


def test_one_client_serves_every_call(redis_cache):
    client = redis_cache._cache.get_client()

    redis_cache.set("key", "value")

    assert redis_cache._cache.get_client(write=True) is client
    assert redis_cache.get("key") == "value"
