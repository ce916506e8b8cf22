from django.core.management.base import BaseCommand

from campaigns.demo import load_campaigns
from stories.demo import load_consent_texts, load_themes


class Command(BaseCommand):
    help = "Fill the site with the demo content of the launch campaigns. Safe to run again."

    def handle(self, *args, **options):
        created = load_campaigns()
        load_themes()
        load_consent_texts()
        self.stdout.write(f"Demo content loaded: {created} new campaigns.")
