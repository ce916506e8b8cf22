"""Unknown addresses get a translated page in the site's layout; server errors need no database."""

import pytest
from django.db import connections
from django.template.loader import render_to_string
from django.utils.translation import override

from tests.conftest import LANGUAGES

NOT_FOUND = {
    "es": "Página no encontrada",
    "en": "Page not found",
    "pt": "Página não encontrada",
    "pap": "No por a haña e página",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_unknown_page_gets_a_translated_404_in_the_layout(client, demo_campaigns, language):
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert NOT_FOUND[language] in html
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html


def test_unknown_language_prefix_is_a_404_not_an_error(client, demo_campaigns):
    response = client.get("/xx/", headers={"accept-language": "en"})

    assert response.status_code == 404
    assert NOT_FOUND["en"] in response.content.decode()


def test_server_error_page_renders_without_the_database(monkeypatch):
    def no_database(*args, **kwargs):
        raise AssertionError("the 500 page must not touch the database")

    monkeypatch.setattr(connections["default"], "cursor", no_database)

    with override("pt"):
        html = render_to_string("500.html")

    assert "Algo deu errado" in html
    assert '<html lang="pt">' in html
