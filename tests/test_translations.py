"""The four catalogues are complete, and each compiled .mo says what its .po says.

A .mo is compared by content, not by date: a fresh clone gives both files the same time.
"""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import gettext, override

from tests.conftest import LANGUAGES

LOCALE = Path(settings.BASE_DIR) / "locale"


def catalogue(language):
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_is_empty_or_fuzzy(language):
    po = catalogue(language)

    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    assert len(po) > 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language):
    po = catalogue(language)
    mo = polib.mofile(str(LOCALE / language / "LC_MESSAGES" / "django.mo"))

    def entries(catalogue):
        return {
            (e.msgctxt, e.msgid): (e.msgstr, tuple(sorted(e.msgstr_plural.items())))
            for e in catalogue
            if not e.obsolete
        }

    assert entries(mo) == entries(po), f"recompile {language} with `make messages`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_declares_its_plural_forms(language):
    assert catalogue(language).metadata.get("Plural-Forms") == "nplurals=2; plural=(n != 1);"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("es", "Privacidad"), ("en", "Privacy"), ("pt", "Privacidade"), ("pap", "Privasidat")],
)
def test_a_known_string_is_translated(language, expected):
    with override(language):
        assert gettext("Privacy") == expected
