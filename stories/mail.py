"""The e-mail that gives an author their private link, sent by the task worker with retries.

The task carries the story's id only: the worker derives the link from the story's submission
key, so no link is ever stored in the queue. It is sent in the language of the page the author
used, and never logs the address.
"""

import logging

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from somos.mail import MAX_ATTEMPTS, absolute, retry_delay

from .models import Story
from .submission import management_token

logger = logging.getLogger(__name__)


@task()
def send_management_link(story_id, language, attempt=1):
    """E-mail the author their private link; try again later if the mail fails."""
    story = Story.objects.filter(pk=story_id).first()
    if story is None or not story.contact_email or story.is_withdrawn:
        return "nothing to send"
    with translation.override(language):
        token = management_token(story.submission_key)
        context = {"story": story, "link": absolute(reverse("stories:manage", args=[token]))}
        subject = render_to_string("stories/email/management_link_subject.txt", context).strip()
        message = render_to_string("stories/email/management_link.txt", context)
    try:
        send_mail(subject, message, None, [story.contact_email])
    except Exception as error:
        logger.warning(
            "The private link of story %s could not be mailed on attempt %s: %s",
            story_id,
            attempt,
            type(error).__name__,
        )
        if attempt >= MAX_ATTEMPTS:
            return "gave up"
        send_management_link.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
            story_id, language, attempt + 1
        )
        return "will retry"
    return "sent"
