"""What the story model promises to the rest of the site."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import override

from campaigns.models import Campaign
from stories.models import ConsentText, Story


def make_story(**fields):
    campaign = Campaign.objects.get(slug="somos-encuentro")
    defaults = {
        "campaign": campaign,
        "language": "es",
        "title_es": "Una historia",
        "body_es": "Texto",
        "management_token_hash": f"hash-{Story.objects.count()}",
        "submission_key": f"key-{Story.objects.count()}",
    }
    return Story.objects.create(**{**defaults, **fields})


@pytest.mark.parametrize(
    ("fields", "byline"),
    [
        ({"author_display": "full_name"}, "Ana María Rojas · host community · Santiago"),
        ({"author_display": "first_name"}, "Ana · host community · Santiago"),
        ({"author_display": "anonymous"}, "Anonymous · host community · Santiago"),
        ({"author_display": "anonymous", "show_city": False}, "Anonymous · host community · Chile"),
        ({"author_display": "full_name", "author_role": "other"}, "Ana María Rojas · Santiago"),
        ({"author_display": "full_name", "city": ""}, "Ana María Rojas · host community · Chile"),
    ],
)
def test_the_byline_follows_the_authors_choices(demo_campaigns, fields, byline):
    story = make_story(
        **{
            "author_name": "Ana María Rojas",
            "author_role": "host_community",
            "country": "CL",
            "city": "Santiago",
            **fields,
        }
    )

    with override("en"):
        assert story.byline == byline


def test_only_approved_stories_whose_date_has_come_are_published(demo_campaigns):
    now = timezone.now()
    published = make_story(status="approved", published_at=now - timedelta(hours=1))
    make_story(status="approved", published_at=now + timedelta(days=1))
    make_story(status="approved", published_at=None)
    for status in ("submitted", "rejected", "withdrawn"):
        make_story(status=status, published_at=now - timedelta(hours=1))

    assert list(Story.objects.published()) == [published]


def test_a_consent_text_agreed_to_is_never_rewritten(demo_content):
    consent = ConsentText.objects.get(version="2026-11", language="es")
    make_story(consent_text=consent)

    consent.publication = "Otra redacción"
    with pytest.raises(ValidationError):
        consent.save()

    consent.refresh_from_db()
    assert consent.publication.startswith("Acepto que Somos publique")


def test_the_current_consent_text_is_the_newest_version(demo_content):
    newer = ConsentText.objects.create(
        version="2027-01",
        language="pt",
        publication="p",
        photo_rights="f",
        age="i",
        privacy_notice="n",
    )

    assert ConsentText.objects.current("pt") == newer
    assert ConsentText.objects.current("es").version == "2026-11"
