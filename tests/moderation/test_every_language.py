"""Every language a story is published in is screened, and redaction reaches it."""

import pytest

from moderation import decisions
from moderation.models import ScreeningFinding
from moderation.screening import screen_story
from stories.models import Story
from tests.factories import change_form_data, make_story, staff_client, submitted

PHONE_IN_ENGLISH = "I work at a bakery. Call me on 987 654 321."


def test_screening_looks_at_every_language_version(peru):
    story = submitted(peru, title="Pan", body="Trabajo en una panadería.")
    Story.objects.filter(pk=story.pk).update(title_en="Bread", body_en=PHONE_IN_ENGLISH)
    story.refresh_from_db()

    screen_story(story)

    finding = ScreeningFinding.objects.get(story=story)
    assert (finding.language, finding.field, finding.kind) == ("en", "body", "phone")
    assert PHONE_IN_ENGLISH[finding.start : finding.end] == "987 654 321"


def test_a_reviewed_translation_with_findings_cannot_be_approved_unconfirmed(peru, peru_moderator):
    story = submitted(peru, title="Pan", body="Trabajo en una panadería.")
    Story.objects.filter(pk=story.pk).update(
        title_en="Bread", body_en=PHONE_IN_ENGLISH, translation_status={"en": "reviewed"}
    )
    screen_story(Story.objects.get(pk=story.pk))

    with pytest.raises(decisions.OpenFlags):
        decisions.approve(story=story, moderator=peru_moderator)

    assert Story.objects.get(pk=story.pk).status == Story.Status.SUBMITTED


def test_a_draft_translation_does_not_hold_up_the_original(peru, peru_moderator):
    story = submitted(peru, title="Pan", body="Trabajo en una panadería.")
    Story.objects.filter(pk=story.pk).update(
        title_en="Bread", body_en=PHONE_IN_ENGLISH, translation_status={"en": "draft"}
    )
    screen_story(Story.objects.get(pk=story.pk))

    decisions.approve(story=story, moderator=peru_moderator)

    assert Story.objects.get(pk=story.pk).status == Story.Status.APPROVED


def test_a_translation_with_findings_cannot_be_marked_reviewed(peru_moderator, peru):
    story = make_story(peru, title="Pan", body="Trabajo en una panadería.")
    client = staff_client(peru_moderator)
    url = f"/es/admin/stories/story/{story.pk}/change/"
    data = change_form_data(client, url)
    data.update(title_en="Bread", body_en=PHONE_IN_ENGLISH, translation_status_en="reviewed")

    response = client.post(url, data)

    assert response.status_code == 200
    assert "translation_status_en" in response.context["adminform"].form.errors
    assert client.get(f"/en/stories/{story.pk}/").content.decode().count("987 654 321") == 0


def test_redacting_the_original_sends_reviewed_translations_back_to_drafts(
    client, peru_moderator, peru
):
    story = make_story(peru, title="Pan", body="Trabajo en una panadería. Mi cel 987 654 321.")
    Story.objects.filter(pk=story.pk).update(
        title_en="Bread",
        body_en="I work at a bakery. My phone 987-654-321.",
        translation_status={"en": "reviewed"},
    )
    moderator = staff_client(peru_moderator)
    url = f"/es/admin/stories/story/{story.pk}/change/"
    data = change_form_data(moderator, url)
    data["body_es"] = "Trabajo en una panadería."

    moderator.post(url, data)

    story.refresh_from_db()
    assert story.translation_status == {"en": "draft"}
    html = client.get(f"/en/stories/{story.pk}/").content.decode()
    assert "987" not in html
    assert "Trabajo en una panadería." in html


def test_translations_start_from_the_redacted_text(peru_moderator, peru):
    story = submitted(peru, title="Pan", body="Trabajo aquí. Mi cel 987 654 321.")
    moderator = staff_client(peru_moderator)
    url = f"/es/admin/stories/story/{story.pk}/change/"
    data = change_form_data(moderator, url)
    data["body_es"] = "Trabajo aquí."
    moderator.post(url, data)

    decisions.start_translations(story=story, moderator=peru_moderator)

    story.refresh_from_db()
    assert {story.body_en, story.body_pt, story.body_pap} == {"Trabajo aquí."}
    assert not ScreeningFinding.objects.filter(story=story).exists()
