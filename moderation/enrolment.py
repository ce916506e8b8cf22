"""One-time links to set up two-step verification, made by an administrator for a staff member.

The link is shown once to the administrator, who passes it on; the database keeps only its
SHA-256. Opening it before logging in lets that staff member, and only them, enrol an
authenticator app within ENROLMENT_LINK_HOURS.
"""

import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from stories.models import hash_token

from .models import EnrolmentLink

ENROLMENT_LINK_HOURS = 72
SESSION_KEY = "two_factor_enrolment"


def create_enrolment_link(*, user, created_by):
    """A new link's token for the user; any earlier link of theirs stops working."""
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        EnrolmentLink.objects.filter(user=user, used_at__isnull=True).update(
            expires_at=timezone.now()
        )
        EnrolmentLink.objects.create(
            user=user,
            created_by=created_by,
            token_hash=hash_token(token),
            expires_at=timezone.now() + timedelta(hours=ENROLMENT_LINK_HOURS),
        )
    return token


def usable_link(token):
    return EnrolmentLink.objects.usable().filter(token_hash=hash_token(token)).first()


def may_enrol(request):
    """Whether this session holds a usable enrolment link for the logged-in user."""
    link = EnrolmentLink.objects.usable().filter(
        token_hash=request.session.get(SESSION_KEY, ""), user=request.user
    )
    return link.exists()


def use_link(request):
    """Mark the session's link used, once the authenticator is confirmed."""
    EnrolmentLink.objects.usable().filter(
        token_hash=request.session.pop(SESSION_KEY, ""), user=request.user
    ).update(used_at=timezone.now())
