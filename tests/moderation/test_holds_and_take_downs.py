"""A held story becomes public only by a decision on it; any published story can be taken down."""

import pytest
from django.core import mail
from django.core.files.storage import default_storage

from moderation import decisions
from moderation.models import Decision
from stories.models import Story
from stories.share_images import story_cards
from tests.factories import make_story, staff_client, submitted

CHANGELIST = "/es/admin/stories/story/"


def select_all(client, action, shown, **extra):
    """The action on every story of the queue of submitted stories, as "select all" sends it:
    the rows shown are ticked, and the action is asked for all of the list."""
    data = {
        "action": action,
        "index": "0",
        "select_across": "1",
        "_selected_action": [story.pk for story in shown],
        **extra,
    }
    return client.post(CHANGELIST + "?status__exact=submitted", data, follow=True)


@pytest.fixture
def held(peru, peru_moderator):
    story = submitted(peru, title="Mi barrio", body="Vivo con mi familia en Lima desde 2019.")
    decisions.hold_for_protection(story=story, moderator=peru_moderator)
    return story


def test_select_all_and_approve_leaves_a_held_story_held(peru, peru_moderator, held):
    waiting = submitted(peru, title="Pan de Surquillo", body="Trabajo en una panadería.")
    client = staff_client(peru_moderator)

    select_all(client, "approve_selected", [waiting], flags_confirmed="yes")

    assert Story.objects.get(pk=waiting.pk).status == Story.Status.APPROVED
    assert Story.objects.get(pk=held.pk).status == Story.Status.HELD


def test_select_all_and_reject_leaves_a_held_story_held(peru, peru_moderator, held):
    waiting = submitted(peru, title="Pan de Surquillo", body="Trabajo en una panadería.")

    select_all(
        staff_client(peru_moderator), "reject_selected", [waiting], reason="spam", confirmed="yes"
    )

    assert Story.objects.get(pk=waiting.pk).status == Story.Status.REJECTED
    assert Story.objects.get(pk=held.pk).status == Story.Status.HELD


@pytest.mark.parametrize("decide", ["approve", "reject"])
def test_a_held_story_is_refused_until_its_hold_is_released(peru_moderator, held, decide):
    options = {"flags_confirmed": True} if decide == "approve" else {"reason": "spam"}

    with pytest.raises(decisions.DecisionConflict, match="primero levanta la retención"):
        getattr(decisions, decide)(story=held, moderator=peru_moderator, **options)

    assert Story.objects.get(pk=held.pk).status == Story.Status.HELD


def test_releasing_a_hold_needs_a_reason_and_is_on_the_record(peru_moderator, held):
    client = staff_client(peru_moderator)
    data = {"action": "release_hold_selected", "_selected_action": [held.pk]}

    asked = client.post(CHANGELIST + "?status__exact=held", data)
    empty = client.post(CHANGELIST + "?status__exact=held", {**data, "note": "  "})
    client.post(CHANGELIST + "?status__exact=held", {**data, "note": "Habló con nosotras."})

    assert "Levantar la retención" in asked.content.decode()
    assert "Indica el motivo" in empty.content.decode()
    assert Story.objects.get(pk=held.pk).status == Story.Status.SUBMITTED
    release = Decision.objects.get(story=held, action="release")
    assert release.note == "Habló con nosotras."


def test_the_confirmation_page_shows_each_story_status(peru, peru_moderator):
    stories = [submitted(peru, title=f"Historia {n}", body="Texto.") for n in range(2)]
    data = {"action": "approve_selected", "_selected_action": [s.pk for s in stories]}

    html = staff_client(peru_moderator).post(CHANGELIST, data).content.decode()

    assert html.count("<td>enviada</td>") == 2


@pytest.fixture
def published(peru, story_data, phone_photo, client):
    client.post(
        "/es/share/",
        story_data(photo=phone_photo(), photo_alt="Mi cocina", contact_email="ana@example.org"),
    )
    story = Story.objects.get()
    Story.objects.filter(pk=story.pk).update(status="approved", published_at=story.submitted_at)
    return Story.objects.get(pk=story.pk)


def take_down(client, story, **fields):
    data = {"action": "take_down_selected", "_selected_action": [story.pk], **fields}
    return client.post(CHANGELIST + "?status__exact=approved", data, follow=True)


def test_a_published_story_is_taken_down_at_once_and_the_author_told(
    client, peru_moderator, published, django_capture_on_commit_callbacks
):
    page = f"/es/stories/{published.pk}/"
    assert client.get(page).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        take_down(staff_client(peru_moderator), published, reason="personal_data", note="Nombre.")

    assert client.get(page).status_code == 404
    story = Story.objects.get(pk=published.pk)
    assert (story.status, story.rejection_reason) == ("rejected", "personal_data")
    entry = Decision.objects.get(story=story, action="take_down")
    assert (entry.reason, entry.note, entry.moderator) == (
        "personal_data",
        "Nombre.",
        peru_moderator,
    )
    assert "Somos" in mail_subject_sent_to("ana@example.org")


def test_a_story_taken_down_for_the_author_protection_is_held_in_silence(
    client, peru_moderator, published, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        take_down(staff_client(peru_moderator), published, for_protection="yes")

    assert client.get(f"/es/stories/{published.pk}/").status_code == 404
    assert Story.objects.get(pk=published.pk).status == Story.Status.HELD
    assert mail_subject_sent_to("ana@example.org") is None


def test_only_the_photo_is_removed_with_every_size_and_share_card(
    client, peru_moderator, published
):
    page = f"/es/stories/{published.pk}/"
    client.get(f"/share-images/stories/{published.pk}/es/link")
    client.get(f"/share-images/stories/{published.pk}/en/instagram")
    story = Story.objects.get(pk=published.pk)
    files = [f["name"] for f in story.photo_files] + story_cards(story)
    assert len(files) == len(story.photo_files) + 2
    assert all(default_storage.exists(name) for name in files)
    assert story.photo_files[0]["name"] in client.get(page).content.decode()

    staff_client(peru_moderator).post(
        CHANGELIST + "?status__exact=approved",
        {"action": "remove_photo_selected", "_selected_action": [story.pk], "confirmed": "yes"},
    )

    assert not any(default_storage.exists(name) for name in files)
    html = client.get(page).content.decode()
    assert "La cocina de la señora Rosa" in html
    assert "photos/" not in html
    assert Decision.objects.filter(story=story, action="rm_photo").exists()


def test_a_moderator_of_another_campaign_cannot_take_a_story_down(chile_moderator, published):
    take_down(staff_client(chile_moderator), published, reason="spam")

    assert Story.objects.get(pk=published.pk).status == Story.Status.APPROVED


def mail_subject_sent_to(address):
    from django_tasks_db.models import DBTaskResult

    from moderation.notifications import send_decision_email

    for result in DBTaskResult.objects.all():
        send_decision_email.call(*result.args_kwargs["args"])
    sent = [m for m in mail.outbox if address in m.to and "enlace" not in m.subject.lower()]
    return sent[-1].subject if sent else None


def test_a_story_taken_down_is_not_editable_back_to_public(peru_moderator, peru):
    story = make_story(peru)
    decisions.take_down(story=story, moderator=peru_moderator, reason="spam")

    with pytest.raises(decisions.DecisionConflict):
        decisions.set_featured(story=story, moderator=peru_moderator, featured=True)
