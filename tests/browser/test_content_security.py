"""Under the strict Content-Security-Policy, nothing on the site is refused by the browser."""

import pytest
from playwright.sync_api import expect

from tests.factories import PASSWORD, submitted

pytestmark = pytest.mark.browser


def refusals(page):
    messages = []
    page.on(
        "console",
        lambda message: (
            messages.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text
            else None
        ),
    )
    return messages


def test_public_pages_and_the_admin_work_under_the_policy(site, browser, peru, peru_moderator):
    story = submitted(peru, title="Pan de Surquillo", body="Trabajo en una panadería.")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    refused = refusals(page)

    for path in ("/es/", "/es/campaigns/tu-causa-es-mi-causa/", "/es/share/", "/es/pledge/"):
        response = page.goto(site + path)
        assert "script-src 'self'" in response.headers["content-security-policy"]

    change_page = f"/es/admin/stories/story/{story.pk}/change/"
    page.goto(site + f"/es/admin/login/?next={change_page}")
    page.locator("#id_username").fill("rosa.peru")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("input[type=submit]").click()
    expect(page).to_have_url(site + change_page)
    expect(page.locator(".ui-tabs").first).to_be_visible()

    assert refused == []
    context.close()


def test_the_policy_forbids_inline_code_and_framing(client, db):
    policy = client.get("/es/")["Content-Security-Policy"]

    assert "'unsafe-inline'" not in policy
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy
