"""Authors hear of decisions by e-mail, moderators get digests, and a mail failure loses nothing."""

import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from moderation import decisions
from moderation.models import Decision
from moderation.notifications import send_moderator_digests
from stories.models import Story
from tests.factories import submitted


@pytest.fixture
def author_story(peru):
    return submitted(
        peru,
        language="pt",
        title="Pão de cada dia",
        body="Trabalho numa padaria em Lima.",
        contact_email="joana@example.org",
    )


def test_the_author_hears_of_an_approval_in_their_language_with_the_link(
    author_story, peru_moderator, django_capture_on_commit_callbacks, run_worker
):
    with django_capture_on_commit_callbacks(execute=True):
        decisions.approve(story=author_story, moderator=peru_moderator)
    run_worker()

    (message,) = mail.outbox
    assert message.to == ["joana@example.org"]
    assert message.subject == "Sua história foi publicada no Somos"
    assert f"/stories/{author_story.pk}/" in message.body


def test_the_author_hears_of_a_rejection_with_its_reason(
    author_story, peru_moderator, django_capture_on_commit_callbacks, run_worker
):
    with django_capture_on_commit_callbacks(execute=True):
        decisions.reject(
            story=author_story, moderator=peru_moderator, reason="duplicate", note="Já temos."
        )
    run_worker()

    (message,) = mail.outbox
    assert "Já temos." in message.body


def test_a_protection_hold_sends_nothing(
    author_story, peru_moderator, django_capture_on_commit_callbacks, run_worker
):
    with django_capture_on_commit_callbacks(execute=True):
        decisions.hold_for_protection(story=author_story, moderator=peru_moderator)
    run_worker()

    assert mail.outbox == []
    assert not DBTaskResult.objects.exists()


def test_a_failed_mail_is_retried_later_and_the_decision_stands(
    author_story, peru_moderator, settings, caplog, django_capture_on_commit_callbacks, run_worker
):
    settings.EMAIL_BACKEND = "tests.moderation.failing_mail.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        decisions.approve(story=author_story, moderator=peru_moderator)

    with caplog.at_level(logging.WARNING):
        run_worker()

    author_story.refresh_from_db()
    assert author_story.status == Story.Status.APPROVED
    assert Decision.objects.filter(story=author_story, action="approve").exists()
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after > timezone.now()
    assert "joana@example.org" not in caplog.text
    assert "Pão de cada dia" not in caplog.text


def test_moderators_get_one_digest_per_interval(peru, peru_moderator, settings):
    peru_moderator.email = "rosa@example.org"
    peru_moderator.save()
    for number in range(3):
        submitted(peru, title=f"Historia {number}", body="Texto.")

    send_moderator_digests.call()
    send_moderator_digests.call()

    (digest,) = mail.outbox
    assert digest.to == ["rosa@example.org"]
    assert "3" in digest.subject
    assert "Historia 0" not in digest.body


def test_the_next_digest_comes_after_the_interval(peru, peru_moderator, settings):
    peru_moderator.email = "rosa@example.org"
    peru_moderator.save()
    submitted(peru, title="Primera", body="Texto.")
    send_moderator_digests.call()
    peru.digests.update(sent_at=timezone.now() - timedelta(minutes=61))
    submitted(peru, title="Segunda", body="Texto.")

    send_moderator_digests.call()

    assert len(mail.outbox) == 2
