"""The restore drill of docs/operations.md: dump, copy the bucket, restore elsewhere, check."""

import os
import shutil
import subprocess
import sys
import uuid

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from campaigns.models import Campaign
from somos.images import prepare_photo, store_photo
from stories.media_check import referenced_files
from stories.models import Story
from tests.factories import make_story


@pytest.fixture
def story_with_photo(s3_bucket, demo_content, phone_photo):
    """A published story whose photo sizes are in the bucket."""
    campaign = Campaign.objects.get(slug="tu-causa-es-mi-causa")
    files = store_photo(prepare_photo(phone_photo()))
    return make_story(campaign, photo_files=files, photo_alt="Rosa y yo")


def test_check_media_passes_when_every_file_is_stored(story_with_photo, capsys):
    call_command("check_media")

    total = len(list(referenced_files()))
    assert total >= len(story_with_photo.photo_files)
    assert f"All {total} files are in the storage." in capsys.readouterr().out


def test_check_media_names_each_missing_file(story_with_photo, s3_bucket, capsys):
    lost = story_with_photo.photo_files[0]["name"]
    s3_bucket.client.delete_object(Bucket=s3_bucket.name, Key=lost)

    total = len(list(referenced_files()))

    with pytest.raises(CommandError, match=f"1 of {total} files are missing"):
        call_command("check_media")

    assert f"missing: {lost} (story {story_with_photo.pk} photo)" in capsys.readouterr().err


PUBLISHED_COUNT = "from stories.models import Story; print(Story.objects.published().count())"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the drill uses pg_dump")
@pytest.mark.skipif(not shutil.which("pg_dump"), reason="needs PostgreSQL's client tools")
def test_a_backup_restores_into_a_new_database_and_bucket_that_serve_the_same_stories(
    story_with_photo, s3_bucket, s3_server, tmp_path
):
    database = connection.settings_dict
    server = ["-h", database["HOST"] or "127.0.0.1", "-p", str(database["PORT"] or 5432)]
    server += ["-U", database["USER"] or "postgres"]
    restored_db = f"somos_restore_{uuid.uuid4().hex[:8]}"
    dump = tmp_path / "somos.dump"

    subprocess.run(
        ["pg_dump", *server, "--format=custom", f"--file={dump}", database["NAME"]], check=True
    )
    restored_bucket = s3_bucket.copy_to(f"{s3_bucket.name}-restored")
    subprocess.run(["createdb", *server, restored_db], check=True)
    try:
        subprocess.run(
            ["pg_restore", *server, "--no-owner", f"--dbname={restored_db}", str(dump)],
            check=True,
        )
        environment = {
            "PATH": os.environ["PATH"],
            "DEBUG": "0",
            "SECRET_KEY": settings.SECRET_KEY,
            "ALLOWED_HOSTS": "localhost",
            "DATABASE_URL": f"postgres://{server[5]}@{server[1]}:{server[3]}/{restored_db}",
            **s3_server.settings(restored_bucket),
        }

        def manage(*args):
            return subprocess.run(
                [sys.executable, "manage.py", *args],
                cwd=settings.BASE_DIR,
                env=environment,
                capture_output=True,
                text=True,
                timeout=120,
            )

        migrations = manage("migrate", "--check")
        media = manage("check_media")
        count = manage(
            "shell",
            "-c",
            "from stories.models import Story; print(Story.objects.published().count())",
        )
    finally:
        subprocess.run(["dropdb", *server, "--if-exists", "--force", restored_db], check=True)

    assert migrations.returncode == 0, migrations.stdout + migrations.stderr
    assert media.returncode == 0, media.stderr
    assert f"All {len(list(referenced_files()))} files are in the storage." in media.stdout
    assert count.stdout.strip().splitlines()[-1] == str(Story.objects.published().count())
