"""Moderators see the faces found on a photo and blur them, or draw more, before approval."""

import io

import numpy as np
import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from skimage.metrics import structural_similarity

from moderation import decisions
from moderation.models import Decision
from somos.images import prepare_photo, store_photo
from tests.factories import staff_client, submitted
from tests.images import face_photo


@pytest.fixture
def story_with_a_face(peru):
    """A story waiting for a moderator, whose photo shows one face, not blurred."""
    content, box = face_photo()
    prepared = prepare_photo(SimpleUploadedFile("f.jpg", content, content_type="image/jpeg"))
    story = submitted(
        peru,
        photo_files=store_photo(prepared),
        photo_alt="Mi vecina",
        photo_width=prepared.width,
        photo_height=prepared.height,
        faces=list(prepared.faces),
        face_detection=prepared.face_detection,
    )
    story.original = np.asarray(Image.open(io.BytesIO(content)).convert("RGB"))
    story.box = box
    return story


def face_similarity(story, file):
    scale = file["width"] / 1024
    x0, y0, x1, y1 = (round(v * scale) for v in story.box)
    with default_storage.open(file["name"]) as stored:
        after = np.asarray(Image.open(stored).convert("RGB"))
    before = np.asarray(Image.fromarray(story.original).resize((file["width"], file["height"])))
    return structural_similarity(
        before[y0:y1, x0:x1], after[y0:y1, x0:x1], channel_axis=2, data_range=255
    )


def test_blurring_a_found_face_makes_every_size_again_and_is_audited(
    story_with_a_face, peru_moderator, django_capture_on_commit_callbacks
):
    old_files = story_with_a_face.photo_files

    with django_capture_on_commit_callbacks(execute=True):
        decisions.change_faces(story=story_with_a_face, moderator=peru_moderator, blur=[0])

    story_with_a_face.refresh_from_db()
    new_files = story_with_a_face.photo_files
    assert len(new_files) == len(old_files)
    assert not {f["name"] for f in old_files} & {f["name"] for f in new_files}
    assert not any(default_storage.exists(f["name"]) for f in old_files)
    for file in new_files:
        assert face_similarity(story_with_a_face, file) < 0.3
    assert story_with_a_face.faces[0]["blurred"]
    decision = Decision.objects.get(action=Decision.Action.FACES)
    assert decision.moderator == peru_moderator
    assert decision.after == {"blurred": 1, "drawn": 0, "removed": 0}


def test_a_drawn_box_is_blurred(story_with_a_face, peru_moderator):
    drawn = [v / 1024 for v in story_with_a_face.box]

    decisions.change_faces(story=story_with_a_face, moderator=peru_moderator, added=[drawn])

    story_with_a_face.refresh_from_db()
    assert [f["blurred"] for f in story_with_a_face.faces] == [False, True]
    largest = max(story_with_a_face.photo_files, key=lambda f: f["width"])
    assert face_similarity(story_with_a_face, largest) < 0.3


def test_a_box_that_is_no_face_is_removed_without_touching_the_photo(
    story_with_a_face, peru_moderator
):
    files = story_with_a_face.photo_files

    decisions.change_faces(story=story_with_a_face, moderator=peru_moderator, remove=[0])

    story_with_a_face.refresh_from_db()
    assert story_with_a_face.faces == []
    assert story_with_a_face.photo_files == files
    assert Decision.objects.get(action=Decision.Action.FACES).after["removed"] == 1


def test_a_change_on_a_story_changed_meanwhile_is_refused(story_with_a_face, peru_moderator):
    opened = story_with_a_face.updated_at
    story_with_a_face.save()

    with pytest.raises(decisions.DecisionConflict):
        decisions.change_faces(
            story=story_with_a_face, moderator=peru_moderator, blur=[0], version=opened
        )

    story_with_a_face.refresh_from_db()
    assert not story_with_a_face.faces[0]["blurred"]
    assert not Decision.objects.filter(action=Decision.Action.FACES).exists()


def test_the_admin_shows_the_boxes_and_blurs_from_the_page(story_with_a_face, peru_moderator):
    client = staff_client(peru_moderator)
    url = f"/es/admin/stories/story/{story_with_a_face.pk}/"

    page = client.get(url + "change/").content.decode()
    response = client.post(
        url + "faces/",
        {
            "blur_face": "0",
            "drawn_faces": "[]",
            "loaded_version": story_with_a_face.updated_at.isoformat(),
        },
    )

    assert 'class="faces__box"' in page
    assert 'name="blur_face" value="0"' in page
    assert response.status_code == 302
    story_with_a_face.refresh_from_db()
    assert story_with_a_face.faces[0]["blurred"]


def test_boxes_that_cannot_be_read_change_nothing(story_with_a_face, peru_moderator):
    client = staff_client(peru_moderator)
    url = f"/es/admin/stories/story/{story_with_a_face.pk}/faces/"

    response = client.post(url, {"drawn_faces": '[["a", 1]]'}, follow=True)

    assert "no se pudieron leer" in response.content.decode()
    assert not Decision.objects.filter(action=Decision.Action.FACES).exists()


def test_the_storage_failing_changes_nothing(story_with_a_face, peru_moderator, monkeypatch):
    monkeypatch.setattr(
        "moderation.decisions.store_photo", lambda prepared: (_ for _ in ()).throw(OSError())
    )
    client = staff_client(peru_moderator)
    url = f"/es/admin/stories/story/{story_with_a_face.pk}/faces/"

    response = client.post(url, {"blur_face": "0"}, follow=True)

    assert "no se pudo rehacer" in response.content.decode()
    story_with_a_face.refresh_from_db()
    assert not story_with_a_face.faces[0]["blurred"]


def test_the_queue_shows_a_blur_that_found_nothing(peru, peru_moderator):
    submitted(peru, title="Sin caras", blur_requested=True, face_detection="none")

    page = staff_client(peru_moderator).get("/es/admin/stories/story/?status__exact=submitted")

    assert "difuminado pedido, ninguna cara encontrada" in page.content.decode()


def test_removing_the_photo_leaves_no_face_boxes(story_with_a_face, peru_moderator):
    decisions.remove_photo(story=story_with_a_face, moderator=peru_moderator)

    story_with_a_face.refresh_from_db()
    assert story_with_a_face.faces == []
    assert story_with_a_face.photo_files == []
