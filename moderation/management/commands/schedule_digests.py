from django.core.management.base import BaseCommand

from moderation.notifications import schedule_digests


class Command(BaseCommand):
    help = "Queue the moderators' digest e-mails; each run queues the next. Safe to run again."

    def handle(self, *args, **options):
        queued = schedule_digests()
        self.stdout.write("Digests queued." if queued else "Digests were already queued.")
