"""A campaign's share card: its colours, its tagline and its name."""

from django.utils.text import Truncator


def campaign_card(campaign):
    return {
        "colour": campaign.colour,
        "text_colour": campaign.text_colour,
        "quote": Truncator(campaign.tagline).chars(120),
        "attribution": campaign.name,
        "footer": " · ".join(part for part in ("Somos", campaign.hashtag) if part),
    }
