import pytest
from django.core.management import call_command

from tests.factories import submitted


@pytest.fixture
def peru_story(peru):
    return submitted(
        peru,
        title="Mi primer trabajo en Lima",
        body="Trabajo en una panadería de Surquillo. Si alguien necesita pan, mi cel 987 654 321.",
    )


@pytest.fixture
def chile_story(chile):
    return submitted(chile, title="Una feria en Santiago", body="Vendemos arepas los domingos.")


@pytest.fixture
def run_worker(monkeypatch):
    """Run the queued tasks as the worker does, inside the test's transaction.

    The worker closes connections that are in a transaction between tasks; the test's own
    transaction must stay open, so that step is left out here.
    """
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    return lambda: call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
