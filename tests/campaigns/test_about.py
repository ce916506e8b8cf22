"""Each campaign says who runs it, who answers for the data and how to ask about it."""

import re

import pytest
from django.core import mail

from campaigns.models import Campaign
from tests.factories import change_form_data, staff_client


@pytest.mark.parametrize("language", ["es", "en", "pt", "pap"])
def test_every_footer_links_to_the_about_page(client, demo_content, language):
    for page in (f"/{language}/", f"/{language}/pledge/", f"/{language}/search/"):
        html = client.get(page).content.decode()
        assert f'href="/{language}/about/"' in html, page


def test_the_privacy_page_sends_people_to_the_about_page(client, demo_content):
    html = client.get("/en/privacy/").content.decode()

    assert '<a href="/en/about/">About and contact</a>' in html


def test_each_campaign_names_who_answers_for_the_data_and_where_to_write(client, demo_content):
    html = client.get("/es/about/").content.decode()

    for campaign in Campaign.objects.active():
        assert f'id="{campaign.slug}"' in html
        assert campaign.data_controller_es in html
        assert f'href="mailto:{campaign.contact_email}"' in html
    assert "Respondemos en un plazo de 30 días" in html


def test_the_about_page_is_in_the_visitors_language(client, demo_content):
    html = client.get("/pap/about/").content.decode()

    assert "Ofisina di datos di Somos Encuentro" in html
    assert "Skirbi nos na e direkshon di kontakto" in html


def test_without_its_own_words_the_page_says_where_to_write(client, demo_content):
    Campaign.objects.filter(slug="somos-encuentro").update(
        contact_email="privacidad@example.org", data_requests_es=""
    )

    html = client.get("/es/about/").content.decode()

    assert 'escribe a <a href="mailto:privacidad@example.org">privacidad@example.org</a>' in html


def test_the_demo_names_no_real_person_nor_real_address(client, demo_content):
    html = client.get("/en/about/").content.decode()
    about = html[html.index("<main") : html.index("</main>")]

    addresses = re.findall(r"[\w.+-]+@[\w.-]+", about)
    assert addresses and all(address.endswith("@example.org") for address in addresses)
    assert not re.search(r"\+?\d[\d ()-]{7,}", about)
    assert len(mail.outbox) == 0


def test_the_credits_name_the_fonts_licence(client, demo_content):
    html = client.get("/pt/about/").content.decode()

    assert "SIL Open Font License 1.1" in html
    assert re.search(
        r'href="/static/fonts/OFL\.[0-9a-f]+\.txt"|href="/static/fonts/OFL\.txt"', html
    )


def test_an_editor_sets_who_answers_for_the_data_in_the_admin(editor, chile):
    client = staff_client(editor)
    url = f"/es/admin/campaigns/campaign/{chile.pk}/change/"
    data = change_form_data(client, url)
    data.update(
        contact_email="privacidad@example.org",
        data_controller_es="Asociación de ejemplo, Santiago",
        data_requests_es="Escríbenos y respondemos en 15 días.",
    )

    response = client.post(url, data)

    assert response.status_code == 302
    html = client.get("/es/about/").content.decode()
    assert "Asociación de ejemplo, Santiago" in html
    assert 'href="mailto:privacidad@example.org"' in html
    assert "respondemos en 15 días" in html
