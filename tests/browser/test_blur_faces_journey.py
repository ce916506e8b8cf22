"""On a 390 x 844 phone, a storyteller asks for the faces in the photo to be blurred, checks the
blurred photo, sends the story, and once a moderator approves it the published photo is blurred."""

import io

import numpy as np
import pytest
from django.core.files.storage import default_storage
from PIL import Image
from playwright.sync_api import expect
from skimage.metrics import structural_similarity

from moderation.decisions import approve
from stories.models import Story
from tests.browser.conftest import serious_violations
from tests.browser.test_content_security import refusals
from tests.factories import STORY_BODY
from tests.images import face_photo

pytestmark = pytest.mark.browser


def test_a_storyteller_sees_the_faces_blurred_before_sending(
    site, phone, peru_moderator, tmp_path, axe
):
    content, box = face_photo()
    photo = tmp_path / "IMG_3007.jpg"
    photo.write_bytes(content)
    refused = refusals(phone)

    phone.goto(site + "/es/share/")
    phone.locator("#id_campaign").select_option(label="Tu Causa es mi Causa (Perú)")
    phone.locator("#id_title").fill("Mi vecina de Surquillo")
    phone.locator("#id_body").fill(STORY_BODY)
    phone.get_by_label("Anónimo").check()
    phone.get_by_label("migrante").check()
    phone.locator("#id_country").select_option(label="Perú")
    expect(phone.locator("#id_blur_faces")).to_be_hidden()
    phone.locator("#id_photo").set_input_files(str(photo))
    phone.get_by_label("Difuminar las caras de mi foto").check()
    phone.locator("#id_photo_alt").fill("Mi vecina sonriendo")
    for name in ("consent_publication", "consent_photo", "consent_age"):
        phone.locator(f"#id_{name}").check()
    phone.get_by_role("button", name="Enviar mi historia").click()

    check = phone.get_by_role("region", name="Revisa tu foto antes de enviar tu historia")
    expect(check).to_be_visible()
    expect(check.get_by_role("img")).to_be_visible()
    expect(check).to_contain_text("Difuminamos 1 cara.")
    assert Story.objects.count() == 0
    assert serious_violations(phone, axe) == []
    assert refused == []
    check.get_by_role("button", name="Enviar mi historia").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Gracias por tu historia")

    story = Story.objects.get()
    assert story.blur_requested
    approve(story=story, moderator=peru_moderator)
    phone.goto(site + f"/es/stories/{story.pk}/")
    image = phone.get_by_role("img", name="Mi vecina sonriendo")
    expect(image).to_be_visible()
    shown = image.evaluate("img => img.currentSrc").split("/media/", 1)[1]
    with default_storage.open(shown) as file:
        stored = Image.open(file).convert("RGB")
    scale = stored.width / 1024
    x0, y0, x1, y1 = (round(v * scale) for v in box)
    original = Image.open(io.BytesIO(content)).convert("RGB").resize(stored.size)
    similarity = structural_similarity(
        np.asarray(original)[y0:y1, x0:x1],
        np.asarray(stored)[y0:y1, x0:x1],
        channel_axis=2,
        data_range=255,
    )
    assert similarity < 0.3
