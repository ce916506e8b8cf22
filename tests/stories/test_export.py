"""Open data of published stories, and a private export only on explicit confirmation."""

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command

from campaigns.models import Campaign
from stories.models import ConsentText, Story
from tests.factories import make_story


@pytest.fixture
def chile_stories(demo_content):
    chile = Campaign.objects.get(slug="somos-encuentro")
    make_story(
        chile,
        title="Publicada",
        author_name="Ana María Rojas",
        author_display="first_name",
        contact_email="ana@example.org",
        consent_text=ConsentText.objects.get(version="2026-11", language="es"),
        show_city=False,
    )
    make_story(chile, title="En revisión", status=Story.Status.SUBMITTED)
    return chile


def export(*args):
    output = io.StringIO()
    call_command("export_stories", *args, stdout=output)
    return output.getvalue()


def test_open_data_has_published_stories_and_no_private_field(chile_stories):
    rows = list(csv.DictReader(io.StringIO(export("somos-encuentro"))))

    assert [row["title"] for row in rows] == ["Publicada"]
    row = rows[0]
    assert row["author"] == "Ana"
    assert row["city"] == ""
    for private in ("ana@example.org", "Ana María Rojas", "Lima"):
        assert private not in json.dumps(row)
    assert "contact_email" not in row


def test_open_data_as_json(chile_stories):
    (row,) = json.loads(export("somos-encuentro", "--format", "json"))

    assert row["title"] == "Publicada"
    assert "contact_email" not in row


def test_the_private_export_is_refused_without_confirmation(chile_stories):
    with pytest.raises(CommandError, match="--i-understand"):
        export("somos-encuentro", "--private")


def test_the_private_export_adds_names_emails_and_consent(chile_stories):
    (row,) = json.loads(
        export("somos-encuentro", "--private", "--i-understand", "--format", "json")
    )

    assert row["contact_email"] == "ana@example.org"
    assert row["author_name"] == "Ana María Rojas"
    assert (row["consent_version"], row["consent_language"]) == ("2026-11", "es")


def test_an_unknown_campaign_is_a_clear_error(chile_stories):
    with pytest.raises(CommandError, match="No campaign"):
        export("no-such-campaign")
