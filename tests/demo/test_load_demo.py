"""`load_demo` fills the launch campaigns and can run again without changing anything."""

from django.core.management import call_command
from django.forms.models import model_to_dict

from campaigns.models import Campaign
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
