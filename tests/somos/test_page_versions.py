"""A cached page is checked against the versions of what it shows without asking the database,
and is never served once a change to what it shows has been answered.

These tests commit for real, as requests do, and use a real Redis: the versions are published
to the cache when a change commits.
"""

import threading
import time
import uuid

import pytest
from django.core.cache import cache
from django.db import connection, connections, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from somos import pageversions
from somos.pagecache import REMOVALS, invalidate_pages, page_of_story
from stories.models import Story
from tests.factories import make_story
from tests.somos.test_redis_cache import forget_keys
from tests.somos.test_redis_down import UNREACHABLE

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def redis():
    """A real Redis, in a key space of this test's own."""
    definition = {
        "default": {
            "BACKEND": "somos.redis_cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/13",
            "KEY_PREFIX": f"test-{uuid.uuid4().hex[:8]}",
        }
    }
    with override_settings(CACHES=definition):
        yield definition
        forget_keys(cache)
    pageversions.unpublished.keys.clear()


def in_another_request(change):
    """Run `change` on a database connection of its own, committed when it returns."""

    def run():
        try:
            with transaction.atomic():
                change()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


def retitle(story, title):
    Story.objects.filter(pk=story.pk).update(title_es=title)
    invalidate_pages(page_of_story(story.pk))


def test_a_cached_page_is_answered_without_asking_the_database(client, peru):
    address = make_story(peru).get_absolute_url()
    client.get(address)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)

    assert response.status_code == 200
    assert len(queries) == 0


def test_a_change_is_shown_by_every_request_after_it_is_answered(client, peru):
    story = make_story(peru, title="Primera versión")
    address = story.get_absolute_url()
    for attempt in range(30):
        client.get(address)
        in_another_request(lambda attempt=attempt: retitle(story, f"Versión {attempt}"))

        assert f"Versión {attempt}" in client.get(address).content.decode()


def test_versions_in_the_cache_never_go_back():
    pageversions.set_at_least({"story:1": 7})

    pageversions.set_at_least({"story:1": 6, "story:2": 3})

    assert cache.get_many(["page-version:story:1", "page-version:story:2"]) == {
        "page-version:story:1": 7,
        "page-version:story:2": 3,
    }


def test_a_version_the_cache_lost_is_read_again_from_the_database(client, peru):
    story = make_story(peru, title="Primera versión")
    address = story.get_absolute_url()
    client.get(address)
    in_another_request(lambda: retitle(story, "Versión corregida"))
    cache.delete(pageversions.cache_key(page_of_story(story.pk)))

    assert "Versión corregida" in client.get(address).content.decode()


def test_a_withdrawal_the_cache_missed_is_published_as_soon_as_the_cache_is_back(client, peru):
    story = make_story(peru, title="La cocina de la señora Rosa")
    address = story.get_absolute_url()
    client.get(address)

    with override_settings(CACHES=UNREACHABLE):
        in_another_request(lambda: withdraw(story))
    assert pageversions.unpublished.keys == {REMOVALS}

    assert client.get(address).status_code == 404
    assert pageversions.unpublished.keys == set()


def test_a_withdrawal_the_cache_missed_reaches_every_process_within_the_version_lifetime(
    client, peru, settings
):
    settings.PAGE_VERSION_SECONDS = 1
    story = make_story(peru, title="La cocina de la señora Rosa")
    address = story.get_absolute_url()
    client.get(address)
    with override_settings(CACHES=UNREACHABLE):
        in_another_request(lambda: withdraw(story))
    # The process that withdrew it stopped before it could publish the new versions.
    pageversions.unpublished.keys.clear()

    time.sleep(1.1)

    assert client.get(address).status_code == 404


def withdraw(story):
    Story.objects.filter(pk=story.pk).update(status="withdrawn")
    invalidate_pages(REMOVALS)
