"""Public pages are cached per language, revalidated cheaply, and never stale."""

import gzip
import re
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from somos import pagecache, pageparts
from somos.pagecache import invalidate_pages, pages_of_campaign
from stories import search
from stories.withdrawal import withdraw_story
from tests.factories import make_stories, make_story


def test_inside_a_transaction_a_cached_page_is_checked_with_one_query_for_its_versions(
    client, peru, django_assert_num_queries
):
    client.get("/es/campaigns/tu-causa-es-mi-causa/")

    with django_assert_num_queries(1) as queries:
        response = client.get("/es/campaigns/tu-causa-es-mi-causa/")

    assert response.status_code == 200
    assert "somos_pageversion" in queries.captured_queries[0]["sql"]


def test_pages_are_cached_per_language(client, peru):
    spanish = client.get("/es/campaigns/one-step-closer/").content.decode()
    english = client.get("/en/campaigns/one-step-closer/").content.decode()

    assert "Acortemos Distancias" in spanish
    assert "One Step Closer" in english


def test_a_newly_published_story_appears_at_once(client, peru):
    client.get("/es/campaigns/tu-causa-es-mi-causa/")

    make_story(peru, title="Recién publicada")

    assert "Recién publicada" in client.get("/es/campaigns/tu-causa-es-mi-causa/").content.decode()


def test_an_edited_story_shows_its_new_text_at_once(client, peru):
    story = make_story(peru, title="Primera versión")
    client.get(f"/es/stories/{story.pk}/")

    story.title_es = "Versión corregida"
    story.save()

    assert "Versión corregida" in client.get(f"/es/stories/{story.pk}/").content.decode()


def test_pages_carry_an_etag_and_answer_304_when_unchanged(client, peru):
    first = client.get("/es/")

    again = client.get("/es/", headers={"if-none-match": first["ETag"]})

    assert first["ETag"]
    assert again.status_code == 304
    assert first["Cache-Control"] == "no-cache"


SECURITY_HEADERS = (
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "X-Frame-Options",
)


def test_a_page_from_the_cache_carries_the_security_headers_of_a_new_one(client, peru):
    made = client.get("/es/campaigns/tu-causa-es-mi-causa/")

    cached = client.get("/es/campaigns/tu-causa-es-mi-causa/")

    for header in SECURITY_HEADERS:
        assert cached[header] == made[header]


def test_a_cached_page_answers_304_to_a_browser_that_has_it(client, peru):
    address = make_story(peru).get_absolute_url()
    first = client.get(address)

    again = client.get(address, headers={"if-none-match": first["ETag"]})

    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]
    assert again.content == b""


def test_a_new_release_does_not_serve_pages_cached_by_the_previous_one(client, peru, monkeypatch):
    """A cached page names the static files of its release, which the next one may not have."""
    monkeypatch.setattr(pagecache, "release", lambda: "previous")
    client.get("/es/campaigns/tu-causa-es-mi-causa/")

    monkeypatch.setattr(pagecache, "release", lambda: "next")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/es/campaigns/tu-causa-es-mi-causa/")

    assert response.status_code == 200
    assert len(queries) > 0


def test_the_release_changes_with_the_static_file_names(settings, tmp_path):
    settings.STATIC_ROOT = str(tmp_path)
    manifest = tmp_path / "staticfiles.json"
    manifest.write_text('{"paths": {"css/site.css": "css/site.aaaaaaaaaaaa.css"}}')
    pagecache.release.cache_clear()
    before = pagecache.release()

    manifest.write_text('{"paths": {"css/site.css": "css/site.bbbbbbbbbbbb.css"}}')
    pagecache.release.cache_clear()
    after = pagecache.release()

    pagecache.release.cache_clear()
    assert before != after


@pytest.mark.parametrize("count", [10, 1000])
def test_the_home_page_makes_the_same_number_of_queries_whatever_the_stories(
    client, peru, django_assert_num_queries, count
):
    make_stories(peru, count, featured=True)

    # The versions of what it shows, the campaigns with their pledge counts, the featured stories
    # in the page's language (enough of them: none is needed in the others), and the header's
    # campaigns.
    with django_assert_num_queries(4):
        response = client.get("/es/")

    assert response.status_code == 200


def test_a_word_in_every_story_is_searched_with_as_few_queries_as_a_rare_one(client, peru):
    make_stories(peru, 10)
    with CaptureQueriesContext(connection) as few:
        client.get("/es/search/", {"q": "vecina"})
    make_stories(peru, 990)
    cache.clear()

    with CaptureQueriesContext(connection) as many:
        response = client.get("/es/search/", {"q": "vecina"})

    assert response.status_code == 200
    assert len(many) == len(few)


def test_static_files_are_hashed_and_compressed(client, db, collected_static):
    html = client.get("/es/privacidad/").content.decode()

    assert re.search(r'href="/static/css/site\.[0-9a-f]{12}\.css"', html)
    assert list(Path(collected_static).glob("css/site.*.css.gz"))


def test_pages_are_sent_compressed_to_browsers_that_accept_it(client, peru):
    plain = client.get("/es/campaigns/tu-causa-es-mi-causa/").content

    for _ in range(2):  # made, then from the cache
        response = client.get(
            "/es/campaigns/tu-causa-es-mi-causa/", headers={"accept-encoding": "gzip, br"}
        )
        assert response["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in response["Vary"]
        assert gzip.decompress(response.content) == plain
        assert len(response.content) < len(plain) / 3


def cached_pages():
    return [key for key in cache._cache if ":page:" in key]


def test_made_up_query_parameters_do_not_fill_the_cache(client, peru):
    for number in range(5):
        assert client.get(f"/es/?flood={number}").status_code == 200
        client.get(f"/es/campaigns/tu-causa-es-mi-causa/?page=1&flood={number}")

    assert cached_pages() == []


@pytest.mark.parametrize(
    "query",
    ["theme=made-up-1", "theme=made-up-2", "page=01", "page=1.0", "page=abc", "country=pe"],
)
def test_a_filter_or_page_in_a_form_the_page_does_not_use_is_not_cached(client, peru, query):
    response = client.get(f"/es/campaigns/tu-causa-es-mi-causa/?{query}")

    assert response.status_code == 200
    assert cached_pages() == []
    assert [key for key in cache._cache if ":campaign_frame:" in key] == []


def test_made_up_themes_keep_nothing_in_the_cache(client, peru):
    client.get("/es/campaigns/tu-causa-es-mi-causa/")
    kept = set(cache._cache)

    for number in range(5):
        response = client.get(f"/es/campaigns/tu-causa-es-mi-causa/?theme=made-up-{number}")
        assert response.status_code == 200

    assert set(cache._cache) == kept


def test_a_filter_and_page_as_the_page_links_them_are_cached(client, peru):
    client.get("/es/campaigns/tu-causa-es-mi-causa/?theme=work&country=PE&page=2")

    assert len(cached_pages()) == 1


def test_the_same_filters_in_another_order_are_one_cached_page(client, peru):
    client.get("/es/campaigns/tu-causa-es-mi-causa/?role=migrant&country=PE")
    client.get("/es/campaigns/tu-causa-es-mi-causa/?country=PE&role=migrant")

    assert len(cached_pages()) == 1


def test_a_story_card_is_kept_until_its_story_changes(client, peru):
    story = make_story(
        peru, title="Pan de Surquillo", body="Vendo pan en Surquillo. Mi cel 987654321"
    )
    campaign_page = "/es/campaigns/tu-causa-es-mi-causa/"
    assert "987654321" in client.get(campaign_page).content.decode()
    cards = [key for key in cache._cache if "story_card" in key]
    assert len(cards) == 1

    story.body_es = "Vendo pan en Surquillo."
    story.save()

    html = client.get(campaign_page).content.decode()
    assert "987654321" not in html
    assert "Vendo pan en Surquillo." in html


def test_a_campaigns_facts_are_kept_until_one_of_them_changes(client, peru):
    campaign_page = "/es/campaigns/tu-causa-es-mi-causa/"
    fact = peru.facts.first()
    assert fact.statement_es in client.get(campaign_page).content.decode()
    assert any("campaign_part:about" in key for key in cache._cache)

    fact.statement_es = "Una cifra corregida por el equipo editorial."
    fact.save()

    assert (
        "Una cifra corregida por el equipo editorial." in client.get(campaign_page).content.decode()
    )


def test_a_search_for_a_few_words_is_cached_and_shows_a_new_story_at_once(client, peru):
    make_story(peru, title="La panadería de Surquillo", body="Vendo pan en Surquillo.")
    assert "La panadería de Surquillo" in client.get("/es/search/?q=Surquillo").content.decode()
    assert len(cached_pages()) == 1

    make_story(peru, title="Surquillo de noche", body="Caminamos por Surquillo.")

    assert "Surquillo de noche" in client.get("/es/search/?q=Surquillo").content.decode()


def test_a_withdrawn_story_leaves_a_cached_search_at_once(client, peru):
    story = make_story(peru, title="La panadería de Surquillo", body="Vendo pan en Surquillo.")
    client.get("/es/search/?q=panadería")

    withdraw_story(story)

    assert "La panadería de Surquillo" not in client.get("/es/search/?q=panadería").content.decode()


@pytest.mark.parametrize(
    "query",
    ["nadaqueencontrar", "Surquillo -pan", "pan  Surquillo", "SuRqUiLlO", "pan en Surquillo hoy"],
)
def test_searches_that_could_be_made_up_without_end_are_not_cached(client, peru, query):
    make_story(peru, title="La panadería de Surquillo", body="Vendo pan en Surquillo hoy.")

    assert client.get("/es/search/", {"q": query}).status_code == 200

    assert cached_pages() == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search is PostgreSQL's")
def test_a_word_found_in_many_stories_is_ranked_among_a_bounded_few(client, peru, monkeypatch):
    monkeypatch.setattr(search, "CANDIDATES", 5)
    make_stories(peru, 40)

    results = search.search_stories("vecina")

    assert len(results) == 5


class CountedCache:
    """The cache, counting how story cards are read from it."""

    def __init__(self):
        self.reads = []

    def get_many(self, keys):
        cards = [key for key in keys if key.startswith("story_card:")]
        if cards:
            self.reads.append(cards)
        return cache.get_many(keys)

    def get(self, key):
        return cache.get(key)

    def set(self, key, value, timeout):
        return cache.set(key, value, timeout)

    def set_many(self, values, timeout):
        return cache.set_many(values, timeout)


def test_a_listing_reads_all_its_story_cards_from_the_cache_at_once(client, peru, monkeypatch):
    make_stories(peru, 12)
    client.get("/es/campaigns/tu-causa-es-mi-causa/")
    # As after an approval: the page is made again, its cards are already kept.
    invalidate_pages(pages_of_campaign("tu-causa-es-mi-causa"))
    counted = CountedCache()
    monkeypatch.setattr(pageparts, "cache", counted)

    html = client.get("/es/campaigns/tu-causa-es-mi-causa/").content.decode()

    assert [len(keys) for keys in counted.reads] == [12]
    assert html.count('class="story-card"') == 12


@pytest.mark.parametrize("page", ["story", "campaign"])
def test_with_nothing_kept_a_page_reads_no_version(client, chile, settings, page):
    settings.PAGE_CACHE_SECONDS = 0
    settings.PAGE_PARTS_CACHE_SECONDS = 0
    story = make_story(chile, title="Sin partes guardadas")
    address = f"/es/stories/{story.pk}/" if page == "story" else "/es/campaigns/somos-encuentro/"

    with CaptureQueriesContext(connection) as queries:
        html = client.get(address).content.decode()

    # Versions name what is kept; with nothing kept, none is read.
    assert not any("somos_pageversion" in query["sql"] for query in queries.captured_queries)
    assert "Sin partes guardadas" in html
