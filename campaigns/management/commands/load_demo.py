from django.core.management.base import BaseCommand

from campaigns.demo import load_campaigns


class Command(BaseCommand):
    help = "Fill the site with the demo content of the launch campaigns. Safe to run again."

    def handle(self, *args, **options):
        created = load_campaigns()
        self.stdout.write(f"Demo content loaded: {created} new campaigns.")
