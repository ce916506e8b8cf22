"""A campaign page: its stories with filters and pages, sourced facts, partners and the press."""

import re

import pytest
from django.core.cache import cache
from django.utils import timezone

from campaigns.models import Partner
from moderation.decisions import approve
from stories.campaign_page import STORIES_HOLE
from stories.models import Story
from stories.withdrawal import withdraw_story
from tests.conftest import LANGUAGES
from tests.factories import make_stories, make_story, reads_stories_in_full

PERU = "/es/campaigns/tu-causa-es-mi-causa/"


def story_titles(html):
    return re.findall(r'class="story-card__link" href="[^"]+">([^<]+)</a>', html)


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


def test_a_story_scheduled_for_later_is_listed_once_its_date_has_come(client, peru, monkeypatch):
    make_story(peru, title="Programada", published_at=timezone.now() + timezone.timedelta(hours=1))
    assert "Programada" not in story_titles(client.get(PERU).content.decode())

    later = timezone.now() + timezone.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    # The page cached before its date, which no change drops, expires meanwhile.
    cache.clear()

    assert "Programada" in story_titles(client.get(PERU).content.decode())


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


def test_a_page_past_the_last_one_says_there_is_nothing_more(client, peru):
    make_story(peru, title="Única")

    response = client.get(PERU + "?page=40")

    assert response.status_code == 200
    html = response.content.decode()
    assert "No hay más historias aquí." in html
    assert 'rel="prev" href="?page=39"' in html
    # Not what a campaign without stories says: this one has some, on its first page.
    assert "Ninguna historia se ha publicado aquí todavía" not in html


def test_unknown_campaign_is_a_404(client, peru):
    assert client.get("/es/campaigns/no-existe/").status_code == 404


def myth_pairs(html):
    return re.findall(r'<li class="myth-pair">(.*?)</li>', html, re.S)


def test_each_myth_is_answered_beside_it_by_a_dated_sourced_figure(client, peru):
    html = client.get("/en/campaigns/tu-causa-es-mi-causa/").content.decode()

    pairs = myth_pairs(html)
    assert len(pairs) == peru.facts.exclude(myth_en="").exclude(myth_en=None).count() >= 3
    refugee_claims = next(pair for pair in pairs if "They only come looking for work." in pair)
    assert "More than 150,000 people" in refugee_claims
    assert re.search(
        r'Source: <a href="https://[^"]+" rel="noopener">UNHCR[^<]*</a>', refugee_claims
    )
    assert "as of October 2019" in refugee_claims
    for pair in pairs:
        assert re.search(r"as of [A-Z][a-z]+ \d{4}", pair)


def test_figures_start_with_a_capital_in_every_language(client, peru):
    for language in LANGUAGES:
        html = client.get(f"/{language}/campaigns/tu-causa-es-mi-causa/").content.decode()

        figures = re.findall(r'<p class="fact__figure">(.+?)</p>', html)
        assert figures
        assert all(not figure[0].islower() for figure in figures), (language, figures)


@pytest.mark.parametrize(
    ("language", "source", "date"),
    [
        ("es", "Encuesta de IPSOS a 810 personas para ACNUR", "a octubre de 2019"),
        ("pap", "Enkuesta di IPSOS entre 810 hende pa ACNUR", "na òktober 2019"),
    ],
)
def test_sources_are_named_in_the_pages_language(client, peru, language, source, date):
    html = client.get(f"/{language}/campaigns/tu-causa-es-mi-causa/").content.decode()

    assert source in html
    assert date in html
    assert "IPSOS survey" not in html


def test_a_figure_that_answers_no_myth_is_listed_apart(client, peru):
    html = client.get("/en/campaigns/tu-causa-es-mi-causa/").content.decode()

    figures = html[html.index('class="figure-list"') :]
    assert "Some 1,250 people a day" in figures
    assert all("Some 1,250 people a day" not in pair for pair in myth_pairs(html))


def test_partners_are_named_in_full_in_the_pages_language(client, peru):
    for language, name in [
        ("es", "Organización Internacional para las Migraciones (OIM)"),
        ("en", "International Organization for Migration (IOM)"),
        ("pap", "Sistema di Nashonnan Uní na Perú"),
    ]:
        html = client.get(f"/{language}/campaigns/tu-causa-es-mi-causa/").content.decode()

        assert f'<span class="partner__name">{name}</span>' in html
        # The drawn mark beside the name says nothing more to a screen reader.
        assert re.search(r'<a class="partner__link" [^>]+>\s*<img src="[^"]+" [^>]*alt=""', html)


def test_press_contacts_briefing_kit_hashtag_and_share_call(client, peru):
    html = client.get(PERU).content.decode()

    assert "Oficina de prensa de muestra" in html
    assert re.search(r'href="mailto:[a-z.]+@example\.org"', html)
    assert 'href="tel:' not in html
    assert re.search(r'href="/media/briefing-kits/[^"]+\.pdf" download', html)
    assert "#TuCausaEsMiCausa" in html
    assert 'href="/es/share/?campaign=tu-causa-es-mi-causa"' in html


def test_filters_are_folded_away_until_one_is_chosen(client, peru):
    closed = client.get(PERU).content.decode()
    chosen = client.get(PERU + "?theme=food").content.decode()

    assert '<details class="filters">' in closed
    assert '<details class="filters" open>' in chosen


def test_no_counter_shows_zero_pledges(client, peru):
    html = client.get(PERU).content.decode()

    assert "Sé la primera persona en asumir el compromiso." in html
    assert not re.search(r">\s*0 personas", html)


def test_the_page_announces_its_feed(client, peru):
    html = client.get(PERU).content.decode()

    assert (
        '<link rel="alternate" type="application/atom+xml"' in html
        and 'href="/es/campaigns/tu-causa-es-mi-causa/feed/"' in html
    )


@pytest.mark.parametrize("count", [20, 1000])
def test_the_campaign_page_makes_the_same_number_of_queries_whatever_the_stories(
    client, peru, django_assert_num_queries, count
):
    make_stories(peru, count)

    # Made from nothing: the versions of what it shows, the campaign's id and pledge count, its
    # first page's stories as references and then in full for their cards, and for the other
    # parts the campaign, its themes, facts, partners and press contacts, and the header's
    # campaigns.
    with django_assert_num_queries(10):
        response = client.get(PERU)

    assert response.status_code == 200


def test_a_campaign_page_made_again_reads_no_story_and_no_campaign_in_full(
    client, peru, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    make_stories(peru, 20)
    client.get(PERU)

    # The version of REMOVALS and its first page's stories as references: every part and card,
    # and the pledge count, are kept.
    with django_assert_num_queries(2) as queries:
        html = client.get(PERU).content.decode()

    assert not any(reads_stories_in_full(query["sql"]) for query in queries.captured_queries)
    assert html.count('class="story-card"') == 12
    assert "Mitos y realidades" in html


def test_after_a_withdrawal_the_campaign_page_made_again_reads_no_campaign_and_no_card_again(
    client, peru, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    make_stories(peru, 20)
    withdrawn = make_story(peru, title="Se retira ahora")
    client.get(PERU)

    withdraw_story(withdrawn)

    # The versions of what it shows and its first page's stories as references: the campaign's
    # parts, the cards and the pledge count are kept.
    with django_assert_num_queries(2) as queries:
        html = client.get(PERU).content.decode()

    assert not any(reads_stories_in_full(query["sql"]) for query in queries.captured_queries)
    assert not any('"tagline_es"' in query["sql"] for query in queries.captured_queries)
    assert "Se retira ahora" not in html and "Mitos y realidades" in html


def test_a_partner_deleted_in_the_admin_is_gone_from_the_campaign_page_made_again(
    client, peru, superuser, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    partner = peru.partners.first()
    shown = f'<span class="partner__name">{partner.name}</span>'
    assert shown in client.get(PERU).content.decode()
    client.force_login(superuser)

    client.post(
        "/es/admin/campaigns/partner/",
        {"action": "delete_selected", "_selected_action": [partner.pk], "post": "yes"},
    )

    client.logout()
    assert not Partner.objects.filter(pk=partner.pk).exists()
    assert shown not in client.get(PERU).content.decode()


def test_after_an_approval_the_campaign_page_reads_in_full_only_the_new_story(
    client, peru, peru_moderator, django_assert_num_queries
):
    make_stories(peru, 20)
    client.get(PERU)
    waiting = make_story(peru, status=Story.Status.SUBMITTED, title="Recién aprobada")
    client.get(PERU)
    approve(story=waiting, moderator=peru_moderator)

    # The versions of what it shows, its first page's references, and the one story whose card
    # is not kept.
    with django_assert_num_queries(3) as queries:
        html = client.get(PERU).content.decode()

    read_in_full = [
        query["sql"] for query in queries.captured_queries if reads_stories_in_full(query["sql"])
    ]
    assert len(read_in_full) == 1 and f"IN ({waiting.pk})" in read_in_full[0].replace("'", "")
    assert "Recién aprobada" in html


def test_a_campaign_page_made_again_around_its_kept_frame_is_the_page_made_from_nothing(
    client, peru, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    make_stories(peru, 30)
    address = f"{PERU}?role=migrant&page=2"
    made_from_nothing = client.get(address).content

    made_again = client.get(address).content

    assert made_again == made_from_nothing
    assert made_again.decode().count('class="story-card"') == 12


def test_a_campaign_text_written_like_the_frames_hole_is_shown_as_text(client, peru, settings):
    settings.PAGE_CACHE_SECONDS = 0
    peru.tagline_es = f"Antes {STORIES_HOLE} después"
    peru.save()
    make_story(peru, title="Mi vecina de Lima")
    client.get(PERU)

    html = client.get(PERU).content.decode()

    assert "Antes &lt;!--somos:stories--&gt; después" in html
    stories = html.split('id="stories-title"', 1)[1].split("</section>", 1)[0]
    assert "Mi vecina de Lima" in stories
