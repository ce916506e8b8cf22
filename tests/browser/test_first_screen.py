"""What a visitor sees first, on a phone and on a laptop, in Spanish, English and Papiamentu:
a story's picture, its opening words, its author and the call to share; stories labelled with
their language; cards that are one link each."""

import pytest

from demo.campaigns import load_campaign_details
from demo.stories import load_sample_stories

pytestmark = pytest.mark.browser

SCREENS = {"phone": (360, 800), "laptop": (1280, 800)}


@pytest.fixture
def sample_site(site):
    load_campaign_details()
    load_sample_stories()
    return site


@pytest.fixture
def open_page(browser):
    contexts = []

    def open_page(url, screen):
        width, height = SCREENS[screen]
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        page.goto(url)
        return page

    yield open_page
    for context in contexts:
        context.close()


def within_first_screen(page, selector, screens=1.0):
    """Whether the element is shown, its top within this many screens from the top."""
    box = page.locator(selector).first.bounding_box()
    height = page.viewport_size["height"]
    return (
        box is not None
        and box["height"] > 0
        and box["y"] + min(box["height"], 40) <= height * screens
    )


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("language", ["es", "en", "pap"])
def test_the_home_page_opens_with_a_story_and_the_call_to_share(
    sample_site, open_page, language, screen
):
    page = open_page(f"{sample_site}/{language}/", screen)

    assert within_first_screen(page, ".lead__picture img")
    assert page.locator(".lead__picture img").evaluate(
        "img => img.complete && img.naturalWidth > 0"
    )
    assert within_first_screen(page, ".lead__quote")
    assert page.locator(".lead__quote").inner_text().startswith("“")
    assert within_first_screen(page, ".lead__byline")
    assert within_first_screen(page, ".lead__share a")
    # On a phone the header leaves most of the screen to the story.
    assert page.locator(".site-header").bounding_box()["height"] <= SCREENS[screen][1] * 0.16


@pytest.mark.parametrize("language", ["es", "en", "pap"])
def test_no_counter_shows_zero(sample_site, open_page, language):
    for path in ("/", "/campaigns/tu-causa-es-mi-causa/"):
        page = open_page(f"{sample_site}/{language}{path}", "phone")

        text = page.locator("main").inner_text()
        assert not any(line.strip().startswith("0 ") for line in text.splitlines()), path


def test_on_the_english_site_each_card_not_in_english_says_its_language(sample_site, open_page):
    for path in ("/en/", "/en/campaigns/one-step-closer/"):
        page = open_page(sample_site + path, "laptop")

        cards = page.locator("article.story-card")
        assert cards.count() >= 4
        for index in range(cards.count()):
            card = cards.nth(index)
            label = card.locator(".badge--language")
            if card.get_attribute("lang") == "en":
                assert label.count() == 0
            else:
                assert label.count() == 1
                assert label.inner_text().startswith("Written in ")
                assert label.evaluate("span => span.closest('[lang]').lang") == "en"


@pytest.mark.parametrize("language", ["es", "en", "pap"])
def test_a_campaign_page_shows_a_story_within_one_and_a_half_screens_on_a_phone(
    sample_site, open_page, language
):
    page = open_page(f"{sample_site}/{language}/campaigns/tu-causa-es-mi-causa/", "phone")

    assert within_first_screen(page, "article.story-card .story-card__title", screens=1.5)
    # The filters are there, folded, and open without JavaScript.
    assert page.locator("details.filters").get_attribute("open") is None
    page.locator("details.filters summary").click()
    assert page.locator("details.filters a").first.is_visible()


def test_a_card_is_one_link_that_the_picture_title_and_excerpt_all_open(sample_site, open_page):
    page = open_page(sample_site + "/es/campaigns/somos-encuentro/", "laptop")

    cards = page.locator("article.story-card")
    assert cards.count() >= 6
    for index in range(cards.count()):
        card = cards.nth(index)
        assert card.locator("a, button, input, select, textarea").count() == 1
        link = card.locator("a")
        # Named by the title alone, the link looks like one: underlined in the accent colour.
        assert link.inner_text() == card.locator(".story-card__title").inner_text()
        assert "underline" in link.evaluate("a => getComputedStyle(a).textDecorationLine")
    for part in ("img", ".story-card__excerpt", ".story-card__title"):
        page.goto(sample_site + "/es/campaigns/somos-encuentro/")
        target = page.locator("article.story-card").nth(1).locator(part)
        target.scroll_into_view_if_needed()
        box = target.bounding_box()
        # A click where the visitor sees the picture or the excerpt lands on the card's link.
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_url("**/stories/*/")
        assert page.locator("h1").is_visible()


def test_a_focused_card_shows_it(sample_site, open_page):
    page = open_page(sample_site + "/es/campaigns/somos-encuentro/", "laptop")

    page.locator("article.story-card a").first.focus()

    outline = page.locator("article.story-card").first.evaluate(
        "card => getComputedStyle(card).outlineStyle + ' ' + getComputedStyle(card).outlineWidth"
    )
    assert outline == "solid 3px"


@pytest.mark.parametrize("width", [360, 768, 1280, 1920])
def test_campaign_heroes_keep_their_peoples_heads_in_the_frame(sample_site, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(sample_site + "/en/campaigns/somos-encuentro/")
    image = page.locator(".campaign-hero__image")
    shown = image.evaluate(
        """img => {
            const box = img.getBoundingClientRect();
            const scale = Math.max(box.width / img.naturalWidth, box.height / img.naturalHeight);
            const hidden = img.naturalHeight * scale - box.height;
            // The vertical object-position says how much of what is cut off is cut above.
            const above = parseFloat(getComputedStyle(img).objectPosition.split(" ")[1]) / 100;
            return {top: hidden * above / (img.naturalHeight * scale),
                    bottom: (hidden * above + box.height) / (img.naturalHeight * scale)};
        }"""
    )
    context.close()

    # The heads of the people drawn in a hero stand between 30% and 45% of its height.
    assert shown["top"] <= 0.3 and shown["bottom"] >= 0.45, shown
