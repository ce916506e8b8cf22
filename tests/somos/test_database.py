"""The database connection as production uses it."""

import pytest
from django.db import connection

from stories.models import Story


@pytest.mark.skipif(connection.vendor != "postgresql", reason="prepared statements of PostgreSQL")
@pytest.mark.django_db
def test_a_query_asked_again_and_again_is_planned_once():
    for pk in range(1, 8):
        list(Story.objects.published().as_references().filter(pk=pk))

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s",
            ['%FROM "stories_story"%'],
        )
        assert cursor.fetchone()[0] == 1
