"""Real Chromium, driven by Playwright, against Django's live server.

Debian's /usr/bin/chromium is used because Playwright's own browser download cannot reach
its host from here. CI sets BROWSER_TESTS=required so a missing browser fails there.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings

from demo.campaigns import load_campaigns
from demo.stories import load_consent_texts, load_themes

CHROMIUM = Path("/usr/bin/chromium")
# Quiet on a closed network: no background connections Chromium would wait on.
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session", autouse=True)
def static_files_as_in_production():
    """Let WhiteNoise serve the collected, hashed files, as in production.

    The live server's own static handler looks in the source folders, where hashed names
    do not exist, so pages would lose their CSS and scripts.
    """
    from django.contrib.staticfiles.handlers import StaticFilesHandler

    original = StaticFilesHandler._should_handle
    StaticFilesHandler._should_handle = lambda self, path: False
    yield
    StaticFilesHandler._should_handle = original


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = "Debian's chromium is not installed: apt-get install -y chromium"
        if os.environ.get("BROWSER_TESTS") == "required":
            pytest.fail(message)
        pytest.skip(message)
    # Playwright's sync API runs an event loop in this thread; the ORM calls made by
    # fixtures here are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(live_server, transactional_db):
    """The live site with the demo content; its URL."""
    load_campaigns()
    load_themes()
    load_consent_texts()
    return live_server.url


@pytest.fixture
def phone(browser):
    """A page on a phone-sized screen whose browser prefers Spanish."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="es-PE")
    page = context.new_page()
    yield page
    context.close()


AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
SERIOUS = {"serious", "critical"}


@pytest.fixture
def axe():
    if not AXE.exists():
        message = "axe-core is not installed: run `npm ci` (make test does when npm is there)"
        if os.environ.get("BROWSER_TESTS") == "required":
            pytest.fail(message)
        pytest.skip(message)
    return AXE


def serious_violations(page, axe_path):
    """axe's serious and critical findings. axe is run through the browser's debugging
    protocol, which the page's strict policy does not govern, so journeys keep that policy."""
    page.evaluate(axe_path.read_text())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
        if v["impact"] in SERIOUS
    ]
