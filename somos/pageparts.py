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


def kept_parts(names, keys, make):
    """The parts `names`; those not kept are made together by `make(names)`, which returns
    {name: part} for those it can make (a part of something gone meanwhile is left out), and
    kept. `keys()` gives their cache keys ({name: key}), and is called only when parts are kept
    at all: working keys out may read the versions they name."""
    if not keeping():
        return make(list(names))
    keys = keys()
    found = cache.get_many(list(keys.values())) if keys else {}
    parts = {name: found[key] for name, key in keys.items() if key in found}
    missing = [name for name in names if name not in parts]
    if missing:
        made = make(missing)
        if made:
            cache.set_many(
                {keys[name]: part for name, part in made.items()},
                settings.PAGE_PARTS_CACHE_SECONDS,
            )
        parts.update(made)
    return parts


def kept_part(key, make):
    """One part, as kept under `key()` (called only when parts are kept), or made by `make()`
    and kept."""
    return kept_parts(["part"], lambda: {"part": key()}, lambda names: {"part": make()})["part"]


def found_part(key):
    """The part kept under `key`, or None."""
    return cache.get(key) if keeping() else None


def keep_part(key, part):
    """Keep `part` under `key`, for those that check a kept part before they show it."""
    if keeping():
        cache.set(key, part, settings.PAGE_PARTS_CACHE_SECONDS)
