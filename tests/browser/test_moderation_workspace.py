"""A Peru moderator takes a story from "waiting" to "published" without leaving its page, on a
laptop and on a phone, in Spanish."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from stories.models import Story
from tests.browser.conftest import serious_violations
from tests.factories import PASSWORD, submitted

pytestmark = pytest.mark.browser

SCREENS = {"laptop": (1280, 800), "phone": (390, 844)}
# Set to a folder to keep the screenshots of the journey, to look at them.
SCREENSHOTS = os.environ.get("SCREENSHOT_DIR")


def no_horizontal_scroll(page):
    return page.evaluate(
        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def assert_accessible(page, axe):
    page.wait_for_load_state("load")
    found = serious_violations(page, axe)
    assert found == [], [(violation["id"], violation["nodes"]) for violation in found]


def shoot(page, name):
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("screen", SCREENS)
def test_a_moderator_redacts_and_publishes_from_the_story_page(
    site, browser, axe, peru, peru_moderator, screen
):
    width, height = SCREENS[screen]
    story = submitted(
        peru,
        title="Pan de Surquillo",
        body="Trabajo en una panadería de Surquillo. Para pedidos, mi cel 987 654 321.",
    )
    context = browser.new_context(
        viewport={"width": width, "height": height}, locale="es-PE", bypass_csp=True
    )
    page = context.new_page()
    page.goto(site + "/es/admin/login/?next=/es/admin/")
    page.locator("#id_username").fill("rosa.peru")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("input[type=submit]").click()

    waiting = page.get_by_role("link", name="1 en espera")
    expect(waiting).to_be_visible()
    shoot(page, f"{screen}-home")
    assert_accessible(page, axe)
    waiting.click()

    expect(page.get_by_role("link", name="Pan de Surquillo")).to_be_visible()
    assert no_horizontal_scroll(page)
    shoot(page, f"{screen}-queue")
    assert_accessible(page, axe)
    page.get_by_role("link", name="Pan de Surquillo").click()

    expect(page.locator("mark.finding")).to_have_text("987 654 321")
    expect(page.locator(".finding-kind").first).to_have_text("[número de teléfono]")
    shoot(page, f"{screen}-story")
    assert_accessible(page, axe)
    page.get_by_role("button", name="Retirar").click()
    expect(page.locator(".messagelist")).to_contain_text("Se reemplazó en todos los idiomas")
    expect(page.locator("mark.finding")).to_have_count(0)

    page.get_by_role("button", name="Aprobar y publicar").click()
    expect(page.locator(".messagelist")).to_contain_text("1 historia publicada")
    expect(page).to_have_url(site + f"/es/admin/stories/story/{story.pk}/change/")
    assert Story.objects.get(pk=story.pk).status == Story.Status.APPROVED

    for language in ("es", "en"):
        page.goto(site + f"/{language}/stories/{story.pk}/")
        expect(page.locator(".story__body")).to_contain_text("mi cel [teléfono retirado]")
        expect(page.locator(".story__body")).not_to_contain_text("987")
    context.close()
