"""The home page shows the three launch campaigns in the visitor's language."""

import re

import pytest

from campaigns.models import Campaign

CAMPAIGN_NAMES = {
    "es": ["Somos Encuentro", "Tu Causa es mi Causa", "Acortemos Distancias"],
    "en": ["Somos Encuentro", "Tu Causa es mi Causa", "One Step Closer"],
    "pt": ["Somos Encuentro", "Tu Causa es mi Causa", "Reduzindo a Distância"],
    "pap": ["Somos Encuentro", "Tu Causa es mi Causa", "One Step Closer"],
}

TAGLINE_OF_CHILE = {
    "es": "¿Qué nos une? Historias de encuentro",
    "en": "What unites us? Stories of encounter",
    "pt": "O que nos une? Histórias de encontro",
    "pap": "Kiko ta uni nos? Historia di enkuentro",
}


@pytest.mark.parametrize("language", CAMPAIGN_NAMES)
def test_home_names_the_three_campaigns(client, demo_campaigns, language):
    html = client.get(f"/{language}/").content.decode()

    for name in CAMPAIGN_NAMES[language]:
        assert name in html
    assert TAGLINE_OF_CHILE[language] in html


def test_home_lists_campaigns_in_the_editors_order(client, demo_campaigns):
    html = client.get("/en/").content.decode()

    positions = [
        html.index(f'id="campaign-{slug}"')
        for slug in Campaign.objects.values_list("slug", flat=True).order_by("position")
    ]
    assert positions == sorted(positions)


def test_inactive_campaign_is_not_shown(client, demo_campaigns):
    Campaign.objects.filter(slug="somos-encuentro").update(is_active=False)

    html = client.get("/es/").content.decode()

    assert "Somos Encuentro" not in html
    assert "Tu Causa es mi Causa" in html


def test_missing_translation_falls_back_to_spanish(client, demo_campaigns):
    Campaign.objects.filter(slug="tu-causa-es-mi-causa").update(tagline_pap=None)

    html = client.get("/pap/").content.decode()

    assert "Peruanos y venezolanos construyendo juntos un futuro común." in html


def test_header_links_to_each_campaign(client, demo_campaigns):
    html = client.get("/es/").content.decode()

    for slug in ["somos-encuentro", "tu-causa-es-mi-causa", "one-step-closer"]:
        assert f'href="/es/campaigns/{slug}/"' in html


@pytest.mark.parametrize(
    ("language", "places"),
    [
        ("es", ["Chile", "Perú", "Campaña regional"]),
        ("pap", ["Chile", "Perú", "Kampaña regional"]),
    ],
)
def test_each_campaign_says_where_it_runs(client, demo_campaigns, language, places):
    html = client.get(f"/{language}/").content.decode()

    shown = re.findall(r'class="campaign-card__place">\s*(.*?)\s*</p>', html)
    assert shown == places
