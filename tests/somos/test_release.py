"""The release digest in every page key covers all the code, templates and translations."""

from pathlib import Path

from django.conf import settings
from django.test import override_settings

from somos.pagecache import release_sources

BASE = Path(settings.BASE_DIR).resolve()


def test_every_app_templates_and_translations_shape_the_release():
    sources = release_sources()

    for folder in ("somos", "campaigns", "stories", "moderation", "demo", "templates", "locale"):
        assert BASE / folder in sources
    assert not any(".venv" in source.parts for source in sources)


def test_a_new_app_shapes_the_release_without_being_listed_anywhere_else():
    # The tests package stands for an app added to the project tomorrow.
    with override_settings(INSTALLED_APPS=[*settings.INSTALLED_APPS, "tests"]):
        assert BASE / "tests" in release_sources()
    assert BASE / "tests" not in release_sources()
