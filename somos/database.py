"""The database as pages use it."""

from contextlib import contextmanager

from django.db import connection


@contextmanager
def planned_each_time():
    """Queries inside are not prepared: PostgreSQL plans each for its own values.

    A prepared query is planned once for any values (DATABASE_PREPARED_STATEMENTS): right for
    most queries, wrong where the best plan depends on them, as for a listing in a language
    that almost all or almost none of a campaign's stories are written in, where one plan for
    both reads the whole campaign for the other.
    """
    connection.ensure_connection()
    client = connection.connection
    threshold = getattr(client, "prepare_threshold", None)
    if threshold is None:
        yield
        return
    client.prepare_threshold = None
    try:
        yield
    finally:
        client.prepare_threshold = threshold
