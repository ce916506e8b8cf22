"""A moderator redacts the public text; the author's original stays, the change is recorded."""

from moderation.models import Decision, ScreeningFinding
from stories.models import Story
from tests.factories import change_form_data, staff_client


def test_redacting_keeps_the_original_records_the_change_and_screens_again(
    peru_moderator, peru_story
):
    client = staff_client(peru_moderator)
    url = f"/es/admin/stories/story/{peru_story.pk}/change/"
    assert ScreeningFinding.objects.filter(story=peru_story, kind="phone").exists()
    data = change_form_data(client, url)
    data["body_es"] = "Trabajo en una panadería de Surquillo. Si alguien necesita pan, pregunte."

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    story = Story.objects.get(pk=peru_story.pk)
    assert story.body_es.endswith("pregunte.")
    assert "987 654 321" in story.submitted_body
    decision = Decision.objects.get(story=story, action="redact")
    assert "987 654 321" in decision.before["body"]
    assert "987 654 321" not in decision.after["body"]
    assert not ScreeningFinding.objects.filter(story=story).exists()


def test_the_change_page_highlights_findings_and_shows_the_redaction(peru_moderator, peru_story):
    client = staff_client(peru_moderator)
    url = f"/es/admin/stories/story/{peru_story.pk}/change/"

    html = client.get(url).content.decode()

    assert (
        '<mark class="finding finding--phone">987 654 321</mark>'
        '<small class="finding-kind">[número de teléfono]</small>'
    ) in html

    Story.objects.filter(pk=peru_story.pk).update(body_es="Texto sin teléfono.")
    html = client.get(url).content.decode()
    assert "<del>" in html and "<ins>" in html


def test_an_edit_of_the_author_fields_is_on_the_record(peru_moderator, peru_story):
    client = staff_client(peru_moderator)
    url = f"/es/admin/stories/story/{peru_story.pk}/change/"
    data = change_form_data(client, url)
    data["city"] = ""
    data.pop("show_city", None)

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    story = Story.objects.get(pk=peru_story.pk)
    assert (story.city, story.show_city) == ("", False)
    edit = Decision.objects.get(story=story, action="edit")
    assert edit.moderator == peru_moderator
    assert edit.after == {"fields": ["city", "show_city"]}
    assert not Decision.objects.filter(story=story, action="redact").exists()


def test_saving_without_changes_writes_nothing_and_records_nothing(peru_moderator, peru_story):
    client = staff_client(peru_moderator)
    url = f"/es/admin/stories/story/{peru_story.pk}/change/"
    updated = Story.objects.get(pk=peru_story.pk).updated_at

    client.post(url, change_form_data(client, url))

    assert Story.objects.get(pk=peru_story.pk).updated_at == updated
    assert not Decision.objects.filter(story=peru_story).exists()
