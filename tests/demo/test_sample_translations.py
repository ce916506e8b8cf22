"""A few sample stories carry reviewed translations, so that each language's pages open with
stories its visitors can read."""

import re

import pytest
from django.core.management import call_command

from demo.sample_stories import SAMPLE_STORIES
from moderation.screening import screen
from stories.models import Story

TRANSLATED = [sample for sample in SAMPLE_STORIES if sample.get("translations")]


@pytest.mark.parametrize("sample", TRANSLATED, ids=lambda sample: sample["key"])
def test_sample_translations_pass_the_screening_clean(db, sample):
    for text in sample["translations"].values():
        assert screen(text["title"]) == []
        assert screen(text["body"]) == []


def test_sample_translations_are_published_as_reviewed(db):
    call_command("load_demo")

    story = Story.objects.get(submission_key="sample-cl-01")
    assert story.published_languages == ["es", "en", "pap"]


def test_the_papiamentu_home_page_opens_with_a_story_in_papiamentu(client, db):
    call_command("load_demo")

    html = client.get("/pap/").content.decode()

    lead = html[html.index('class="lead"') : html.index('class="featured')]
    assert re.search(r'<blockquote class="lead__quote" lang="pap">', lead)
    assert "Skirbí na" not in lead
