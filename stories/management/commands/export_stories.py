import io

from django.core.management.base import BaseCommand, CommandError

from campaigns.models import Campaign
from stories.export import story_rows, write


class Command(BaseCommand):
    help = (
        "Write a campaign's published stories as CSV or JSON open data. --private adds the "
        "authors' names, e-mail addresses and consent records, for a data-subject request."
    )

    def add_arguments(self, parser):
        parser.add_argument("campaign", help="the campaign's slug")
        parser.add_argument("--format", choices=["csv", "json"], default="csv")
        parser.add_argument("--output", help="a file to write; standard output by default")
        parser.add_argument("--private", action="store_true", help="add private fields")
        parser.add_argument(
            "--i-understand",
            action="store_true",
            help="confirm that the private export will be handled as personal data",
        )

    def handle(self, *args, campaign, format, output, private, i_understand, **options):
        if private and not i_understand:
            raise CommandError(
                "--private writes names, e-mail addresses and consent records of real people. "
                "Add --i-understand to confirm you will keep the file safe and delete it after use."
            )
        found = Campaign.objects.filter(slug=campaign).first()
        if found is None:
            raise CommandError(f"No campaign has the slug {campaign!r}.")
        rows = story_rows(found, private=private)
        if output:
            with open(output, "w", encoding="utf-8", newline="") as file:
                write(rows, file, file_format=format, private=private)
        else:
            buffer = io.StringIO()
            write(rows, buffer, file_format=format, private=private)
            self.stdout.write(buffer.getvalue(), ending="")
