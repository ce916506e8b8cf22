"""A story page: the story as its author chose to appear, light on a phone, easy to share."""

import gzip
import io
import re
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.files.storage import default_storage
from PIL import Image

from campaigns.models import Campaign
from moderation.decisions import approve
from stories.models import Story, Theme
from stories.share_images import story_cards
from stories.withdrawal import withdraw_story
from tests.factories import make_stories, make_story, reads_stories_in_full


@pytest.fixture
def story(chile, client, story_data, phone_photo):
    """A story sent with a photo through the form, then approved."""
    data = story_data(
        campaign=str(chile.pk),
        photo=phone_photo(),
        photo_alt="Carmen y yo en la feria",
        video_url="https://youtu.be/dQw4w9WgXcQ",
        author_role="host_community",
        country="CL",
        city="Valparaíso",
    )
    client.post("/es/share/", data)
    story = Story.objects.get()
    story.status = Story.Status.APPROVED
    story.published_at = story.submitted_at
    story.save()
    return story


def test_a_published_story_shows_title_text_author_place_themes_and_date(client, story):
    html = client.get(f"/es/stories/{story.pk}/").content.decode()

    assert "<h1>La cocina de la señora Rosa</h1>" in html
    assert "señora Rosa, nuestra vecina" in html
    assert "María · comunidad de acogida · Valparaíso" in html
    assert '<a href="/es/campaigns/somos-encuentro/?theme=food">Comida</a>' in html
    assert re.search(r'<time datetime="[^"]+">\d+ de \w+ de \d{4}</time>', html)


def test_the_photo_is_responsive_described_and_fetched_first(client, story):
    html = client.get(f"/es/stories/{story.pk}/").content.decode()

    img = re.search(r'<img class="story__photo"[^>]+>', html).group(0)
    assert 'srcset="' in img and " 480w" in img and " 900w" in img
    assert 'sizes="' in img
    assert 'width="900" height="1200"' in img
    # It is the largest paint of the page: fetched at once, before what is lower down.
    assert 'fetchpriority="high"' in img and "loading=" not in img
    assert 'alt="Carmen y yo en la feria"' in img
    assert '<source type="image/webp"' in html


def test_the_video_loads_nothing_until_the_visitor_asks(client, story):
    html = client.get(f"/es/stories/{story.pk}/").content.decode()

    assert "<iframe" not in html
    assert 'data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"' in html
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html
    assert "youtube.com/s/" not in html and "ytimg" not in html


def test_in_another_language_the_original_shows_with_a_note(client, story):
    html = client.get(f"/en/stories/{story.pk}/").content.decode()

    assert "Originally written in Spanish." in html
    assert '<div class="story__body" lang="es">' in html
    assert "La cocina de la señora Rosa" in html


def test_no_note_in_the_storys_own_language(client, story):
    assert "Originalmente escrita en" not in client.get(f"/es/stories/{story.pk}/").content.decode()


def test_an_author_who_asked_is_not_indexed(client, story):
    story.noindex = True
    story.save()

    html = client.get(f"/es/stories/{story.pk}/").content.decode()

    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.parametrize("status", ["submitted", "rejected", "withdrawn"])
def test_unpublished_stories_are_not_reachable(client, story, status):
    Story.objects.filter(pk=story.pk).update(status=status)

    assert client.get(f"/es/stories/{story.pk}/").status_code == 404
    assert client.get(f"/share-images/stories/{story.pk}.png").status_code == 404


def test_share_links_for_whatsapp_facebook_x_telegram_and_instagram(client, story):
    html = client.get(f"/es/stories/{story.pk}/").content.decode()
    url = f"http%3A%2F%2Ftestserver%2Fes%2Fstories%2F{story.pk}%2F"

    assert f"https://wa.me/?text=La%20cocina%20de%20la%20se%C3%B1ora%20Rosa%20{url}" in html
    assert f"https://www.facebook.com/sharer/sharer.php?u={url}" in html
    assert "https://x.com/intent/post?text=" in html
    assert f"https://t.me/share/url?url={url}" in html
    assert f'href="/share-images/stories/{story.pk}/es/instagram?download=1" download' in html


def test_open_graph_and_twitter_tags(client, story):
    html = client.get(f"/es/stories/{story.pk}/").content.decode()

    assert '<meta property="og:title" content="La cocina de la señora Rosa">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'content="http://testserver/share-images/stories/{story.pk}/es/link"' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_the_share_image_is_1200_by_630_and_kept_in_storage(client, story):
    response = client.get(f"/share-images/stories/{story.pk}/es/link")

    image = Image.open(io.BytesIO(b"".join(response.streaming_content)))
    assert image.size == (1200, 630)
    story.refresh_from_db()
    (card,) = story_cards(story)
    assert default_storage.exists(card)
    client.get(f"/share-images/stories/{story.pk}/es/link")
    assert story_cards(Story.objects.get(pk=story.pk)) == [card]


def test_a_new_title_makes_a_new_share_image_and_deletes_the_old(client, story):
    client.get(f"/share-images/stories/{story.pk}/es/link")
    story.refresh_from_db()
    (old,) = story_cards(story)
    story.title_es = "Un título nuevo"
    story.save()

    client.get(f"/share-images/stories/{story.pk}/es/link")

    story.refresh_from_db()
    (new,) = story_cards(story)
    assert new != old
    assert not default_storage.exists(old)


def test_withdrawal_deletes_every_share_image(client, story):
    for path in ("es/link", "en/link", "pap/instagram"):
        client.get(f"/share-images/stories/{story.pk}/{path}")
    story.refresh_from_db()
    names = story_cards(story)
    assert len(names) == 3

    withdraw_story(story)

    assert not any(default_storage.exists(name) for name in names)


def test_a_withdrawn_story_is_never_served_from_the_cache(client, story):
    assert client.get(f"/es/stories/{story.pk}/").status_code == 200

    withdraw_story(story)

    assert client.get(f"/es/stories/{story.pk}/").status_code == 404
    assert "La cocina" not in client.get("/es/campaigns/somos-encuentro/").content.decode()


def test_related_stories_come_from_the_same_campaign(client, story, chile):
    make_story(chile, title="Otra de Chile")
    make_story(Campaign.objects.get(slug="one-step-closer"), title="Una regional")

    html = client.get(f"/es/stories/{story.pk}/").content.decode()

    assert "Otra de Chile" in html
    assert "Una regional" not in html


@pytest.mark.parametrize("count", [10, 1000])
def test_the_story_page_makes_the_same_number_of_queries_whatever_the_stories(
    client, chile, django_assert_num_queries, count
):
    stories = make_stories(chile, count)

    # Made from nothing: the versions of what it shows, the story with its campaign, its
    # themes, the version of its campaign's pages, the campaign's newest stories as references
    # and then in full for their cards, and the header's campaigns.
    with django_assert_num_queries(7):
        response = client.get(f"/es/stories/{stories[0].pk}/")

    assert response.status_code == 200


def test_a_story_page_made_again_reads_no_story_in_full(
    client, chile, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    stories = make_stories(chile, 10)
    client.get(f"/es/stories/{stories[0].pk}/")

    # The versions of REMOVALS, of the story's page and of CAMPAIGNS, then of its campaign's
    # pages: the story, the campaign's newest stories and their cards are kept.
    with django_assert_num_queries(2) as queries:
        html = client.get(f"/es/stories/{stories[0].pk}/").content.decode()

    assert not any(reads_stories_in_full(query["sql"]) for query in queries.captured_queries)
    assert stories[0].title_es in html
    assert html.count('class="story-card"') == 3


def test_a_story_approved_in_the_campaign_is_among_the_related_stories_at_once(
    client, chile, chile_moderator, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    story = make_stories(chile, 5)[0]
    client.get(f"/es/stories/{story.pk}/")
    waiting = make_story(chile, status=Story.Status.SUBMITTED, title="Aprobada recién")

    approve(story=waiting, moderator=chile_moderator)

    assert "Aprobada recién" in client.get(f"/es/stories/{story.pk}/").content.decode()


def test_a_withdrawn_story_leaves_the_related_stories_of_a_page_made_again(client, chile, settings):
    settings.PAGE_CACHE_SECONDS = 0
    story = make_stories(chile, 3)[0]
    neighbour = make_story(chile, title="Vecina que se retira")
    assert "Vecina que se retira" in client.get(f"/es/stories/{story.pk}/").content.decode()

    withdraw_story(neighbour)

    assert "Vecina que se retira" not in client.get(f"/es/stories/{story.pk}/").content.decode()


def test_a_story_withdrawn_after_its_page_was_made_is_gone_from_the_page_made_again(
    client, chile, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    story = make_story(chile, title="Se irá pronto")
    assert client.get(f"/es/stories/{story.pk}/").status_code == 200

    withdraw_story(story)

    assert client.get(f"/es/stories/{story.pk}/").status_code == 404


def test_a_story_withdrawn_elsewhere_leaves_a_story_page_made_again_reading_no_story_in_full(
    client, chile, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    stories = make_stories(chile, 10)
    elsewhere = make_story(chile, title="Una más antigua")
    client.get(f"/es/stories/{stories[0].pk}/")

    withdraw_story(elsewhere)

    # The versions of what it shows, the story's own (it is still published and unchanged), the
    # version of its campaign's pages and the campaign's newest stories as references: the
    # story and the cards are kept.
    with django_assert_num_queries(4) as queries:
        html = client.get(f"/es/stories/{stories[0].pk}/").content.decode()

    assert not any(reads_stories_in_full(query["sql"]) for query in queries.captured_queries)
    assert stories[0].title_es in html


def test_a_story_corrected_since_its_page_was_made_shows_the_correction_when_made_again(
    client, chile, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    story = make_story(chile, body="Mi vecina vive en la calle Los Olmos 123.")
    client.get(f"/es/stories/{story.pk}/")

    story.body_es = "Mi vecina vive cerca."
    story.save()

    html = client.get(f"/es/stories/{story.pk}/").content.decode()
    assert "Los Olmos" not in html and "Mi vecina vive cerca." in html


def test_a_photo_removed_since_a_story_page_was_made_is_gone_from_the_page_made_again(
    client, story, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    photo = story.photo_files[0]["name"]
    assert photo in client.get(f"/es/stories/{story.pk}/").content.decode()

    # A save of the photo's fields alone.
    story.save(update_fields=story.forget_photo())

    assert photo not in client.get(f"/es/stories/{story.pk}/").content.decode()


def test_a_theme_deleted_in_the_admin_since_a_story_page_was_made_is_gone_from_it(
    client, chile, superuser, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    story = make_story(chile, themes=("community",))
    assert "?theme=community" in client.get(f"/es/stories/{story.pk}/").content.decode()
    client.force_login(superuser)

    client.post(
        "/es/admin/stories/theme/",
        {
            "action": "delete_selected",
            "_selected_action": [Theme.objects.get(slug="community").pk],
            "post": "yes",
        },
    )

    client.logout()
    assert not Theme.objects.filter(slug="community").exists()
    assert "?theme=community" not in client.get(f"/es/stories/{story.pk}/").content.decode()


def test_a_sample_story_is_labelled(client, chile):
    sample = make_story(chile, is_sample=True)

    html = client.get(f"/es/stories/{sample.pk}/").content.decode()

    assert "Historia de muestra" in html


def test_a_story_page_weighs_under_60_kb_compressed(client, story, collected_static):
    html = client.get(f"/es/stories/{story.pk}/").content
    assets = [html]
    for path in re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html.decode()):
        assets.append((Path(collected_static) / path.removeprefix("/static/")).read_bytes())
    for path in re.findall(r'href="(/campaign-colours\.css[^"]*)"', html.decode()):
        assets.append(client.get(path.replace("&amp;", "&")).content)

    compressed = sum(len(gzip.compress(asset)) for asset in assets)

    assert len(assets) >= 4
    assert compressed < 60 * 1024


def test_a_story_of_a_campaign_hidden_since_its_page_was_made_is_gone(client, chile, settings):
    settings.PAGE_CACHE_SECONDS = 0
    story = make_story(chile)
    client.get(f"/es/stories/{story.pk}/")

    chile.is_active = False
    chile.save()

    assert client.get(f"/es/stories/{story.pk}/").status_code == 404


def test_a_campaign_renamed_since_a_story_page_was_made_is_named_anew_on_it(
    client, chile, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    story = make_story(chile)
    client.get(f"/es/stories/{story.pk}/")

    chile.name_es = "Encuentro en Chile"
    chile.save()

    html = client.get(f"/es/stories/{story.pk}/").content.decode()
    assert f'<a href="/es/campaigns/{chile.slug}/">Encuentro en Chile</a>' in html
    assert "· Encuentro en Chile · Somos</title>" in html


def test_a_theme_renamed_since_a_story_page_was_made_shows_its_new_name(client, chile, settings):
    settings.PAGE_CACHE_SECONDS = 0
    story = make_story(chile, themes=("community",))
    client.get(f"/es/stories/{story.pk}/")
    theme = Theme.objects.get(slug="community")

    theme.name_es = "Barrio y vecindad"
    theme.save()

    assert "Barrio y vecindad" in client.get(f"/es/stories/{story.pk}/").content.decode()


def test_a_story_deleted_since_its_page_was_made_is_gone(client, chile, settings):
    settings.PAGE_CACHE_SECONDS = 0
    story = make_story(chile)
    client.get(f"/es/stories/{story.pk}/")

    Story.objects.get(pk=story.pk).delete()

    assert client.get(f"/es/stories/{story.pk}/").status_code == 404


def test_a_withdrawn_storys_address_answers_not_found_from_the_cache(
    client, chile, django_assert_num_queries
):
    story = make_story(chile, title="Se irá pronto")
    address = f"/es/stories/{story.pk}/"
    client.get(address)
    withdraw_story(story)
    assert client.get(address).status_code == 404

    # Only the versions it was kept under: neither the story nor the page is made again.
    with django_assert_num_queries(1):
        response = client.get(address)

    assert response.status_code == 404
    assert "Página no encontrada" in response.content.decode()
    assert "Se irá pronto" not in response.content.decode()


def test_a_story_approved_after_its_address_answered_not_found_is_shown_at_once(
    client, chile, chile_moderator
):
    story = make_story(chile, title="Aún en revisión", status=Story.Status.SUBMITTED)
    address = f"/es/stories/{story.pk}/"
    assert client.get(address).status_code == 404

    approve(story=story, moderator=chile_moderator)

    response = client.get(address)
    assert response.status_code == 200
    assert "Aún en revisión" in response.content.decode()


def test_a_made_up_story_number_answers_not_found_without_filling_the_cache(client, chile):
    for number in range(900_001, 900_006):
        assert client.get(f"/es/stories/{number}/").status_code == 404

    assert [key for key in cache._cache if ":page:" in key] == []
