from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from campaigns.models import Campaign

from .models import Story

FEED_LENGTH = 30


class CampaignStoriesFeed(Feed):
    """The newest published stories of a campaign, in the language of the URL."""

    feed_type = Atom1Feed

    def get_object(self, request, slug):
        return get_object_or_404(Campaign.objects.active(), slug=slug)

    def title(self, campaign):
        return _("%(campaign)s: stories") % {"campaign": campaign.name}

    def subtitle(self, campaign):
        return campaign.tagline

    def link(self, campaign):
        return campaign.get_absolute_url()

    def items(self, campaign):
        return (
            Story.objects.published()
            .filter(campaign=campaign, noindex=False)
            .select_related("campaign")
            .order_by("-published_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, story):
        return story.original_title

    def item_description(self, story):
        return Truncator(story.original_body).words(60)

    def item_author_name(self, story):
        return story.byline

    def item_pubdate(self, story):
        return story.published_at

    def item_updateddate(self, story):
        return story.updated_at
