"""After sending a story, the private link is copied with one tap, and the author's page of a
published story offers it to share."""

from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from moderation.decisions import approve, edit
from stories.models import Story
from tests.factories import STORY_BODY, make_staff

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, site):
    """A phone whose browser lets the site write to the clipboard and read it back."""
    context = browser.new_context(viewport={"width": 360, "height": 780}, locale="es-PE")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site)
    page = context.new_page()
    yield page
    context.close()


def send_story(page, site):
    page.goto(site + "/es/share/?campaign=tu-causa-es-mi-causa")
    page.get_by_label("Título").fill("La cocina de la señora Rosa")
    page.get_by_role("textbox", name="Tu historia").fill(STORY_BODY)
    page.get_by_label("Comida").check()
    page.get_by_label("Anónimo").check()
    page.get_by_label("migrante").check()
    page.get_by_label("País donde vives").select_option(label="Perú")
    page.get_by_label("Ciudad").fill("Lima")
    for checkbox in (
        page.locator("#field-consent_publication, #field-consent_photo, #field-consent_age")
        .get_by_role("checkbox")
        .all()
    ):
        checkbox.check()
    page.get_by_role("button", name="Enviar mi historia").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gracias por tu historia")
    return page.locator(".private-link__url a").inner_text()


def test_the_private_link_is_copied_with_one_tap(page, site):
    link = send_story(page, site)

    page.get_by_role("button", name="Copiar el enlace").click()

    expect(page.get_by_role("status").filter(has_text="Enlace copiado")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == link
    whatsapp = page.get_by_role("link", name="Por WhatsApp, a tu propio chat")
    assert whatsapp.get_attribute("href").endswith(quote(link, safe=""))


def test_without_javascript_the_link_is_there_and_no_dead_button(browser, site):
    context = browser.new_context(java_script_enabled=False, locale="es-PE")
    page = context.new_page()

    link = send_story(page, site)

    assert "/es/my-story/" in link
    expect(page.get_by_role("button", name="Copiar el enlace")).to_be_hidden()
    context.close()


def test_the_author_of_a_published_story_sees_its_link_and_the_changes(page, site):
    link = send_story(page, site)
    story = Story.objects.get()
    moderator = make_staff("rosa.peru", superuser=True)
    edit(
        story=story,
        moderator=moderator,
        changes={"body_es": story.original_body.replace("La señora Rosa", "Nuestra vecina")},
    )
    approve(story=story, moderator=moderator, flags_confirmed=True)

    page.goto(link)

    expect(page.get_by_role("heading", name="Lo que cambiaron los moderadores")).to_be_visible()
    expect(page.locator(".changes__text del")).to_have_text("eliminado: La señora Rosa")
    page.get_by_role("link", name="Ver tu historia en el sitio").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("La cocina de la señora Rosa")
