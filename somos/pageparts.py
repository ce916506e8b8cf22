"""Parts of pages kept as made: what a page made again can reuse.

A part is kept under a key that names everything it was made from (the language, the release,
and the versions of what it shows: see pagecache), so it is never dropped, only no longer asked
for; it expires after PAGE_PARTS_CACHE_SECONDS. All of a page's parts are read in one round
trip to the cache.
"""

from django.conf import settings
from django.core.cache import cache


def keeping():
    """Whether parts are kept at all: when not, their keys need not be worked out, nor the
    versions of what they show, which those keys name, read."""
    return bool(settings.PAGE_PARTS_CACHE_SECONDS)


def kept_parts(keys, make):
    """The parts named in `keys` ({name: cache key}); those not kept are made together by
    `make(names)`, which returns {name: part} for those it can make (a part of something gone
    meanwhile is left out), and kept."""
    seconds = settings.PAGE_PARTS_CACHE_SECONDS
    found = cache.get_many(list(keys.values())) if seconds and keys else {}
    parts = {name: found[key] for name, key in keys.items() if key in found}
    missing = [name for name in keys if name not in parts]
    if missing:
        made = make(missing)
        if seconds and made:
            cache.set_many({keys[name]: part for name, part in made.items()}, seconds)
        parts.update(made)
    return parts


def kept_part(key, make):
    """One part, as kept under `key`, or made by `make()` and kept."""
    return kept_parts({key: key}, lambda names: {key: make()})[key]


def found_part(key):
    """The part kept under `key`, or None."""
    return cache.get(key) if keeping() else None


def keep_part(key, part):
    """Keep `part` under `key`, for those that check a kept part before they show it."""
    if keeping():
        cache.set(key, part, settings.PAGE_PARTS_CACHE_SECONDS)
