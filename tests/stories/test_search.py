"""Visitors find published stories by their words, whatever the accents."""

import pytest
from django.db import connection

from campaigns.models import Campaign
from stories import search
from stories.models import Story
from tests.factories import make_story

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search runs on PostgreSQL"
)


@pytest.fixture
def stories(demo_content):
    chile = Campaign.objects.get(slug="somos-encuentro")
    make_story(chile, title="Las canciones de mi abuela", body="Cantábamos canciones llaneras.")
    make_story(
        chile,
        language="pt",
        title="Canções na feira",
        body="Aos domingos tocamos canções venezuelanas e brasileiras na feira do bairro.",
    )
    make_story(chile, title="Fútbol en el barrio", body="Jugamos fútbol cada sábado.")
    make_story(
        chile,
        title="Canciones en revisión",
        body="Esta historia aún no se publica: canciones.",
        status=Story.Status.SUBMITTED,
    )


def titles(response):
    return [result.story.original_title for result in response.context["results"]]


def test_search_finds_published_stories_only(client, stories):
    response = client.get("/es/search/", {"q": "fútbol"})

    assert titles(response) == ["Fútbol en el barrio"]


def test_search_never_finds_unpublished_stories(client, stories):
    assert "Canciones en revisión" not in titles(client.get("/es/search/", {"q": "revisión"}))


@on_postgresql
def test_search_ignores_accents(client, stories):
    assert titles(client.get("/es/search/", {"q": "futbol"})) == ["Fútbol en el barrio"]


@on_postgresql
def test_portuguese_search_without_accents_finds_accented_words(client, stories):
    assert titles(client.get("/pt/search/", {"q": "cancoes"})) == ["Canções na feira"]


@on_postgresql
def test_search_matches_word_forms_and_highlights_them(client, stories):
    response = client.get("/es/search/", {"q": "canción"})

    assert "Las canciones de mi abuela" in titles(response)
    assert "<mark>" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        '"canciones',
        "canciones & | ! ( ) :* <->",
        "'; DROP TABLE stories_story; --",
        "<script>alert(1)</script>",
        "x" * 10_000,
        "\x00\x01",
        "   ",
    ],
    ids=["quote", "operators", "sql", "script", "10000-characters", "control", "blank"],
)
def test_odd_search_text_gets_a_page_not_an_error(client, stories, query):
    response = client.get("/es/search/", {"q": query})

    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert Story.objects.count() == 4


def test_a_very_long_search_is_shortened_with_a_message(client, stories):
    html = client.get("/es/search/", {"q": "fútbol " * 2000}).content.decode()

    assert "200 caracteres" in html


def test_snippets_are_escaped(client, demo_content):
    chile = Campaign.objects.get(slug="somos-encuentro")
    make_story(
        chile, title="Con código", body="Escribí <b>negrita</b> y <script>x()</script> aquí."
    )

    html = client.get("/es/search/", {"q": "negrita"}).content.decode()

    assert "<script>x()" not in html
    assert "<b>negrita</b>" not in html


def test_the_words_found_are_highlighted(client, stories):
    html = client.get("/es/search/", {"q": "fútbol"}).content.decode()

    assert "Jugamos <mark>fútbol</mark> cada sábado." in html


@on_postgresql
def test_the_words_found_are_highlighted_whatever_the_accents_and_case(client, stories):
    html = client.get("/es/search/", {"q": "FUTBOL"}).content.decode()

    assert "Jugamos <mark>fútbol</mark> cada sábado." in html


def test_the_snippet_is_taken_around_the_first_word_found(client, demo_content):
    chile = Campaign.objects.get(slug="somos-encuentro")
    opening = "Al principio todo era nuevo y difícil para nosotros en la ciudad. " * 8
    make_story(chile, title="Un domingo", body=f"{opening}Un domingo cocinamos arepas juntos.")

    html = client.get("/es/search/", {"q": "arepas"}).content.decode()

    snippet = html[html.index('class="result__snippet"') :].split("</p>")[0]
    assert "<mark>arepas</mark>" in snippet
    assert snippet.split(">", 1)[1].startswith("…")


def test_highlighting_escapes_the_story_and_marks_only_words_found(client, demo_content):
    chile = Campaign.objects.get(slug="somos-encuentro")
    make_story(chile, title="Con código", body="Escribí <b>negrita</b> & luego negritas.")

    html = client.get("/es/search/", {"q": "negrita"}).content.decode()

    assert "&lt;b&gt;<mark>negrita</mark>&lt;/b&gt; &amp; luego <mark>negritas</mark>." in html


def test_words_are_found_whatever_their_accents_and_case_at_their_place_in_the_text():
    plain, positions = search.folded("Él dijo: «NIÑOS, a\u0301rbol»")

    assert plain == "el dijo: «ninos, arbol»"
    assert [positions[plain.index(word)] for word in ("ninos", "arbol")] == [10, 17]
