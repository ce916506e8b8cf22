"""A campaign page: its stories with filters and pages, sourced facts, partners and the press."""

import re

import pytest
from django.utils import timezone

from stories.models import Story
from tests.conftest import LANGUAGES
from tests.factories import make_stories, make_story

PERU = "/es/campaigns/tu-causa-es-mi-causa/"


def story_titles(html):
    return re.findall(r'class="story-card__title" id="[^"]+">([^<]+)</h3>', html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_campaign_page_is_served_in_each_language(client, peru, language):
    response = client.get(f"/{language}/campaigns/tu-causa-es-mi-causa/")

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()


def test_only_published_stories_are_listed_featured_first_then_newest(client, peru):
    make_story(peru, title="Antigua", published_at=timezone.now() - timezone.timedelta(days=9))
    make_story(peru, title="Reciente", published_at=timezone.now() - timezone.timedelta(hours=1))
    make_story(
        peru,
        title="Destacada",
        featured=True,
        published_at=timezone.now() - timezone.timedelta(days=30),
    )
    make_story(peru, title="En revisión", status=Story.Status.SUBMITTED)
    make_story(peru, title="Rechazada", status=Story.Status.REJECTED)
    make_story(peru, title="Retirada", status=Story.Status.WITHDRAWN)
    make_story(peru, title="Programada", published_at=timezone.now() + timezone.timedelta(days=1))

    titles = story_titles(client.get(PERU).content.decode())

    assert titles[:3] == ["Destacada", "Reciente", "Antigua"]
    for hidden in ("En revisión", "Rechazada", "Retirada", "Programada"):
        assert hidden not in titles


def test_filters_are_plain_links_that_narrow_the_stories(client, peru):
    make_story(peru, title="Sobre comida", themes=["food"], author_role="refugee")
    make_story(peru, title="Sobre música", themes=["music"], author_role="host_community")

    html = client.get(PERU).content.decode()
    assert '<a href="?theme=food">' in html
    assert '<a href="?role=refugee">' in html

    assert story_titles(client.get(PERU + "?theme=food").content.decode()) == ["Sobre comida"]
    assert story_titles(client.get(PERU + "?role=host_community").content.decode()) == [
        "Sobre música"
    ]
    assert story_titles(client.get(PERU + "?country=CL").content.decode()) == []


@pytest.mark.parametrize(
    "query",
    [
        "?page=abc",
        "?page=-3",
        "?page=99999999999999999999",
        "?theme=<script>",
        "?role=admin",
        "?country=ZZZ",
        "?theme=" + "x" * 5000,
    ],
)
def test_malformed_filters_and_pages_show_the_stories_with_a_message(client, peru, query):
    make_story(peru, title="Una historia")

    response = client.get(PERU + query)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Una historia" in html
    assert "<script>" not in html.split("<main")[1]


def test_pages_of_stories_work_without_javascript(client, peru):
    make_stories(peru, 30)

    first = client.get(PERU).content.decode()
    second = client.get(PERU + "?page=2").content.decode()
    third = client.get(PERU + "?page=3").content.decode()

    assert 'rel="next" href="?page=2"' in first
    assert len(story_titles(first)) == 12
    assert 'rel="prev" href="?page=1"' in second and 'rel="next" href="?page=3"' in second
    assert len(story_titles(third)) == 6
    assert set(story_titles(first)).isdisjoint(story_titles(second))


def test_a_page_past_the_last_one_says_there_is_nothing(client, peru):
    response = client.get(PERU + "?page=40")

    assert response.status_code == 200
    assert "Ninguna historia se ha publicado aquí todavía" in response.content.decode()


def test_unknown_campaign_is_a_404(client, peru):
    assert client.get("/es/campaigns/no-existe/").status_code == 404


def test_facts_show_the_figure_its_source_and_its_date(client, peru):
    html = client.get("/en/campaigns/tu-causa-es-mi-causa/").content.decode()

    assert "24.4%" in html
    assert "88.6%" in html
    assert "150,000" in html
    assert 'href="https://dtm.iom.int/"' in html or "Displacement Tracking Matrix" in html
    assert re.search(r"Source: <a href=\"https://[^\"]+\" rel=\"noopener\">[^<]+</a>, \w+", html)


def test_partners_media_contacts_briefing_kit_hashtag_and_share_call(client, peru):
    html = client.get(PERU).content.decode()

    assert 'alt="International Organization for Migration (IOM)"' in html
    assert "icalderon@iom.int" in html
    assert re.search(r'href="/media/briefing-kits/[^"]+\.pdf" download', html)
    assert "#TuCausaEsMiCausa" in html
    assert 'href="/es/share/?campaign=tu-causa-es-mi-causa"' in html


def test_the_page_announces_its_feed(client, peru):
    html = client.get(PERU).content.decode()

    assert (
        '<link rel="alternate" type="application/atom+xml"' in html
        and 'href="/es/campaigns/tu-causa-es-mi-causa/feed/"' in html
    )


@pytest.mark.parametrize("count", [10, 1000])
def test_the_campaign_page_makes_the_same_number_of_queries_whatever_the_stories(
    client, peru, django_assert_num_queries, count
):
    make_stories(peru, count)

    with django_assert_num_queries(9):
        response = client.get(PERU)

    assert response.status_code == 200
