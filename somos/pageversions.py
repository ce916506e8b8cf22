"""The versions of what cached pages show: kept in the database, published in the cache.

The database holds the truth (somos.models.PageVersion): a change sets new versions in its own
transaction, so they commit together. Asking the database on every cached page, though, costs
more than the rest of answering it, so each change also publishes its new versions to the cache
once it has committed, before its request is answered, and a cached page is read in one round
trip together with the versions it must match. A version missing from the cache (never read,
expired, evicted, Redis restarted) is read from the database and put back.

Two things keep a page made before a change from being served after it:

- Versions in the cache only grow (`RedisCache.set_at_least`), so a late publication or a
  reader putting back what it read from the database never takes one back.
- A publication that fails (Redis unreachable) is retried from this process until it succeeds:
  before it answers any page from the cache, and every RETRY_SECONDS meanwhile. Versions in the
  cache are also kept for PAGE_VERSION_SECONDS only, then read from the database again: that
  bounds how long a page could outlive a change in the one case left, a process that failed to
  publish and stopped before Redis came back with its old contents.

Inside a transaction (tests, or a page made while changing something) versions are read from
the database, which alone sees the transaction's own changes.

PostgreSQL's LISTEN/NOTIFY was tried first: its notices reach other processes shortly after the
commit, not before the change's request is answered, and a page made before the change was
served after it in one of eight tries.
"""

import logging
import threading

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.db.models import F

logger = logging.getLogger(__name__)

RETRY_SECONDS = 1
# The in-process cache of development and tests has no atomic "at least": one process, one lock.
local_lock = threading.Lock()


def cache_key(key):
    return f"page-version:{key}"


def from_database(keys):
    """The committed versions of `keys` (or those of the current transaction): one plain query."""
    from .models import PageVersion

    table = connection.ops.quote_name(PageVersion._meta.db_table)
    column = connection.ops.quote_name("key")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {column}, version FROM {table} WHERE {column} IN "
            f"({', '.join(['%s'] * len(keys))})",
            list(keys),
        )
        found = dict(cursor.fetchall())
    return {key: found.get(key, 0) for key in keys}


def bump(keys):
    """Set new versions of `keys` in the current transaction; publish them once it commits."""
    from .models import PageVersion

    keys = sorted(set(keys))
    for key in keys:
        # One row at a time and in order, so that two changes never deadlock.
        if not PageVersion.objects.filter(key=key).update(version=F("version") + 1):
            PageVersion.objects.bulk_create([PageVersion(key=key)], ignore_conflicts=True)
            PageVersion.objects.filter(key=key).update(version=F("version") + 1)
    transaction.on_commit(lambda: publish(keys), robust=True)


def set_at_least(versions):
    """Raise the versions in the cache to at least `versions`; False if the cache failed."""
    raise_to = getattr(cache, "set_at_least", None)
    if raise_to is not None:
        return raise_to(
            {cache_key(k): v for k, v in versions.items()}, settings.PAGE_VERSION_SECONDS
        )
    with local_lock:
        for key, version in versions.items():
            if cache.get(cache_key(key), -1) < version:
                cache.set(cache_key(key), version, settings.PAGE_VERSION_SECONDS)
    return True


class Unpublished:
    """Keys whose new versions this process could not publish yet, retried until it can."""

    def __init__(self):
        self.lock = threading.Lock()
        self.keys = set()
        self.timer = None

    def add(self, keys):
        with self.lock:
            self.keys.update(keys)
            if self.timer is None:
                self.timer = threading.Timer(RETRY_SECONDS, self.retry_later)
                self.timer.daemon = True
                self.timer.start()

    def retry(self):
        """Publish what is left; True when nothing is."""
        with self.lock:
            keys = sorted(self.keys)
        if not keys:
            return True
        if published(keys):
            with self.lock:
                self.keys.difference_update(keys)
                return not self.keys
        return False

    def retry_later(self):
        try:
            done = self.retry()
        finally:
            connection.close()
        with self.lock:
            self.timer = None
        if not done:
            self.add(())


unpublished = Unpublished()


def published(keys):
    """Put the committed versions of `keys` in the cache; False if either service failed."""
    try:
        return set_at_least(from_database(keys))
    except DatabaseError:
        return False


def publish(keys):
    """Put the committed versions of `keys` in the cache, or keep them to retry."""
    if not published(keys):
        logger.warning("new page versions could not be published; retrying")
        unpublished.add(keys)


def page_and_versions(page_key, keys):
    """The cached page under `page_key` (None: no page) and the current versions of `keys`, in
    one round trip to the cache."""
    wanted = [page_key] if page_key else []
    if connection.in_atomic_block or (unpublished.keys and not unpublished.retry()):
        # The database alone sees this transaction's changes, or a change this process made
        # that is not in the cache yet.
        return (cache.get(page_key) if page_key else None), from_database(keys)
    found = cache.get_many([*wanted, *(cache_key(key) for key in keys)])
    versions = {key: found.get(cache_key(key)) for key in keys}
    missing = [key for key, version in versions.items() if version is None]
    if missing:
        # Never read, expired or evicted: from the database, and put back.
        read = from_database(missing)
        versions.update(read)
        set_at_least(read)
    return found.get(page_key), versions


def current(keys):
    """The current versions of `keys`."""
    return page_and_versions(None, keys)[1]
