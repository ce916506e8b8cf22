"""What every e-mail the site sends shares: links to the site's public address, and retries.

E-mails go through the task queue, so that a mail server that is down or slow never holds up a
request; a task that fails queues itself again, later, a few times.
"""

from datetime import timedelta

from django.conf import settings

MAX_ATTEMPTS = 5


def retry_delay(attempt):
    """Minutes to wait before the next attempt: 1, 4, 9, 16…"""
    return timedelta(minutes=attempt * attempt)


def absolute(path):
    """The address of a page on the site, from SITE_URL: never from a request's Host header."""
    return f"{settings.SITE_URL}{path}"
