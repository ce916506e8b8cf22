import pytest

from campaigns.demo import load_campaigns

LANGUAGES = ["es", "en", "pt", "pap"]


@pytest.fixture
def demo_campaigns(db):
    """The three launch campaigns, as `load_demo` creates them."""
    load_campaigns()
