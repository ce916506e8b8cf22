"""Django's Redis cache, keeping its Redis client, and carrying on when Redis cannot be reached.

Django makes a new `redis.Redis` for each cache operation; building one costs more than the
round trip to Redis, and a cached page is one cache operation. The client is safe to share:
its connections come from the pool, as before.

Nothing the site keeps in Redis is needed to answer a visitor: pages are made anew, rate limits
let requests through, and the versions that decide whether a cached page is still good live in
the database (pageversions.py). So when Redis is down, every operation answers as if the cache were
empty and writes nothing; the outage is logged once, and its end once.
"""

import logging
import threading

from django.core.cache.backends import redis as django_redis
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class ReusedClientRedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class Outage:
    """Whether this process last found Redis unreachable; logs only when that changes."""

    def __init__(self):
        self._lock = threading.Lock()
        self.down = False

    def failed(self, error):
        with self._lock:
            if not self.down:
                logger.warning(
                    "The cache (Redis) cannot be reached (%s): pages are made without it and "
                    "rate limits let requests through until it is back.",
                    type(error).__name__,
                )
            self.down = True

    def answered(self):
        if self.down:
            with self._lock:
                if self.down:
                    logger.warning("The cache (Redis) answers again.")
                self.down = False


def tolerant(method, default):
    """The cache method, answering `default` when Redis cannot be reached."""

    def call(self, *args, **kwargs):
        try:
            result = method(self, *args, **kwargs)
        except RedisError as error:
            self.outage.failed(error)
            return default(*args, **kwargs) if callable(default) else default
        self.outage.answered()
        return result

    call.__name__ = method.__name__
    return call


def default_of_get(key, default=None, version=None):
    return default


# Raises each key to at least its value (and sets its expiry then); never lowers one.
SET_AT_LEAST = """
local seconds = ARGV[#ARGV]
for i, key in ipairs(KEYS) do
    local current = tonumber(redis.call('GET', key))
    if not current or current < tonumber(ARGV[i]) then
        redis.call('SET', key, ARGV[i], 'EX', seconds)
    end
end
"""


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self.outage = Outage()

    def set_at_least(self, values, timeout):
        """Raise integer values, atomically: True, or False when Redis cannot be reached."""
        keys = [self.make_and_validate_key(key) for key in values]
        try:
            client = self._cache.get_client(write=True)
            client.eval(SET_AT_LEAST, len(keys), *keys, *values.values(), int(timeout))
        except RedisError as error:
            self.outage.failed(error)
            return False
        self.outage.answered()
        return True

    get = tolerant(django_redis.RedisCache.get, default_of_get)
    get_many = tolerant(django_redis.RedisCache.get_many, lambda *args, **kwargs: {})
    set = tolerant(django_redis.RedisCache.set, None)
    set_many = tolerant(django_redis.RedisCache.set_many, lambda *args, **kwargs: [])
    add = tolerant(django_redis.RedisCache.add, False)
    touch = tolerant(django_redis.RedisCache.touch, False)
    delete = tolerant(django_redis.RedisCache.delete, False)
    delete_many = tolerant(django_redis.RedisCache.delete_many, None)
    has_key = tolerant(django_redis.RedisCache.has_key, False)
    incr = tolerant(django_redis.RedisCache.incr, None)
    clear = tolerant(django_redis.RedisCache.clear, None)
