"""Share images that fit: a portrait card for Instagram, a card for links, with the story's
picture, in the language of the page they were shared from."""

import io

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from stories.models import Story
from stories.share_images import story_card, story_cards, story_share_image
from stories.withdrawal import withdraw_story
from tests.factories import make_story


@pytest.fixture
def story(chile, client, story_data, phone_photo):
    """A story in Spanish sent with a photo, approved, with a reviewed English translation."""
    data = story_data(
        campaign=str(chile.pk), photo=phone_photo(), photo_alt="Carmen y yo en la feria"
    )
    client.post("/es/share/", data)
    story = Story.objects.get()
    story.status = Story.Status.APPROVED
    story.published_at = story.submitted_at
    story.title_en = "Mrs Rosa's kitchen"
    story.body_en = "I arrived in Lima in 2018 with my daughter and a suitcase."
    story.translation_status = {"en": "reviewed"}
    story.save()
    return story


def image_of(response):
    return Image.open(io.BytesIO(b"".join(response.streaming_content))).convert("RGB")


def test_the_instagram_image_is_a_1080_by_1350_portrait(client, story):
    response = client.get(f"/share-images/stories/{story.pk}/es/instagram?download=1")

    assert image_of(response).size == (1080, 1350)
    assert response["Content-Disposition"] == (
        f'attachment; filename="somos-{story.pk}-instagram.jpg"'
    )


def test_the_story_page_offers_the_portrait_image_and_announces_the_link_card(client, story):
    html = client.get(f"/en/stories/{story.pk}/").content.decode()

    assert f'href="/share-images/stories/{story.pk}/en/instagram?download=1" download' in html
    assert f'content="http://testserver/share-images/stories/{story.pk}/en/link"' in html


def test_the_cards_show_the_storys_photo_from_its_stored_web_sizes(client, story, chile):
    stored = {file["name"] for file in story.photo_files}

    for shape in ("link", "instagram"):
        assert story_card(story, "es", shape)["picture"] in stored
    link = image_of(client.get(f"/share-images/stories/{story.pk}/es/link"))
    portrait = image_of(client.get(f"/share-images/stories/{story.pk}/es/instagram"))

    colour = tuple(int(chile.colour[i : i + 2], 16) for i in (1, 3, 5))

    def is_colour(pixel):
        return all(abs(a - b) <= 4 for a, b in zip(pixel, colour, strict=True))

    assert not is_colour(link.getpixel((1100, 315))) and is_colour(link.getpixel((20, 315)))
    assert not is_colour(portrait.getpixel((540, 300)))
    assert is_colour(portrait.getpixel((20, 1300)))


def test_a_story_without_a_photo_gets_a_card_of_words(chile):
    story = make_story(chile)

    assert story_card(story, "es", "instagram")["picture"] == ""
    assert story_share_image(story, "es", "instagram").endswith(".png")


def test_the_card_is_in_the_language_of_the_page_when_a_reviewed_translation_exists(story):
    english = story_card(story, "en", "instagram")
    portuguese = story_card(story, "pt", "instagram")

    assert english["quote"] == "“Mrs Rosa's kitchen”"
    assert english["excerpt"].startswith("I arrived in Lima")
    assert "host community" in english["attribution"] or "migrant" in english["attribution"]
    # No reviewed Portuguese: the author's words, with the labels in Portuguese.
    assert portuguese["quote"] == "“La cocina de la señora Rosa”"
    assert "migrante" in portuguese["attribution"]


def test_a_draft_translation_is_never_drawn(story):
    story.translation_status = {"en": "draft"}

    assert story_card(story, "en")["quote"] == "“La cocina de la señora Rosa”"


def test_a_sample_story_is_labelled_on_its_card_in_the_pages_language(chile):
    story = make_story(chile, is_sample=True)

    assert story_card(story, "en")["label"] == "Sample story"
    assert story_card(story, "es")["label"] == "Historia de muestra"


def test_each_language_and_shape_has_its_own_card(client, story):
    for path in ("es/link", "en/link", "en/instagram"):
        assert client.get(f"/share-images/stories/{story.pk}/{path}").status_code == 200

    story.refresh_from_db()
    assert len(story_cards(story)) == 3


def test_an_unknown_language_finds_no_card(client, story):
    assert client.get(f"/share-images/stories/{story.pk}/xx/link").status_code == 404


def test_a_portrait_card_drawn_while_the_story_is_withdrawn_is_not_kept(story):
    seen_before_withdrawal = Story.objects.select_related("campaign").get(pk=story.pk)
    withdraw_story(story)

    assert story_share_image(seen_before_withdrawal, "en", "instagram") is None

    folder = f"share/story-{story.pk}/"
    assert not default_storage.exists(folder) or default_storage.listdir(folder)[1] == []


def test_a_card_stored_before_cards_had_a_folder_is_deleted_on_withdrawal(story):
    default_storage.save("share/story-legacy.png", io.BytesIO(b"old card"))
    Story.objects.filter(pk=story.pk).update(share_image="share/story-legacy.png")

    withdraw_story(Story.objects.get(pk=story.pk))

    assert not default_storage.exists("share/story-legacy.png")


def test_a_new_photo_leaves_no_card_of_the_old_one_in_any_language(client, story, phone_photo):
    for path in ("es/link", "pap/instagram"):
        client.get(f"/share-images/stories/{story.pk}/{path}")
    story.refresh_from_db()
    before = story_cards(story)
    # As when the photo's web sizes are made again (blurred, say): new names, new cards.
    story.photo_files = [{**file, "name": file["name"] + ".new"} for file in story.photo_files]
    for old, new in zip(Story.objects.get(pk=story.pk).photo_files, story.photo_files, strict=True):
        default_storage.save(new["name"], default_storage.open(old["name"]))
    story.save()

    client.get(f"/share-images/stories/{story.pk}/es/link")

    story.refresh_from_db()
    assert len(story_cards(story)) == 1
    assert not any(default_storage.exists(name) for name in before)
