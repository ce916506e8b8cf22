"""Each campaign shows in its own colours, readable and without inline styles."""

import pytest
from django.core.exceptions import ValidationError

from campaigns.models import Campaign, contrast_ratio


def test_stylesheet_gives_each_campaign_its_colour(client, demo_campaigns):
    response = client.get("/campaign-colours.css")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    css = response.content.decode()
    for campaign in Campaign.objects.all():
        assert f".campaign-{campaign.slug} {{ --campaign: {campaign.colour};" in css


def test_pages_link_the_stylesheet_with_a_fingerprint_that_follows_the_colours(
    client, demo_campaigns
):
    before = client.get("/es/").content.decode()
    campaign = Campaign.objects.get(slug="somos-encuentro")
    campaign.colour = "#204020"
    campaign.save()
    after = client.get("/es/").content.decode()

    def stylesheet_link(html):
        start = html.index('href="/campaign-colours.css?v=')
        return html[start : html.index('"', start + 6)]

    assert stylesheet_link(before) != stylesheet_link(after)


@pytest.mark.parametrize("colour", ["#ffffff", "#000000", "#b3400e", "#f5d90a", "#17559e"])
def test_text_on_a_campaign_colour_meets_wcag_aa(colour):
    campaign = Campaign(colour=colour)

    assert contrast_ratio(colour, campaign.text_colour) >= 4.5


@pytest.mark.parametrize("colour", ["red", "#fff", "#12345g", "#1234567", "#123456;}"])
def test_a_colour_that_is_not_hex_is_refused(db, colour):
    campaign = Campaign(
        slug="test", name_es="Prueba", tagline_es="Prueba", introduction_es="Prueba", colour=colour
    )

    with pytest.raises(ValidationError) as error:
        campaign.full_clean()

    assert "colour" in error.value.message_dict
