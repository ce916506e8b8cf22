"""On a phone, a storyteller sends a story with a photo, keeps the private link and withdraws."""

import pytest
from playwright.sync_api import expect

from stories.models import Story
from tests.factories import STORY_BODY
from tests.images import phone_jpeg

pytestmark = pytest.mark.browser


def test_storyteller_shares_a_story_with_a_photo_then_withdraws_it(site, phone, tmp_path):
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(phone_jpeg())

    phone.goto(site + "/es/")
    phone.get_by_role("link", name="Comparte tu historia").first.click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Comparte tu historia")

    phone.get_by_label("Campaña (obligatorio)").select_option(label="Tu Causa es mi Causa (Perú)")
    phone.get_by_label("Título").fill("La cocina de la señora Rosa")
    phone.get_by_role("textbox", name="Tu historia").fill(STORY_BODY)
    phone.get_by_label("Comida").check()
    phone.get_by_label("Solo mi nombre de pila").check()
    phone.get_by_label("Tu nombre").fill("María José")
    phone.get_by_label("migrante").check()
    phone.get_by_label("País donde vives").select_option(label="Perú")
    phone.get_by_label("Ciudad").fill("Lima")
    phone.get_by_label("Foto", exact=True).set_input_files(str(photo))
    phone.get_by_label("Describe tu foto").fill("Rosa y yo cocinando")
    for checkbox in (
        phone.locator("#field-consent_publication, #field-consent_photo, #field-consent_age")
        .get_by_role("checkbox")
        .all()
    ):
        checkbox.check()
    phone.get_by_role("button", name="Enviar mi historia").click()

    expect(phone.get_by_role("heading", level=1)).to_have_text("Gracias por tu historia")
    link = phone.locator(".private-link__url a").inner_text()
    assert "/es/my-story/" in link

    phone.goto(link)
    expect(phone.get_by_text("En espera de revisión.")).to_be_visible()
    expect(phone.get_by_text("María · migrante · Lima")).to_be_visible()
    expect(phone.get_by_role("img", name="Rosa y yo cocinando")).to_be_visible()

    phone.get_by_role("link", name="Retirar mi historia").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("¿Retirar tu historia?")
    phone.get_by_role("button", name="Sí, retirar y borrar mi historia").click()

    expect(phone.get_by_text("Tu historia fue retirada.")).to_be_visible()
    story = Story.objects.get()
    assert story.status == Story.Status.WITHDRAWN
    assert story.photo_files == []
