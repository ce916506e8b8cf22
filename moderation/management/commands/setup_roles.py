from django.core.management.base import BaseCommand

from moderation.roles import setup_roles


class Command(BaseCommand):
    help = "Create the moderator and editor groups with their permissions. Safe to run again."

    def handle(self, *args, **options):
        groups = setup_roles()
        self.stdout.write("Roles ready: " + ", ".join(group.name for group in groups))
