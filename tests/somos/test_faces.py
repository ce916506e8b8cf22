"""Faces are found offline and blurred beyond recognition in every stored size."""

import io

import numpy as np
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from skimage.metrics import structural_similarity

from somos import faces
from somos.images import prepare_photo, remake_photo
from tests.images import crowd_photo, face_photo


def upload(content):
    return SimpleUploadedFile("foto.jpg", content, content_type="image/jpeg")


def pixels(rendition):
    return np.asarray(Image.open(io.BytesIO(rendition.content)).convert("RGB"))


def similarity(a, b):
    return structural_similarity(a, b, channel_axis=2, data_range=255)


def region(array, box, scale=1.0):
    x0, y0, x1, y1 = (round(v * scale) for v in box)
    return array[y0:y1, x0:x1]


def test_the_models_ship_in_a_package_and_are_not_downloaded():
    short_range, full_range = faces.detectors()

    assert short_range.anchors.shape == (896, 2)
    assert full_range.anchors.shape == (2304, 2)


def test_a_known_face_is_found_where_it_is():
    content, box = face_photo()

    found = faces.detect_faces(Image.open(io.BytesIO(content)).convert("RGB"))

    assert len(found) == 1
    face = found[0]
    assert face.x0 < (box[0] + box[2]) / 2 < face.x1
    assert face.y0 < (box[1] + box[3]) / 2 < face.y1


def test_a_blurred_face_is_changed_beyond_recognition_in_every_size_and_the_rest_is_not():
    content, box = face_photo()

    plain = prepare_photo(upload(content))
    blurred = prepare_photo(upload(content), blur_faces=True)

    assert blurred.face_detection == faces.FOUND
    assert [face["blurred"] for face in blurred.faces] == [True]
    for before, after in zip(plain.renditions, blurred.renditions, strict=True):
        scale = after.width / 1024
        a, b = pixels(before), pixels(after)
        assert similarity(region(a, box, scale), region(b, box, scale)) < 0.3
        # Far from the head (the helmet at the bottom right), nothing moved.
        corner = (720, 760, 1000, 1000)
        assert similarity(region(a, corner, scale), region(b, corner, scale)) > 0.95


def test_without_a_request_the_faces_are_recorded_but_not_blurred():
    content, box = face_photo()

    plain = prepare_photo(upload(content))

    assert plain.face_detection == faces.FOUND
    assert [face["blurred"] for face in plain.faces] == [False]


def test_stored_faces_are_blurred_again_when_the_sizes_are_made_from_the_largest():
    content, box = face_photo()
    plain = prepare_photo(upload(content))
    largest = plain.renditions[-1]
    record = {"box": [v / 1024 for v in box], "blurred": True}

    remade = remake_photo(largest.content, blur=[record], faces=[record])

    assert [r.width for r in remade.renditions] == [r.width for r in plain.renditions]
    for before, after in zip(plain.renditions, remade.renditions, strict=True):
        scale = after.width / 1024
        assert (
            similarity(region(pixels(before), box, scale), region(pixels(after), box, scale)) < 0.3
        )


def test_a_photo_with_fifty_faces_gets_them_blurred():
    prepared = prepare_photo(upload(crowd_photo()), blur_faces=True)

    assert prepared.face_detection == faces.FOUND
    assert len(prepared.faces) >= 45
    assert all(face["blurred"] for face in prepared.faces)


def test_a_photo_that_is_all_face_is_blurred_whole():
    content, box = face_photo(size=512)
    close_up = Image.open(io.BytesIO(content)).crop(box).resize((600, 660))
    buffer = io.BytesIO()
    close_up.save(buffer, "JPEG")

    prepared = prepare_photo(upload(buffer.getvalue()), blur_faces=True)

    assert prepared.face_detection == faces.FOUND
    original = np.asarray(close_up.resize((prepared.width, prepared.height)))
    assert similarity(original, pixels(prepared.renditions[-1])) < 0.3


def test_a_tiny_photo_gets_a_clear_result(phone_photo):
    prepared = prepare_photo(phone_photo(width=200, height=200), blur_faces=True)

    assert prepared.face_detection == faces.NONE
    assert prepared.faces == ()


@pytest.mark.parametrize("failure", ["runtime", "model"])
def test_when_detection_fails_the_photo_goes_on_and_says_so(monkeypatch, failure):
    content, _box = face_photo()
    if failure == "runtime":
        monkeypatch.setattr(faces.Detector, "__call__", lambda *args: 1 / 0)
    else:
        monkeypatch.setattr(
            faces, "detectors", lambda: (_ for _ in ()).throw(faces.DetectionFailed())
        )

    prepared = prepare_photo(upload(content), blur_faces=True)

    assert prepared.face_detection == faces.FAILED
    assert len(prepared.renditions) == 6
