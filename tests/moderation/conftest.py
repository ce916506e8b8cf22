import pytest

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
