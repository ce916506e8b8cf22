"""Erase rejected stories and old records past the retention period (RETENTION_DAYS)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from moderation.retention import purge


class Command(BaseCommand):
    help = (
        "Erase rejected stories (text, name, e-mail, photo files) that have been rejected for "
        "longer than RETENTION_DAYS, leaving tombstones; also the text of their moderation "
        "decisions, old login records, finished e-mail tasks, expired sessions, photos kept "
        "for an hour while a form was corrected and stored files that no row has named for a day."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"Days to keep (default: RETENTION_DAYS, now {settings.RETENTION_DAYS}).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be erased."
        )

    def handle(self, *args, days, dry_run, **options):
        if days is not None and days < 1:
            raise CommandError("--days must be at least 1.")
        result = purge(days=days, dry_run=dry_run)
        verb = "Would erase" if dry_run else "Erased"
        self.stdout.write(
            f"{verb} {result.stories} rejected stories ({result.files} files), the text of "
            f"{result.decisions} moderation decisions, {result.login_records} login records, "
            f"{result.tasks} finished tasks, {result.sessions} expired sessions, "
            f"{result.kept_photos} photos kept for a form being corrected and "
            f"{result.orphans} stored files that no row named."
        )
        if result.failed:
            raise CommandError(
                "Could not erase stories "
                + ", ".join(map(str, result.failed))
                + " (see the log); run purge again."
            )
