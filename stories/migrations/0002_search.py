"""Full-text search on PostgreSQL: accent-insensitive configurations and one index a language.

Each story is indexed in the language it was written in (Papiamentu with `simple`, which has no
stemmer). The index expressions are the ones stories/search.py builds, so PostgreSQL uses them.
On SQLite nothing is created: search falls back to a plain substring match there.
"""

from django.db import migrations

CONFIGURATIONS = {"es": "spanish", "pt": "portuguese", "en": "english", "pap": "simple"}


def vector_sql(language):
    config = f"'{language}_unaccent'::regconfig"
    return (
        f"(setweight(to_tsvector({config}, COALESCE(\"title_{language}\", '')), 'A') || "
        f"setweight(to_tsvector({config}, COALESCE(\"body_{language}\", '')), 'B'))"
    )


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for language, base in CONFIGURATIONS.items():
        name = f"{language}_unaccent"
        stem = "simple" if base == "simple" else f"{base}_stem"
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {base})")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stem}"
        )
        schema_editor.execute(
            f"CREATE INDEX story_search_{language} ON stories_story "
            f"USING gin ({vector_sql(language)}) WHERE language = '{language}'"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in CONFIGURATIONS:
        schema_editor.execute(f"DROP INDEX IF EXISTS story_search_{language}")
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {language}_unaccent")


class Migration(migrations.Migration):
    dependencies = [("stories", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
