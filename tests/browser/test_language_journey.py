"""A visitor switches language and stays on the page they were reading."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_visitor_switches_to_papiamentu_then_english_on_the_same_page(site, phone):
    phone.goto(site + "/")
    expect(phone.locator("html")).to_have_attribute("lang", "es")

    phone.get_by_role("link", name="Privacidad").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Privacidad")

    phone.locator("nav.languages").get_by_role("link", name="Papiamentu").click()
    expect(phone.locator("html")).to_have_attribute("lang", "pap")
    expect(phone.get_by_role("heading", level=1)).to_have_text("Privasidat")
    assert phone.url == site + "/pap/privasidat/"

    phone.locator("nav.languages").get_by_role("link", name="English").click()
    expect(phone.locator("html")).to_have_attribute("lang", "en")
    expect(phone.get_by_role("heading", level=1)).to_have_text("Privacy")
    assert phone.url == site + "/en/privacy/"


def test_home_reads_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False, locale="pt-BR")
    page = context.new_page()

    page.goto(site + "/")

    expect(page.locator("html")).to_have_attribute("lang", "pt")
    expect(page.get_by_role("heading", name="Reduzindo a Distância")).to_be_visible()
    context.close()
