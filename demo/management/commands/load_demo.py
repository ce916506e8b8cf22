from django.core.management.base import BaseCommand

from demo.campaigns import load_campaign_details, load_campaigns
from demo.stories import load_consent_texts, load_sample_stories, load_themes
from moderation.roles import setup_roles


class Command(BaseCommand):
    help = "Fill the site with the demo content of the launch campaigns. Safe to run again."

    def handle(self, *args, **options):
        setup_roles()
        campaigns = load_campaigns()
        load_campaign_details()
        load_themes()
        load_consent_texts()
        stories = load_sample_stories()
        self.stdout.write(
            f"Demo content loaded: {campaigns} new campaigns, {stories} new sample stories."
        )
