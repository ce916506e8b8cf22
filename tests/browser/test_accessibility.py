"""Every public page passes axe-core in every language, and works from the keyboard alone."""

import json

import pytest
from playwright.sync_api import expect

from campaigns.models import Campaign
from demo.campaigns import load_campaign_details
from demo.drawings import illustration_upload
from somos.images import prepare_photo, store_photo
from stories.models import Story
from tests.browser.conftest import serious_violations
from tests.conftest import LANGUAGES
from tests.factories import make_story

pytestmark = pytest.mark.browser


@pytest.fixture
def story_site(site):
    """The live site with partners, facts, hero images and a published story with a photo."""
    load_campaign_details()
    peru = Campaign.objects.get(slug="tu-causa-es-mi-causa")
    prepared = prepare_photo(illustration_upload("a11y"))
    story = make_story(
        peru,
        themes=["food", "community"],
        title="La cocina de la señora Rosa",
        photo_files=store_photo(prepared),
        photo_width=prepared.width,
        photo_height=prepared.height,
        photo_alt="Ilustración: dos personas bajo el sol",
        video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        featured=True,
    )
    return site, story


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_have_no_serious_accessibility_violation(browser, story_site, axe, language):
    site, story = story_site
    pages = {
        "home": f"/{language}/",
        "campaign": f"/{language}/campaigns/tu-causa-es-mi-causa/",
        "story": f"/{language}/stories/{story.pk}/",
        "share": f"/{language}/share/",
        "pledge": f"/{language}/pledge/",
        "pledge thanks": f"/{language}/pledge/tu-causa-es-mi-causa/thanks/",
        "about": f"/{language}/about/",
    }
    # axe is injected as a script of the test's own, which the site's policy rightly refuses.
    context = browser.new_context(viewport={"width": 390, "height": 844}, bypass_csp=True)
    page = context.new_page()
    found = {}
    for name, path in pages.items():
        page.goto(site + path)
        violations = serious_violations(page, axe)
        if violations:
            found[name] = violations
    context.close()

    assert found == {}, json.dumps(found, indent=2)


def tab_until(page, check, argument, limit=100):
    """Press Tab until `check(activeElement, argument)` holds in the page."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(argument) => ({check})(document.activeElement, argument)", argument):
            return
    raise AssertionError(f"could not reach {argument!r} with the keyboard")


def follow(page):
    """Press Enter on the focused link or button and wait for the next page."""
    with page.expect_navigation():
        page.keyboard.press("Enter")


HAS_TEXT = "(element, text) => (element.innerText || '').trim() === text"
MATCHES = "(element, selector) => element.matches(selector)"


def test_a_visitor_filters_reads_and_pledges_with_the_keyboard_only(browser, story_site):
    site, story = story_site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site + "/es/campaigns/tu-causa-es-mi-causa/")

    # The filters are folded away under one button.
    tab_until(page, HAS_TEXT, "Filtrar las historias")
    page.keyboard.press("Enter")
    tab_until(page, HAS_TEXT, "Comida")
    follow(page)
    expect(page).to_have_url(site + "/es/campaigns/tu-causa-es-mi-causa/?theme=food")

    tab_until(page, HAS_TEXT, "La cocina de la señora Rosa")
    follow(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("La cocina de la señora Rosa")

    tab_until(page, HAS_TEXT, "Tu Causa es mi Causa")
    follow(page)
    tab_until(page, HAS_TEXT, "Asumir el compromiso")
    follow(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("No discriminaré")

    tab_until(page, MATCHES, "#id_country")
    page.keyboard.type("Per")  # type-ahead picks "Perú" in the list
    tab_until(page, MATCHES, "button[type=submit]")
    follow(page)

    expect(page.get_by_role("heading", level=1)).to_have_text("Gracias por tu compromiso")
    assert Story.objects.filter(pk=story.pk).exists()
    context.close()
