"""Moderators translate stories; visitors see a translation only once it is reviewed."""

from moderation.models import Decision
from stories.models import Story
from tests.factories import change_form_data, staff_client


def test_visitors_see_only_reviewed_translations(client, peru_story):
    Story.objects.filter(pk=peru_story.pk).update(
        status="approved",
        published_at=peru_story.submitted_at,
        title_en="My first job in Lima",
        body_en="I work at a bakery in Surquillo.",
        translation_status={"en": "draft"},
    )

    draft = client.get(f"/en/stories/{peru_story.pk}/").content.decode()
    assert "Originally written in Spanish." in draft
    assert "Mi primer trabajo en Lima" in draft

    story = Story.objects.get(pk=peru_story.pk)
    story.translation_status = {"en": "reviewed"}
    story.save()

    reviewed = client.get(f"/en/stories/{peru_story.pk}/").content.decode()
    assert "<h1>My first job in Lima</h1>" in reviewed
    assert "Translated from Spanish" in reviewed


def test_translations_start_from_the_redacted_text(peru_moderator, peru_story):
    Story.objects.filter(pk=peru_story.pk).update(body_es="Trabajo en una panadería.")

    staff_client(peru_moderator).post(
        "/es/admin/stories/story/",
        {"action": "start_translations", "_selected_action": [peru_story.pk]},
    )

    story = Story.objects.get(pk=peru_story.pk)
    assert story.body_en == story.body_pt == story.body_pap == "Trabajo en una panadería."
    assert "987" not in story.body_en
    assert story.translation_status == {"en": "draft", "pt": "draft", "pap": "draft"}


def test_a_translation_without_text_cannot_be_marked_reviewed(peru_moderator, peru_story):
    client = staff_client(peru_moderator)
    url = f"/es/admin/stories/story/{peru_story.pk}/change/"
    data = change_form_data(client, url)
    data["translation_status_pt"] = "reviewed"

    response = client.post(url, data)

    assert response.status_code == 200
    assert "translation_status_pt" in response.context["adminform"].form.errors
    assert Story.objects.get(pk=peru_story.pk).translation_status == {}


def test_the_translation_tabs_load_nothing_from_other_sites(peru_moderator, peru_story):
    html = (
        staff_client(peru_moderator)
        .get(f"/es/admin/stories/story/{peru_story.pk}/change/")
        .content.decode()
    )

    assert "/static/vendor/jquery-ui/jquery-ui.min" in html
    assert "googleapis" not in html
    assert 'src="//' not in html and 'src="http' not in html


def test_starting_translations_is_on_the_record(peru_moderator, peru_story):
    staff_client(peru_moderator).post(
        "/es/admin/stories/story/",
        {"action": "start_translations", "_selected_action": [peru_story.pk]},
    )

    entry = Decision.objects.get(story=peru_story, action="translate")
    assert entry.moderator == peru_moderator
    assert entry.after == {"languages": ["en", "pt", "pap"]}
