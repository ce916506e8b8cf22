"""Retention: rejected stories and old records are erased after RETENTION_DAYS, tombstones stay."""

import io
import os
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.admin.models import LogEntry
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from moderation.decisions import record_redaction, reject
from moderation.models import Decision
from moderation.retention import purge
from somos.images import prepare_photo, store_photo
from stories.models import Story
from stories.withdrawal import withdraw_story
from tests.factories import change_form_data, make_story, staff_client, submitted


def with_photo(story, phone_photo):
    files = store_photo(prepare_photo(phone_photo()))
    Story.objects.filter(pk=story.pk).update(photo_files=files, photo_alt="Rosa y yo")
    story.refresh_from_db()
    return story


def age(story, days):
    Story.objects.filter(pk=story.pk).update(updated_at=timezone.now() - timedelta(days=days))


@pytest.fixture
def rejected(peru, peru_moderator, phone_photo):
    story = with_photo(
        submitted(peru, contact_email="maria@example.org", author_name="María Pérez"),
        phone_photo,
    )
    reject(
        story=story,
        moderator=peru_moderator,
        reason=Story.RejectionReason.PERSONAL_DATA,
        note="Menciona la calle donde vive María.",
    )
    return Story.objects.get(pk=story.pk)


def row_of(story):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM stories_story WHERE id = %s", [story.pk])
        return repr(cursor.fetchone())


def test_a_story_rejected_longer_than_the_retention_period_is_erased_to_a_tombstone(rejected):
    files = [f["name"] for f in rejected.photo_files]
    age(rejected, 181)

    call_command("purge", stdout=open("/dev/null", "w"))

    tombstone = Story.objects.get(pk=rejected.pk)
    assert tombstone.status == Story.Status.REJECTED
    assert tombstone.rejection_reason == Story.RejectionReason.PERSONAL_DATA
    assert tombstone.campaign_id == rejected.campaign_id
    assert tombstone.submitted_at == rejected.submitted_at
    assert not any(default_storage.exists(name) for name in files)
    for private in ("María", "maria@example.org", "Lima", "photos/", "Rosa y yo", "calle"):
        assert private not in row_of(tombstone)


def test_the_audit_trail_keeps_who_decided_what_but_not_the_words(rejected, peru_moderator):
    age(rejected, 181)

    purge()

    decision = Decision.objects.get(story=rejected)
    assert decision.action == Decision.Action.REJECT
    assert decision.moderator == peru_moderator
    assert decision.reason == Story.RejectionReason.PERSONAL_DATA
    assert decision.note == ""


def test_a_recently_rejected_story_is_kept(rejected):
    age(rejected, 179)

    purge()

    assert Story.objects.get(pk=rejected.pk).submitted_body == rejected.submitted_body


@pytest.mark.parametrize("status", ["approved", "held", "submitted"])
def test_stories_that_were_not_rejected_are_never_purged(peru, status):
    story = make_story(peru, status=status, contact_email="maria@example.org")
    age(story, 1000)

    purge()

    kept = Story.objects.get(pk=story.pk)
    assert kept.body_es == story.body_es != ""
    assert kept.contact_email == "maria@example.org"


def test_the_retention_period_comes_from_the_settings(rejected, settings):
    settings.RETENTION_DAYS = 30
    age(rejected, 31)

    purge()

    assert Story.objects.get(pk=rejected.pk).submitted_body == ""


def test_a_dry_run_counts_and_changes_nothing(rejected):
    age(rejected, 181)

    result = purge(dry_run=True)

    assert result.stories == 1
    assert result.files == len(rejected.photo_files)
    assert Story.objects.get(pk=rejected.pk).submitted_body == rejected.submitted_body


def test_withdrawal_erases_the_authors_words_from_the_audit_trail_at_once(peru, peru_moderator):
    story = make_story(peru, title="La cocina de Rosa", body="Texto " * 30)
    record_redaction(
        story=story,
        moderator=peru_moderator,
        before={"title_es": "La cocina de Rosa Quispe"},
        after={"title_es": "La cocina de Rosa"},
    )

    withdraw_story(story)

    decision = Decision.objects.get(story=story)
    assert decision.action == Decision.Action.REDACT
    assert decision.before == decision.after == {}


def test_old_login_records_are_erased_and_recent_ones_kept(db):
    old = AccessAttempt.objects.create(
        username="rosa", ip_address="203.0.113.7", user_agent="x", failures_since_start=1
    )
    recent = AccessAttempt.objects.create(
        username="pablo", ip_address="203.0.113.8", user_agent="x", failures_since_start=1
    )
    # Log-in records are kept LOGIN_RECORD_DAYS (30), not the 180 days of stories.
    AccessAttempt.objects.filter(pk=old.pk).update(attempt_time=timezone.now() - timedelta(days=31))

    purge()

    assert list(AccessAttempt.objects.values_list("pk", flat=True)) == [recent.pk]


def test_a_storage_failure_leaves_the_story_for_the_next_run(rejected, monkeypatch):
    age(rejected, 181)

    def refuse(name):
        raise OSError("the bucket refused the deletion")

    with monkeypatch.context() as patched:
        patched.setattr(default_storage, "delete", refuse)
        with pytest.raises(CommandError, match=str(rejected.pk)):
            call_command("purge", stdout=open("/dev/null", "w"))
    assert Story.objects.get(pk=rejected.pk).submitted_body == rejected.submitted_body

    call_command("purge", stdout=open("/dev/null", "w"))

    assert Story.objects.get(pk=rejected.pk).submitted_body == ""


def test_the_command_says_what_it_erased(rejected, capsys):
    age(rejected, 181)

    call_command("purge")

    assert "Erased 1 rejected stories (4 files)" in capsys.readouterr().out


def admin_log_of(story):
    return list(
        LogEntry.objects.filter(object_id=str(story.pk)).values_list(
            "object_repr", "change_message"
        )
    )


def edit_in_the_admin(story, moderator):
    client = staff_client(moderator)
    url = f"/es/admin/stories/story/{story.pk}/change/"
    data = change_form_data(client, url)
    data["city"] = "Arequipa"
    assert client.post(url, data).status_code == 302


def test_withdrawal_erases_the_title_from_the_admin_log(peru, peru_moderator):
    story = submitted(peru, title="La panadería de María Pérez")
    edit_in_the_admin(story, peru_moderator)
    assert "La panadería de María Pérez" in repr(admin_log_of(story))

    withdraw_story(story)

    assert "María" not in repr(admin_log_of(story))
    assert admin_log_of(story) == [(f"#{story.pk}", "")]


def test_purge_erases_the_title_from_the_admin_log(rejected, peru_moderator):
    edit_in_the_admin(rejected, peru_moderator)
    age(rejected, 181)

    purge()

    assert "María" not in repr(admin_log_of(rejected))
    assert "trabajo" not in repr(admin_log_of(rejected)).lower()


def test_purge_deletes_stored_files_no_row_names_once_a_day_old(peru, phone_photo):
    left_behind = store_photo(prepare_photo(phone_photo()))
    just_written = store_photo(prepare_photo(phone_photo()))
    kept = with_photo(make_story(peru), phone_photo)
    old = timezone.now() - timedelta(days=2)
    for file in left_behind:
        os.utime(default_storage.path(file["name"]), (old.timestamp(), old.timestamp()))

    output = io.StringIO()
    call_command("check_media", stdout=output)
    result = purge()

    for file in left_behind:
        assert f"named by no row: {file['name']}" in output.getvalue()
        assert not default_storage.exists(file["name"])
    assert result.orphans == len(left_behind)
    assert all(default_storage.exists(f["name"]) for f in just_written + kept.photo_files)
