import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command

from campaigns.demo import load_campaign_details, load_campaigns
from stories.demo import load_consent_texts, load_themes

LANGUAGES = ["es", "en", "pt", "pap"]


@pytest.fixture(scope="session", autouse=True)
def collected_static(tmp_path_factory):
    """Hashed, compressed static files, as production serves them."""
    settings.STATIC_ROOT = str(tmp_path_factory.mktemp("static"))
    call_command("collectstatic", interactive=False, verbosity=0)
    return settings.STATIC_ROOT


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test stores its files in a folder of its own."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counts and cached pages do not leak from one test to the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def no_minimum_fill_time(settings):
    """Tests fill forms faster than people; the tests of that rule set it back."""
    settings.FORM_MIN_FILL_SECONDS = 0


@pytest.fixture
def demo_campaigns(db):
    """The three launch campaigns, as `load_demo` creates them."""
    load_campaigns()


@pytest.fixture
def demo_content(demo_campaigns):
    """Campaigns with their facts and partners, themes and consent texts, as `load_demo`
    creates them (without the sample stories)."""
    load_campaign_details()
    load_themes()
    load_consent_texts()
