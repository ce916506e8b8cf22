"""Published stories of a campaign as open data, or with private fields for a data request."""

import csv
import json

from django.conf import settings

from .models import Story

PUBLIC_FIELDS = [
    "id",
    "campaign",
    "language",
    "title",
    "story",
    "author",
    "author_role",
    "country",
    "city",
    "themes",
    "published_at",
    "url",
]
PRIVATE_FIELDS = [
    "author_name",
    "contact_email",
    "consent_version",
    "consent_language",
    "consented_at",
]


def story_rows(campaign, *, private=False):
    """One dict a published story: what visitors see, plus private fields when asked."""
    stories = (
        Story.objects.published()
        .filter(campaign=campaign)
        .select_related("campaign", "consent_text")
        .prefetch_related("themes")
        .order_by("published_at", "pk")
    )
    for story in stories:
        row = {
            "id": story.pk,
            "campaign": campaign.slug,
            "language": story.language,
            "title": story.original_title,
            "story": story.original_body,
            "author": str(story.shown_name),
            "author_role": story.author_role,
            "country": story.country,
            "city": story.city if story.show_city else "",
            "themes": ",".join(theme.slug for theme in story.themes.all()),
            "published_at": story.published_at.isoformat(),
            "url": f"{settings.SITE_URL}{story.get_absolute_url()}",
        }
        if private:
            consent = story.consent_text
            row |= {
                "author_name": story.author_name,
                "contact_email": story.contact_email,
                "consent_version": consent.version if consent else "",
                "consent_language": consent.language if consent else "",
                "consented_at": story.consented_at.isoformat() if story.consented_at else "",
            }
        yield row


def write(rows, output, *, file_format, private=False):
    fields = PUBLIC_FIELDS + (PRIVATE_FIELDS if private else [])
    if file_format == "json":
        json.dump(list(rows), output, ensure_ascii=False, indent=2)
        output.write("\n")
        return
    writer = csv.DictWriter(output, fieldnames=fields)
    writer.writeheader()
    writer.writerows(rows)
