"""What waits for a moderator: per campaign of theirs, the stories waiting, the oldest, and
those held."""

from django.db.models import Count, Min, Q

from campaigns.models import Campaign
from stories.models import Story


def waiting_by_campaign(user):
    """For each campaign the user moderates, in the editors' order: how many stories wait, since
    when the oldest has waited, and how many are held for protection."""
    stories = Story.objects.for_moderator(user)
    counts = {
        row["campaign"]: row
        for row in stories.order_by()
        .values("campaign")
        .annotate(
            waiting=Count("pk", filter=Q(status=Story.Status.SUBMITTED), distinct=True),
            held=Count("pk", filter=Q(status=Story.Status.HELD), distinct=True),
            oldest=Min("submitted_at", filter=Q(status=Story.Status.SUBMITTED)),
        )
    }
    campaigns = Campaign.objects.order_by("position", "slug")
    if not user.is_superuser:
        campaigns = campaigns.filter(moderator_assignments__user=user)
    empty = {"waiting": 0, "held": 0, "oldest": None}
    return [{**counts.get(campaign.pk, empty), "campaign": campaign} for campaign in campaigns]
