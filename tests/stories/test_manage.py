"""With the private link an author follows their story, changes their name or withdraws it."""

import hashlib
import re

import pytest
from django.core.files.storage import default_storage
from django.db import connection

from stories.models import Story
from tests.factories import management_link


@pytest.fixture
def sent_story(client, story_data, phone_photo):
    """A story sent with a photo and an e-mail address; its management token."""
    data = story_data(
        photo=phone_photo(), photo_alt="Rosa y yo en la cocina", contact_email="maria@example.org"
    )
    response = client.post("/es/share/", data)
    _link, token = management_link(response.content.decode())
    return Story.objects.get(), token


def test_the_page_shows_the_status_and_a_preview(client, sent_story):
    story, token = sent_story

    response = client.get(f"/es/my-story/{token}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "En espera de revisión." in html
    assert "La cocina de la señora Rosa" in html
    assert "María · migrante · Lima" in html
    assert 'alt="Rosa y yo en la cocina"' in html
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "same-origin"


def test_the_author_can_hide_their_city_and_change_how_they_are_named(client, sent_story):
    story, token = sent_story

    response = client.post(
        f"/es/my-story/{token}/",
        {"author_display": "anonymous", "show_city": "", "version": shown_version(client, token)},
    )

    assert response.status_code == 302
    story.refresh_from_db()
    assert story.byline == "Anónimo · migrante · Perú"
    assert "Tus cambios se guardaron." in client.get(response["Location"]).content.decode()


def shown_version(client, token):
    """The version of the story that the private page was shown with."""
    html = client.get(f"/es/my-story/{token}/").content.decode()
    return re.search(r'name="version" value="([^"]+)"', html).group(1)


def test_an_author_who_gave_no_name_cannot_be_named(client, story_data):
    response = client.post("/es/share/", story_data(author_display="anonymous", author_name=""))
    _link, token = management_link(response.content.decode())

    response = client.post(f"/es/my-story/{token}/", {"author_display": "full_name"})

    assert response.status_code == 400
    assert "solo puede seguir siendo anónima" in response.content.decode()
    assert Story.objects.get().author_display == "anonymous"


@pytest.mark.parametrize(
    "forged", ["x" * 43, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "../admin"]
)
def test_a_forged_link_finds_nothing(client, sent_story, forged):
    for path in (f"/es/my-story/{forged}/", f"/es/my-story/{forged}/withdraw/"):
        assert client.get(path).status_code == 404
        assert client.post(path).status_code == 404
    assert Story.objects.get().status == Story.Status.SUBMITTED


def test_every_management_token_is_stored_only_as_a_hash(client, story_data):
    tokens = []
    for title in ("Primera historia", "Segunda historia"):
        response = client.post("/es/share/", story_data(title=title))
        tokens.append(management_link(response.content.decode())[1])

    rows = Story.objects.values_list("management_token_hash", flat=True)
    assert sorted(rows) == sorted(hashlib.sha256(t.encode()).hexdigest() for t in tokens)
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM stories_story")
        everything = repr(cursor.fetchall())
    for token in tokens:
        assert token not in everything


def test_withdrawal_asks_for_confirmation_first(client, sent_story):
    story, token = sent_story

    response = client.get(f"/es/my-story/{token}/withdraw/")

    html = response.content.decode()
    assert "¿Retirar tu historia?" in html
    assert "pueden guardar una copia hasta 60 minutos" in html
    story.refresh_from_db()
    assert story.status == Story.Status.SUBMITTED


def test_withdrawal_erases_everything_but_a_tombstone(client, sent_story, media_root):
    story, token = sent_story
    files = list(story.photo_files)
    assert all((media_root / f["name"]).exists() for f in files)

    response = client.post(f"/es/my-story/{token}/withdraw/")

    assert response.status_code == 200
    assert "Tu historia fue retirada." in response.content.decode()
    assert not any((media_root / f["name"]).exists() for f in files)
    tombstone = Story.objects.get()
    assert tombstone.pk == story.pk
    assert tombstone.campaign_id == story.campaign_id
    assert tombstone.submitted_at == story.submitted_at
    assert tombstone.withdrawn_at is not None
    assert tombstone.status == Story.Status.WITHDRAWN
    assert tombstone.photo_files == []
    assert tombstone.themes.count() == 0
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM stories_story WHERE id = %s", [story.pk])
        row = repr(cursor.fetchone())
    for private in ("Rosa", "María", "maria@example.org", "Lima", "cocina", "photos/"):
        assert private not in row


def test_a_withdrawn_story_is_off_every_public_list(client, sent_story):
    story, token = sent_story
    Story.objects.filter(pk=story.pk).update(
        status=Story.Status.APPROVED, published_at=story.submitted_at
    )
    assert Story.objects.published().count() == 1

    client.post(f"/es/my-story/{token}/withdraw/")

    assert Story.objects.published().count() == 0


def test_the_link_of_a_withdrawn_story_says_so(client, sent_story):
    _story, token = sent_story
    client.post(f"/es/my-story/{token}/withdraw/")

    for path in (f"/es/my-story/{token}/", f"/es/my-story/{token}/withdraw/"):
        html = client.get(path).content.decode()
        assert "Esta historia fue retirada por su autora o autor" in html


def test_a_withdrawal_the_storage_refuses_can_be_tried_again(client, sent_story, monkeypatch):
    story, token = sent_story

    def refuse(name):
        raise OSError("the bucket refused the deletion")

    with monkeypatch.context() as patched:
        patched.setattr(default_storage, "delete", refuse)
        refused = client.post(f"/es/my-story/{token}/withdraw/")
    again = client.post(f"/es/my-story/{token}/withdraw/")

    assert refused.status_code == 503
    assert "No pudimos retirar tu historia" in refused.content.decode()
    assert again.status_code == 200
    assert Story.objects.get().status == Story.Status.WITHDRAWN
