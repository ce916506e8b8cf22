"""Floods and expensive requests cost the site little, and a person's text still comes back."""

import pytest
from django.core.files import temp
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError, connections
from django.test import Client
from django.test.client import FakePayload

from somos import images
from stories.models import Story
from tests.images import png_bomb


class UnreadBody(FakePayload):
    """A body the server must not read."""

    def read(self, *args, **kwargs):
        raise AssertionError("the body was read")


def test_a_body_announced_too_large_is_refused_before_it_is_read(demo_content):
    # With its CSRF check on, as in production, where the check would read the form first.
    response = Client(enforce_csrf_checks=True).post(
        "/es/share/",
        data=b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(150 * 1024 * 1024),
        **{"wsgi.input": UnreadBody(b"")},
    )

    assert response.status_code == 413
    assert "demasiado grande" in response.content.decode()


def test_extra_file_parts_are_never_kept(client, story_data, phone_photo, settings, monkeypatch):
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 0
    temporary = []
    real = temp.NamedTemporaryFile

    def counted(*args, **kwargs):
        temporary.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(temp, "NamedTemporaryFile", counted)
    extra = {
        f"extra{number}": SimpleUploadedFile(f"part{number}.bin", b"x" * 200_000)
        for number in range(12)
    }

    response = client.post("/es/share/", story_data(photo=phone_photo(), photo_alt="Yo", **extra))

    assert response.status_code == 200
    assert Story.objects.count() == 1
    assert len(temporary) <= 1


def test_a_form_with_a_forged_token_decodes_no_photo(client, story_data, phone_photo, monkeypatch):
    monkeypatch.setattr(images, "decode_photo", lambda upload: pytest.fail("decoded"))

    response = client.post(
        "/es/share/", story_data(form_token="forged", photo=phone_photo(), photo_alt="Yo")
    )

    assert response.status_code == 400


def test_refused_tries_count_towards_the_limit(client, story_data, settings):
    settings.STORY_SUBMISSIONS_PER_HOUR = 2
    for _ in range(2):
        client.post("/es/share/", story_data(form_token="forged"))

    response = client.post("/es/share/", story_data())

    assert response.status_code == 429
    assert Story.objects.count() == 0


def test_a_tiny_file_of_fifty_megapixels_is_refused_before_decoding():
    bomb = SimpleUploadedFile("bomb.png", png_bomb(7071, 7071), content_type="image/png")

    with pytest.raises(images.ValidationError) as refused:
        images.prepare_photo(bomb)

    assert refused.value.code == "too_many_pixels"


def test_when_every_decoding_slot_is_taken_the_visitor_is_asked_to_retry(
    client, story_data, phone_photo, settings
):
    settings.PHOTO_DECODES_AT_ONCE = 1
    settings.PHOTO_DECODE_WAIT_SECONDS = 0
    slots = images.decoding_slots(1)
    slots.acquire()
    try:
        response = client.post("/es/share/", story_data(photo=phone_photo(), photo_alt="Yo"))
    finally:
        slots.release()

    html = response.content.decode()
    assert response.status_code == 503
    assert "Están llegando muchas fotos" in html
    assert "La cocina de la señora Rosa" in html
    assert Story.objects.count() == 0


def test_with_the_database_unreachable_the_visitor_gets_their_text_back(
    client, story_data, monkeypatch
):
    data = story_data(title="Mi barrio en Lima")

    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    with monkeypatch.context() as database_down:
        database_down.setattr(connections["default"], "cursor", unreachable)
        response = client.post("/pt/share/", data)

    html = response.content.decode()
    assert response.status_code == 503
    assert '<html lang="pt">' in html
    assert "Mi barrio en Lima" in html
    assert "señora Rosa" in html
