"""On a phone, a storyteller who forgot the photo consent ticks it and sends the story without
choosing the photo again; once approved, the story shows the photo."""

import pytest
from playwright.sync_api import expect

from moderation.decisions import approve
from stories.models import Story
from tests.browser.conftest import serious_violations
from tests.browser.test_content_security import refusals
from tests.factories import STORY_BODY
from tests.images import phone_jpeg

pytestmark = pytest.mark.browser


def fill_the_story(phone, site, photo):
    phone.goto(site + "/es/share/")
    phone.locator("#id_campaign").select_option(label="Tu Causa es mi Causa (Perú)")
    phone.locator("#id_title").fill("La cocina de la señora Rosa")
    phone.locator("#id_body").fill(STORY_BODY)
    phone.get_by_label("Anónimo").check()
    phone.get_by_label("migrante").check()
    phone.locator("#id_country").select_option(label="Perú")
    phone.locator("#id_photo").set_input_files(str(photo))
    phone.locator("#id_photo_alt").fill("Rosa y yo cocinando")
    phone.locator("#id_consent_publication").check()
    phone.locator("#id_consent_age").check()


def test_the_photo_survives_a_missing_consent(site, phone, peru_moderator, tmp_path, axe):
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(phone_jpeg())
    refused = refusals(phone)

    fill_the_story(phone, site, photo)
    phone.get_by_role("button", name="Enviar mi historia").click()

    expect(phone.locator("#error-summary")).to_be_visible()
    expect(phone.locator("#field-consent_photo .field__error")).to_be_visible()
    expect(phone.locator(".kept-photo__preview")).to_be_visible()
    expect(phone.get_by_label("Conservar esta foto")).to_be_checked()
    assert serious_violations(phone, axe) == []
    assert refused == []

    phone.locator("#id_consent_photo").check()
    phone.get_by_role("button", name="Enviar mi historia").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Gracias por tu historia")

    story = Story.objects.get()
    approve(story=story, moderator=peru_moderator)
    phone.goto(site + f"/es/stories/{story.pk}/")
    image = phone.get_by_role("img", name="Rosa y yo cocinando")
    expect(image).to_be_visible()
    assert image.evaluate("img => img.naturalWidth") > 0
