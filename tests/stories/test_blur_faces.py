"""A storyteller asks for the faces in the photo to be blurred, and sees it before sending."""

import io
import re

import numpy as np
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from skimage.metrics import structural_similarity

from somos import faces
from stories.models import KeptPhoto, Story
from tests.images import face_photo

SHARE = "/es/share/"


def kept_key(response):
    return re.search(r'name="kept_photo" value="([^"]+)"', response.content.decode()).group(1)


def face_upload():
    content, _box = face_photo()
    return SimpleUploadedFile("retrato.jpg", content, content_type="image/jpeg")


def test_asking_for_a_blur_shows_the_blurred_photo_before_anything_is_sent(client, story_data):
    data = story_data(photo_alt="Mi vecina", blur_faces="on")

    response = client.post(SHARE, {**data, "photo": face_upload()})

    html = response.content.decode()
    assert response.status_code == 200
    assert Story.objects.count() == 0
    assert "Revisa tu foto antes de enviar tu historia" in html
    assert "Difuminamos 1 cara." in html
    assert 'src="data:image/jpeg;base64,' in html
    assert KeptPhoto.objects.get().blur_requested


def test_the_checked_photo_is_sent_blurred_and_the_choice_is_stored(client, story_data, media_root):
    data = story_data(photo_alt="Mi vecina", blur_faces="on")
    shown = client.post(SHARE, {**data, "photo": face_upload()})

    client.post(SHARE, {**data, "kept_photo": kept_key(shown)})

    story = Story.objects.get()
    assert story.blur_requested
    assert story.face_detection == faces.FOUND
    assert [face["blurred"] for face in story.faces] == [True]
    content, box = face_photo()
    original = np.asarray(Image.open(io.BytesIO(content)).convert("RGB"))
    largest = max(story.photo_files, key=lambda f: (f["format"] == "jpeg", f["width"]))
    with default_storage.open(largest["name"]) as file:
        stored = np.asarray(Image.open(file).convert("RGB"))
    x0, y0, x1, y1 = box
    similarity = structural_similarity(
        original[y0:y1, x0:x1], stored[y0:y1, x0:x1], channel_axis=2, data_range=255
    )
    assert similarity < 0.3
    assert not KeptPhoto.objects.exists()


def test_a_photo_kept_after_an_error_is_blurred_when_blur_is_then_asked(client, story_data):
    data = story_data(photo_alt="Mi vecina")
    first = client.post(SHARE, {**data, "title": "", "photo": face_upload()})

    second = client.post(SHARE, {**data, "kept_photo": kept_key(first), "blur_faces": "on"})

    assert second.status_code == 200
    assert "Difuminamos 1 cara." in second.content.decode()
    assert KeptPhoto.objects.get().blur_requested
    client.post(SHARE, {**data, "kept_photo": kept_key(second), "blur_faces": "on"})
    assert Story.objects.get().faces[0]["blurred"]


def test_when_no_face_can_be_found_the_author_is_told_a_moderator_will_check(
    client, story_data, phone_photo, monkeypatch
):
    monkeypatch.setattr(faces.Detector, "__call__", lambda *args: 1 / 0)
    data = story_data(photo_alt="Mi vecina", blur_faces="on")

    shown = client.post(SHARE, {**data, "photo": phone_photo()})
    client.post(SHARE, {**data, "kept_photo": kept_key(shown)})

    assert "No pudimos encontrar caras en tu foto" in shown.content.decode()
    story = Story.objects.get()
    assert story.blur_requested
    assert story.face_detection == faces.FAILED


def test_without_a_blur_the_faces_are_recorded_for_the_moderators(client, story_data):
    client.post(SHARE, {**story_data(photo_alt="Mi vecina"), "photo": face_upload()})

    story = Story.objects.get()
    assert not story.blur_requested
    assert [face["blurred"] for face in story.faces] == [False]
