"""`load_demo` fills the launch campaigns and can run again without changing anything."""

import pytest
from django.core.management import call_command
from django.forms.models import model_to_dict

from campaigns.models import Campaign, Fact, MediaContact, Partner
from demo.campaigns import load_campaign_details
from demo.sample_stories import SAMPLE_STORIES
from demo.stories import load_themes
from moderation.screening import screen
from stories.models import Theme
from tests.conftest import LANGUAGES


def snapshot():
    return [model_to_dict(c) for c in Campaign.objects.order_by("slug")]


def test_load_demo_creates_the_three_campaigns_in_four_languages(db):
    call_command("load_demo")

    campaigns = {c.slug: c for c in Campaign.objects.all()}
    assert set(campaigns) == {"somos-encuentro", "tu-causa-es-mi-causa", "one-step-closer"}
    assert campaigns["somos-encuentro"].country == "CL"
    assert campaigns["tu-causa-es-mi-causa"].country == "PE"
    assert campaigns["one-step-closer"].is_regional
    for campaign in campaigns.values():
        for language in LANGUAGES:
            assert getattr(campaign, f"name_{language}")
            assert getattr(campaign, f"tagline_{language}")
            assert getattr(campaign, f"introduction_{language}")


def test_load_demo_twice_changes_nothing(db):
    call_command("load_demo")
    first = snapshot()

    call_command("load_demo")

    assert snapshot() == first


class Interrupted(Exception):
    """Stands for the database or the storage failing half-way through loading."""


def test_themes_are_loaded_whole_or_not_at_all(db, monkeypatch):
    real = Theme.objects.update_or_create
    calls = []

    def third_fails(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise Interrupted
        return real(*args, **kwargs)

    monkeypatch.setattr(Theme.objects, "update_or_create", third_fails)

    with pytest.raises(Interrupted):
        load_themes()

    assert Theme.objects.count() == 0


def test_campaign_details_are_loaded_whole_or_not_at_all(demo_campaigns, monkeypatch):
    def facts_fail(*args, **kwargs):
        raise Interrupted

    monkeypatch.setattr(Fact.objects, "update_or_create", facts_fail)

    with pytest.raises(Interrupted):
        load_campaign_details()

    assert not Partner.objects.exists()
    assert not MediaContact.objects.exists()
    assert not Campaign.objects.exclude(hero_files=[]).exists()


@pytest.mark.parametrize("sample", SAMPLE_STORIES, ids=lambda sample: sample["key"])
def test_every_sample_story_passes_the_screening_clean(db, sample):
    assert screen(sample["title"]) == []
    assert screen(sample["body"]) == []
