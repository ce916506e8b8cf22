"""Every public URL carries its language, and the visitor can switch without losing the page."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import override

from tests.conftest import LANGUAGES

# One visible string of the home page, as each language shows it.
SKIP_LINK = {
    "es": "Saltar al contenido principal",
    "en": "Skip to main content",
    "pt": "Pular para o conteúdo principal",
    "pap": "Bai direkt na e kontenido prinsipal",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_is_served_in_each_language(client, demo_campaigns, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert SKIP_LINK[language] in html


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("pap,nl;q=0.8", "/pap/"),
        ("pt-BR,pt;q=0.9", "/pt/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("es-PE,es;q=0.9", "/es/"),
        ("de-DE,de;q=0.9", "/es/"),
    ],
)
def test_root_redirects_by_browser_language(client, db, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected


def test_language_switcher_keeps_the_visitor_on_the_same_page(client, demo_campaigns):
    with override("es"):
        privacy_es = reverse("stories:privacy")
    with override("pap"):
        privacy_pap = reverse("stories:privacy")

    html = client.get(privacy_es).content.decode()

    assert privacy_es.startswith("/es/") and privacy_pap.startswith("/pap/")
    assert re.search(rf'<a href="{privacy_pap}" lang="pap" hreflang="pap">Papiamentu</a>', html)


def test_language_switcher_marks_the_current_language(client, demo_campaigns):
    html = client.get("/pt/").content.decode()

    assert '<a href="/pt/" lang="pt" hreflang="pt" aria-current="true">Português</a>' in html


def test_language_switcher_keeps_the_query_string(client, demo_campaigns):
    html = client.get("/es/?page=2").content.decode()

    assert 'href="/en/?page=2"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_page_announces_its_other_languages(client, demo_campaigns, language):
    html = client.get(f"/{language}/").content.decode()

    for other in LANGUAGES:
        assert (
            f'<link rel="alternate" hreflang="{other}" href="http://testserver/{other}/">' in html
        )


def test_papiamentu_dates_have_papiamentu_month_names():
    with override("pap"):
        assert date_format(datetime.date(2026, 11, 24)) == "24 di novèmber 2026"
