"""Moderators approve, reject, hold and feature stories; every decision is on the record."""

import pytest

from moderation import decisions
from moderation.models import Decision, ScreeningFinding
from stories.models import Story
from tests.factories import make_story, management_link, staff_client, submitted

CHANGELIST = "/es/admin/stories/story/"


def act(client, action, stories, **extra):
    data = {"action": action, "_selected_action": [s.pk for s in stories], **extra}
    return client.post(CHANGELIST + "?status__exact=submitted", data, follow=True)


def test_the_queue_opens_on_stories_waiting_for_review_with_counts(peru_moderator, peru_story):
    client = staff_client(peru_moderator)

    response = client.get(CHANGELIST)

    assert response.status_code == 302
    assert response["Location"].endswith("?status__exact=submitted")
    html = client.get(response["Location"]).content.decode()
    assert "Mi primer trabajo en Lima" in html
    assert "Enviada: 1" in html


def test_approving_publishes_the_story_with_a_date(client, peru_moderator, chile_story, chile):
    story = make_story(chile, status=Story.Status.SUBMITTED, published_at=None)

    decisions.approve(story=story, moderator=_superuser(peru_moderator), flags_confirmed=False)

    story.refresh_from_db()
    assert story.status == Story.Status.APPROVED
    assert story.published_at is not None
    assert client.get(f"/es/stories/{story.pk}/").status_code == 200
    assert Decision.objects.get(story=story).action == Decision.Action.APPROVE


def _superuser(user):
    user.is_superuser = True
    user.save()
    return user


def test_approving_a_flagged_story_asks_for_a_second_confirmation(peru_moderator, peru_story):
    client = staff_client(peru_moderator)

    first = act(client, "approve_selected", [peru_story])

    assert "¿Aprobar historias con alertas de revisión?" in first.content.decode()
    peru_story.refresh_from_db()
    assert peru_story.status == Story.Status.SUBMITTED

    act(client, "approve_selected", [peru_story], flags_confirmed="yes")

    peru_story.refresh_from_db()
    assert peru_story.status == Story.Status.APPROVED


def test_rejecting_asks_for_a_reason_and_the_author_sees_it(peru_moderator, peru_story):
    client = staff_client(peru_moderator)

    form = act(client, "reject_selected", [peru_story]).content.decode()
    assert 'type="radio" name="reason"' in form
    assert "checked" not in form
    note = "Quita tu número de teléfono y envíala de nuevo."
    preview = act(client, "reject_selected", [peru_story], reason="personal_data", note=note)
    assert Story.objects.get(pk=peru_story.pk).status == Story.Status.SUBMITTED
    assert note in preview.content.decode()

    act(client, "reject_selected", [peru_story], reason="personal_data", note=note, confirmed="yes")

    peru_story.refresh_from_db()
    assert peru_story.status == Story.Status.REJECTED
    decision = Decision.objects.get(story=peru_story)
    assert (decision.reason, decision.note) == (
        "personal_data",
        "Quita tu número de teléfono y envíala de nuevo.",
    )


def test_a_story_held_for_protection_is_off_the_site_and_its_reason_internal(
    peru_moderator, peru_story
):
    act(staff_client(peru_moderator), "hold_selected", [peru_story])

    peru_story.refresh_from_db()
    assert peru_story.status == Story.Status.HELD
    assert peru_story.rejection_reason == ""
    assert not Story.objects.published().filter(pk=peru_story.pk).exists()


def test_bulk_approval_asks_for_confirmation_then_publishes_every_story(peru_moderator, peru):
    stories = [make_story(peru, status="submitted", published_at=None) for _ in range(3)]
    client = staff_client(peru_moderator)

    page = act(client, "approve_selected", stories)

    assert "¿Publicar estas historias?" in page.content.decode()
    assert not Story.objects.filter(status="approved").exists()

    act(client, "approve_selected", stories, flags_confirmed="yes")

    assert Story.objects.filter(pk__in=[s.pk for s in stories], status="approved").count() == 3
    assert Decision.objects.filter(action="approve").count() == 3


def test_two_moderators_deciding_at_once_end_with_one_decision(
    peru_moderator, second_peru_moderator, peru
):
    other = second_peru_moderator
    story = make_story(peru, status="submitted", published_at=None)
    decisions.approve(story=story, moderator=peru_moderator)

    with pytest.raises(decisions.DecisionConflict):
        decisions.reject(story=story, moderator=other, reason="spam")

    story.refresh_from_db()
    assert story.status == Story.Status.APPROVED
    assert Decision.objects.filter(story=story).count() == 1


def test_the_second_moderator_gets_a_clear_message(peru_moderator, second_peru_moderator, peru):
    other = second_peru_moderator
    story = make_story(peru, status="submitted", published_at=None)
    decisions.approve(story=story, moderator=peru_moderator)

    response = act(staff_client(other), "reject_selected", [story], reason="spam", confirmed="yes")

    assert "1 historia seleccionada ya no está en esta lista" in response.content.decode()


def test_featuring_and_unfeaturing_are_recorded(peru_moderator, peru):
    story = make_story(peru)

    decisions.set_featured(story=story, moderator=peru_moderator, featured=True)
    decisions.set_featured(story=story, moderator=peru_moderator, featured=False)

    assert list(
        Decision.objects.filter(story=story).order_by("id").values_list("action", flat=True)
    ) == ["feature", "unfeature"]


def test_the_audit_trail_cannot_be_changed_or_deleted(peru_moderator, peru_story, superuser):
    decision = decisions.hold_for_protection(story=peru_story, moderator=peru_moderator)

    with pytest.raises(PermissionError):
        decision.save()
    with pytest.raises(PermissionError):
        decision.delete()
    with pytest.raises(PermissionError):
        Decision.objects.all().delete()
    admin = staff_client(superuser)
    assert admin.get(f"/es/admin/moderation/decision/{decision.pk}/delete/").status_code == 403
    assert admin.post(f"/es/admin/moderation/decision/{decision.pk}/change/").status_code == 403
    assert Decision.objects.count() == 1


def test_the_author_sees_a_rejection_with_its_reason_and_note(client, story_data, superuser):
    response = client.post("/es/share/", story_data())
    _link, token = management_link(response.content.decode())
    story = Story.objects.get()

    decisions.reject(
        story=story, moderator=superuser, reason="personal_data", note="Quita tu apellido."
    )

    html = client.get(f"/es/my-story/{token}/").content.decode()
    assert "Motivo: Contiene datos personales" in html
    assert "Quita tu apellido." in html


def test_the_author_of_a_held_story_sees_only_that_it_is_under_review(
    client, story_data, superuser
):
    response = client.post("/es/share/", story_data())
    _link, token = management_link(response.content.decode())
    story = Story.objects.get()

    decisions.hold_for_protection(
        story=story, moderator=superuser, note="Menciona amenazas: contactar a protección."
    )

    html = client.get(f"/es/my-story/{token}/").content.decode()
    assert "En espera de revisión." in html
    assert "amenazas" not in html
    assert "protección" not in html


def test_flags_found_after_the_list_was_shown_ask_for_confirmation(
    peru_moderator, peru, monkeypatch
):
    story = submitted(peru, title="Pan", body="Trabajo en una panadería de Surquillo.")
    assert not story.findings.exists()
    locked = decisions._locked

    def screened_meanwhile(story, moderator, *, allowed):
        # Another moderator's edit is screened between the list and this approval.
        ScreeningFinding.objects.create(
            story=story, language="es", field="body", kind="phone", start=0, end=4
        )
        return locked(story, moderator, allowed=allowed)

    monkeypatch.setattr(decisions, "_locked", screened_meanwhile)

    response = act(staff_client(peru_moderator), "approve_selected", [story])

    assert response.status_code == 200
    assert "¿Aprobar historias con alertas de revisión?" in response.content.decode()
    story.refresh_from_db()
    assert story.status == Story.Status.SUBMITTED
