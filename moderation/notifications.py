"""E-mails about stories, sent by the task worker and retried when the mail server fails.

Authors who left an address hear of an approval or a rejection, in the language they wrote in;
never of a protection hold. Each campaign's moderators get one digest of new submissions at an
interval. Logs name stories by id only: no address or story text is ever logged.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks import task

from campaigns.models import Campaign
from somos.mail import MAX_ATTEMPTS, absolute, retry_delay
from stories.models import Story

from .models import Digest

logger = logging.getLogger(__name__)


def decision_email(story):
    """The subject and text that tell the author the story's outcome, in its language."""
    with translation.override(story.language):
        context = {"story": story, "link": absolute(story.get_absolute_url())}
        if story.status == Story.Status.APPROVED:
            template = "approved"
        else:
            # A rejected story that had been published was taken down.
            template = "taken_down" if story.published_at else "rejected"
        subject = render_to_string(f"moderation/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"moderation/email/{template}.txt", context)
    return subject, body


@task()
def send_decision_email(story_id, attempt=1):
    """Tell the author the outcome of their story; try again later if the mail fails."""
    story = Story.objects.select_related("campaign").filter(pk=story_id).first()
    if story is None or not story.contact_email:
        return "nothing to send"
    if story.status not in (Story.Status.APPROVED, Story.Status.REJECTED):
        return "nothing to send"
    subject, body = decision_email(story)
    try:
        send_mail(subject, body, None, [story.contact_email])
    except Exception as error:
        logger.warning(
            "Mail about story %s failed on attempt %s: %s", story_id, attempt, type(error).__name__
        )
        if attempt >= MAX_ATTEMPTS:
            return "gave up"
        send_decision_email.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
            story_id, attempt + 1
        )
        return "will retry"
    return "sent"


def notify_author(story):
    """Queue the e-mail about a decision once the decision is committed."""
    if story.contact_email and story.status in (Story.Status.APPROVED, Story.Status.REJECTED):
        transaction.on_commit(lambda: send_decision_email.enqueue(story.pk))


@task()
def send_moderator_digests():
    """Send each campaign's moderators one e-mail about stories submitted since the last one."""
    now = timezone.now()
    interval = timedelta(minutes=settings.DIGEST_INTERVAL_MINUTES)
    sent = 0
    for campaign in Campaign.objects.filter(moderator_assignments__isnull=False).distinct():
        last = campaign.digests.order_by("-sent_at").first()
        if last and now - last.sent_at < interval:
            continue
        since = last.sent_at if last else now - interval
        waiting = Story.objects.filter(
            campaign=campaign, status=Story.Status.SUBMITTED, submitted_at__gte=since
        ).count()
        if waiting:
            addresses = sorted(
                {a.user.email for a in campaign.moderator_assignments.select_related("user")} - {""}
            )
            queue = absolute(reverse("admin:stories_story_changelist") + "?status__exact=submitted")
            with translation.override(settings.LANGUAGE_CODE):
                context = {"campaign": campaign, "count": waiting, "queue": queue}
                subject = render_to_string("moderation/email/digest_subject.txt", context).strip()
                body = render_to_string("moderation/email/digest.txt", context)
            send_mail(subject, body, None, addresses)
            sent += 1
        Digest.objects.create(campaign=campaign, story_count=waiting)
    schedule_digests(after=interval)
    return sent


def schedule_digests(after=timedelta(0)):
    """Queue the next digest run, unless one is already waiting."""
    from django_tasks_db.models import DBTaskResult

    path = f"{send_moderator_digests.func.__module__}.{send_moderator_digests.func.__name__}"
    if DBTaskResult.objects.filter(task_path=path, status="READY").exists():
        return False
    send_moderator_digests.using(run_after=timezone.now() + after).enqueue()
    return True


@task()
def send_password_reset(user_id, language, domain, use_https):
    """E-mail a staff member the link to choose a new password, made here so none is stored."""
    user = get_user_model().objects.filter(pk=user_id, is_staff=True, is_active=True).first()
    if user is None or not user.email or not user.has_usable_password():
        return "nothing to send"
    with translation.override(language):
        context = {
            "email": user.email,
            "domain": domain,
            "site_name": domain,
            "uid": urlsafe_base64_encode(force_bytes(user.pk)),
            "user": user,
            "token": default_token_generator.make_token(user),
            "protocol": "https" if use_https else "http",
        }
        subject = render_to_string("registration/password_reset_subject.txt", context)
        body = render_to_string("registration/password_reset_email.html", context)
    send_mail("".join(subject.splitlines()), body, None, [user.email])
    return "sent"
