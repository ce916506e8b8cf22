"""Check that every photo, share image, logo and briefing kit named in the database is stored,
and list the stored files that no row names."""

from django.core.management.base import BaseCommand, CommandError

from stories.media_check import missing_files, orphan_files, referenced_files


class Command(BaseCommand):
    help = (
        "Check that every file the database refers to exists in the media storage "
        "(after restoring a backup, or moving to another bucket)."
    )

    def handle(self, *args, **options):
        referenced = list(referenced_files())
        total = len(referenced)
        orphans = list(orphan_files(referenced=referenced))
        for name in orphans:
            self.stdout.write(f"named by no row: {name}")
        if orphans:
            self.stdout.write(
                f"{len(orphans)} stored files are named by no row; "
                "`manage.py purge` deletes them once they are a day old."
            )
        missing = missing_files(referenced)
        for owner, name in missing:
            self.stderr.write(f"missing: {name} ({owner})")
        if missing:
            raise CommandError(f"{len(missing)} of {total} files are missing from the storage.")
        self.stdout.write(f"All {total} files are in the storage.")
