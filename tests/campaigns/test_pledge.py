"""The pledge of non-discrimination: no name, counted per campaign, shared on its thanks page."""

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
    assert "Gracias por tu compromiso" in thanks
    assert Pledge.objects.get().country == "CL"
    assert (
        "1 persona ha asumido el compromiso con esta campaña."
        in client.get("/es/campaigns/somos-encuentro/").content.decode()
    )
    assert "1 persona ya asumió el compromiso." in client.get("/es/").content.decode()


def test_a_pledge_is_counted_at_once_on_a_campaign_page_made_again_with_its_count_kept(
    client, pledge_data, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 0
    campaign_page = "/es/campaigns/somos-encuentro/"
    assert "Sé la primera persona" in client.get(campaign_page).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/es/pledge/", pledge_data())

    assert "1 persona ha asumido" in client.get(campaign_page).content.decode()


def test_the_pledge_asks_no_name_as_it_shows_none(client, pledge_data):
    html = client.get("/es/pledge/").content.decode()

    assert 'name="first_name"' not in html
    assert client.post("/es/pledge/", pledge_data(first_name="Camila")).status_code == 302
    assert not hasattr(Pledge.objects.get(), "first_name")


def test_the_thanks_page_offers_share_buttons_for_the_campaign(client, pledge_data):
    thanks = client.get(client.post("/es/pledge/", pledge_data())["Location"]).content.decode()

    url = "http%3A%2F%2Ftestserver%2Fes%2Fcampaigns%2Fsomos-encuentro%2F"
    assert f"https://www.facebook.com/sharer/sharer.php?u={url}" in thanks
    assert "https://wa.me/?text=" in thanks and "%23SomosEncuentro" in thanks
    assert 'value="http://testserver/es/campaigns/somos-encuentro/"' in thanks


def test_a_pledge_without_country_gets_a_message(client, pledge_data):
    response = client.post("/es/pledge/", pledge_data(country=""))

    assert response.status_code == 400
    assert "Elige una de las opciones." in response.content.decode()
    assert "selected>Somos Encuentro" in response.content.decode()
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
