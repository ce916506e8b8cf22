"""The pledge of non-discrimination: a first name at most, counted per campaign."""

import pytest
from django.core.cache import cache

from campaigns.models import Campaign, Pledge
from somos.forms import new_form_token
from tests.factories import make_story


@pytest.fixture
def pledge_data(demo_content):
    chile = Campaign.objects.get(slug="somos-encuentro")

    def make(**changes):
        data = {
            "campaign": str(chile.pk),
            "first_name": "Camila",
            "country": "CL",
            "website": "",
            "form_token": new_form_token(),
        }
        data.update(changes)
        return data

    return make


def test_the_pledge_page_asks_no_email(client, pledge_data):
    html = client.get("/es/pledge/?campaign=somos-encuentro").content.decode()

    assert 'type="email"' not in html
    assert "No discriminaré" in html


def test_a_pledge_is_counted_on_the_campaign_and_the_home_page(client, pledge_data):
    response = client.post("/es/pledge/", pledge_data())

    assert response.status_code == 302
    thanks = client.get(response["Location"]).content.decode()
    assert "¡Gracias, Camila!" in thanks
    assert Pledge.objects.get().country == "CL"
    assert (
        "1 persona ha asumido el compromiso con esta campaña."
        in client.get("/es/campaigns/somos-encuentro/").content.decode()
    )
    assert "1 persona ya asumió el compromiso." in client.get("/es/").content.decode()


def test_the_first_name_is_optional(client, pledge_data):
    assert client.post("/es/pledge/", pledge_data(first_name="")).status_code == 302
    assert Pledge.objects.get().first_name == ""


def test_a_pledge_without_country_gets_a_message(client, pledge_data):
    response = client.post("/es/pledge/", pledge_data(country=""))

    assert response.status_code == 400
    assert "Elige una de las opciones." in response.content.decode()
    assert 'value="Camila"' in response.content.decode()
    assert Pledge.objects.count() == 0


def test_the_honeypot_stops_a_bot(client, pledge_data):
    response = client.post("/es/pledge/", pledge_data(website="spam"))

    assert response.status_code == 400
    assert Pledge.objects.count() == 0


def test_one_address_cannot_pledge_without_limit(client, pledge_data):
    for _ in range(10):
        client.post("/es/pledge/", pledge_data())

    response = client.post("/es/pledge/", pledge_data())

    assert response.status_code == 429
    assert Pledge.objects.count() == 10


def test_a_pledge_leaves_cached_pages_in_place_and_reaches_their_counts_when_made_again(
    client, pledge_data
):
    before = client.get("/es/campaigns/somos-encuentro/").content

    client.post("/es/pledge/", pledge_data())

    assert client.get("/es/campaigns/somos-encuentro/").content == before
    cache.clear()
    assert client.get("/es/campaigns/somos-encuentro/").content != before


def test_a_pledge_leaves_story_pages_in_the_cache(client, pledge_data, django_assert_num_queries):
    story = make_story(Campaign.objects.get(slug="somos-encuentro"))
    client.get(f"/es/stories/{story.pk}/")

    client.post("/es/pledge/", pledge_data())

    # Only the versions of what the page shows are read: the page itself comes from the cache.
    with django_assert_num_queries(1):
        assert client.get(f"/es/stories/{story.pk}/").status_code == 200
