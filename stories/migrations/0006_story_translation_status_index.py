"""On PostgreSQL, an index of the reviewed translations, so that a page in one language finds
the stories translated into it without reading every story of the campaign. SQLite has none."""

from django.db import migrations


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX story_translation_status ON stories_story "
        "USING gin (translation_status jsonb_path_ops)"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS story_translation_status")


class Migration(migrations.Migration):
    dependencies = [("stories", "0005_story_campaign_language_index")]

    operations = [migrations.RunPython(create, drop)]
