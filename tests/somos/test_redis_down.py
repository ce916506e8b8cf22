"""Redis unreachable: visitors and storytellers notice nothing but speed, and no page that a
withdrawal made out of date is ever served, before or after Redis is back."""

import logging

import pytest
from django.core.cache import caches
from django.test import override_settings

from stories.models import Story
from tests.factories import management_link

# A closed port: every connection is refused at once.
UNREACHABLE = {
    "default": {
        "BACKEND": "somos.redis_cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


@pytest.fixture
def redis_down():
    with override_settings(CACHES=UNREACHABLE):
        caches._settings = None
        caches.__init__()
        yield
    caches._settings = None
    caches.__init__()


@pytest.fixture
def published(client, story_data):
    response = client.post("/es/share/", story_data())
    _link, token = management_link(response.content.decode())
    story = Story.objects.get()
    Story.objects.filter(pk=story.pk).update(status="approved", published_at=story.submitted_at)
    return story, token


def test_public_pages_are_made_without_the_cache(client, peru, redis_down, published):
    story, _token = published
    for path in ("/es/", "/es/campaigns/tu-causa-es-mi-causa/", f"/es/stories/{story.pk}/"):
        assert client.get(path).status_code == 200, path
    assert client.get("/es/search/?q=cocina").status_code == 200


def test_a_story_is_stored_and_a_pledge_taken_without_the_cache(
    client, story_data, redis_down, caplog
):
    caplog.set_level(logging.WARNING, logger="somos.redis_cache")

    response = client.post("/es/share/", story_data())
    pledge = client.get("/es/pledge/")

    assert response.status_code == 200
    assert Story.objects.count() == 1
    assert pledge.status_code == 200
    outage = [r for r in caplog.records if "cannot be reached" in r.getMessage()]
    assert len(outage) == 1


def test_withdrawal_succeeds_and_the_story_is_gone_everywhere(client, published, redis_down):
    story, token = published

    response = client.post(f"/es/my-story/{token}/withdraw/")

    assert response.status_code == 200
    assert Story.objects.get(pk=story.pk).is_withdrawn
    assert client.get(f"/es/stories/{story.pk}/").status_code == 404
    assert client.get(f"/share-images/stories/{story.pk}.png").status_code == 404
    assert "La cocina de la señora Rosa" not in client.get("/es/search/?q=cocina").content.decode()


def test_a_page_cached_before_a_withdrawal_the_cache_missed_is_never_served(client, published):
    story, token = published
    page = f"/es/stories/{story.pk}/"
    assert "La cocina de la señora Rosa" in client.get(page).content.decode()
    assert any(key.startswith(":1:page:") for key in caches["default"]._cache)
    # The page is now in the cache. The withdrawal happens while the cache cannot be reached.
    with override_settings(CACHES=UNREACHABLE):
        caches._settings = None
        caches.__init__()
        withdrawal = client.post(f"/es/my-story/{token}/withdraw/")
    caches._settings = None
    caches.__init__()

    assert withdrawal.status_code == 200
    assert any(key.startswith(":1:page:") for key in caches["default"]._cache)
    assert client.get(page).status_code == 404


def test_the_health_check_says_the_cache_is_down(client, db, redis_down):
    assert client.get("/healthz").status_code == 503
