"""Listings show first the stories a visitor can read in the page's language, then the others
under their own heading, each card labelled with its language; cards are one link each."""

import re

from django.core.cache import cache
from django.utils import timezone

from campaigns.models import Campaign, Pledge
from tests.factories import make_stories, make_story

PERU_EN = "/en/campaigns/tu-causa-es-mi-causa/"


def cards(html):
    return re.findall(r'<article class="story-card" lang="([a-z]+)">(.*?)</article>', html, re.S)


def title(card):
    return re.search(r'class="story-card__link" href="[^"]+">([^<]+)</a>', card).group(1)


def test_stories_in_the_pages_language_come_first_then_the_others_under_a_heading(client, peru):
    now = timezone.now()
    make_story(peru, title="Reciente en español", published_at=now - timezone.timedelta(hours=1))
    make_story(
        peru,
        language="en",
        title="Older in English",
        published_at=now - timezone.timedelta(days=5),
    )

    html = client.get(PERU_EN).content.decode()

    shown = [(lang, title(card)) for lang, card in cards(html)]
    assert shown == [("en", "Older in English"), ("es", "Reciente en español")]
    heading = html.index("Stories in other languages")
    assert html.index("Older in English") < heading < html.index("Reciente en español")


def test_each_card_in_another_language_says_which_in_the_pages_language(client, peru):
    make_story(peru, title="Una historia en español")
    make_story(peru, language="pap", title="Un historia na papiamentu")
    make_story(peru, language="en", title="A story in English")

    html = client.get(PERU_EN).content.decode()

    labels = {
        title(card): re.findall(
            r'<p class="story-card__labels" lang="en">\s*<span[^>]*>([^<]+)', card
        )
        for _lang, card in cards(html)
    }
    assert labels["Una historia en español"] == ["Written in Spanish"]
    assert labels["Un historia na papiamentu"] == ["Written in Papiamentu"]
    assert labels["A story in English"] == []


def test_a_reviewed_translation_counts_as_the_pages_language(client, peru):
    story = make_story(peru, title="Historia traducida")
    story.title_en, story.body_en = "A translated story", "Reviewed by the moderators."
    story.translation_status = {"en": "reviewed"}
    story.save()
    make_story(peru, title="Sin traducir", published_at=timezone.now())

    html = client.get(PERU_EN).content.decode()

    shown = [(lang, title(card)) for lang, card in cards(html)]
    assert shown == [("en", "A translated story"), ("es", "Sin traducir")]


def test_pages_hold_every_story_once_in_language_order(client, peru):
    make_stories(peru, 13, language="en")
    make_stories(peru, 13)

    pages = [client.get(PERU_EN, {"page": n}).content.decode() for n in (1, 2, 3)]

    languages = [[lang for lang, _card in cards(page)] for page in pages]
    assert languages == [["en"] * 12, ["en"] + ["es"] * 11, ["es"] * 2]
    titles = [title(card) for page in pages for _lang, card in cards(page)]
    assert len(titles) == len(set(titles)) == 26
    assert "Stories in other languages" in pages[1] and "Stories in other languages" in pages[2]


def test_a_card_is_one_link_named_by_its_title(client, peru):
    story = make_story(peru, title="Una sola entrada")

    html = client.get(PERU_EN).content.decode()

    [(_lang, card)] = cards(html)
    assert card.count("<a ") == 1
    assert (
        f'<h3 class="story-card__title"><a class="story-card__link" '
        f'href="{story.get_absolute_url()}">Una sola entrada</a></h3>'
    ) in card


def test_the_home_page_opens_with_a_featured_story_the_visitor_can_read(client, peru):
    make_story(peru, title="Destacada en español", featured=True, published_at=timezone.now())
    make_story(
        peru,
        language="en",
        title="Featured in English",
        body="The neighbours came with soup. We have eaten together every Sunday since.",
        featured=True,
        published_at=timezone.now() - timezone.timedelta(days=3),
        author_display="first_name",
        author_name="Grace Miller",
    )

    html = client.get("/en/").content.decode()

    lead = html[html.index('class="lead"') : html.index('class="featured')]
    assert "“The neighbours came with soup.”" in lead
    assert "Grace · migrant · Lima" in lead
    assert 'href="/en/share/"' in lead
    # The other featured story follows, labelled.
    rest = html[html.index('class="featured') :]
    assert "Destacada en español" in rest and "Written in Spanish" in rest


def test_pledge_counters_show_only_when_someone_has_pledged(client, peru):
    html = client.get("/en/").content.decode()

    assert "Be the first to take the pledge." in html
    assert not re.search(r">\s*0 (people|person)", html)

    Pledge.objects.create(
        campaign=Campaign.objects.get(slug="tu-causa-es-mi-causa"), country="PE", language="en"
    )
    # A pledge drops no cached page: the count shows when the page is next made.
    cache.clear()
    html = client.get("/en/").content.decode()

    assert "1 person has already taken the pledge." in html
