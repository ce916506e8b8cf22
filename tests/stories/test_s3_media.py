"""Media in an S3-compatible bucket: what production uses when several app processes share files.

These tests talk to a real S3 API (moto's server on loopback) through django-storages.
"""

import io

import pytest
from PIL import Image
from storages.backends.s3 import S3Storage

from stories.models import Story
from stories.share_images import story_cards
from tests.factories import management_link
from tests.images import PRIVATE_BYTES

SHARE = "/es/share/"


@pytest.fixture
def published_story(client, story_data, phone_photo, s3_bucket):
    """A story sent with a phone photo through the form, approved, with its private link."""
    data = story_data(photo=phone_photo(), photo_alt="Rosa y yo en la cocina")
    response = client.post(SHARE, data)
    _link, token = management_link(response.content.decode())
    story = Story.objects.get()
    story.status = Story.Status.APPROVED
    story.published_at = story.submitted_at
    story.save()
    return story, token


def test_a_photo_is_stored_in_the_bucket_in_web_sizes_without_metadata(published_story, s3_bucket):
    story, _token = published_story

    assert s3_bucket.keys() == sorted(f["name"] for f in story.photo_files)
    for file in story.photo_files:
        stored = s3_bucket.get(file["name"])
        content = stored["Body"].read()
        image = Image.open(io.BytesIO(content))
        assert stored["Metadata"] == {}
        assert stored["ContentType"] == f"image/{file['format']}"
        assert image.size == (file["width"], file["height"])
        assert len(image.getexif()) == 0
        assert not image.info.get("icc_profile")
        for secret in PRIVATE_BYTES:
            assert secret not in content


def test_browsers_and_networks_keep_a_stored_photo_for_an_hour_at_most(
    client, published_story, s3_bucket
):
    story, _token = published_story
    client.get(f"/share-images/stories/{story.pk}.png")

    for key in s3_bucket.keys():
        assert s3_bucket.get(key)["CacheControl"] == "public, max-age=3600", key


def test_the_story_page_shows_the_photo_from_the_bucket(client, published_story, s3_bucket):
    story, _token = published_story

    html = client.get(f"/es/stories/{story.pk}/").content.decode()

    for file in story.photo_files:
        assert f"{s3_bucket.endpoint}/{s3_bucket.name}/{file['name']}" in html


def test_the_share_image_is_kept_in_the_bucket(client, published_story, s3_bucket):
    story, _token = published_story

    response = client.get(f"/share-images/stories/{story.pk}/es/link")

    story.refresh_from_db()
    assert response.status_code == 200
    assert Image.open(io.BytesIO(b"".join(response.streaming_content))).size == (1200, 630)
    (card,) = story_cards(story)
    assert card in s3_bucket.keys("share/")
    assert s3_bucket.get(card)["Metadata"] == {}


def test_withdrawal_removes_every_file_of_the_story_from_the_bucket(
    client, published_story, s3_bucket
):
    story, token = published_story
    client.get(f"/share-images/stories/{story.pk}.png")
    story.refresh_from_db()
    assert len(s3_bucket.keys()) == len(story.photo_files) + 1

    response = client.post(f"/es/my-story/{token}/withdraw/")

    assert response.status_code == 200
    assert s3_bucket.keys() == []


def test_a_bucket_that_refuses_every_file_gets_a_message_and_the_text_back(
    client, story_data, phone_photo, s3_bucket
):
    s3_bucket.client.delete_bucket(Bucket=s3_bucket.name)

    response = client.post(SHARE, story_data(photo=phone_photo(), photo_alt="Rosa y yo"))

    s3_bucket.client.create_bucket(Bucket=s3_bucket.name)
    html = response.content.decode()
    assert response.status_code == 503
    assert "No pudimos guardar tu foto" in html
    assert 'value="La cocina de la señora Rosa"' in html
    assert "No pudimos conservar tu foto" in html
    assert Story.objects.count() == 0
    assert s3_bucket.keys() == []


def test_a_bucket_that_fails_mid_save_leaves_no_story_and_no_file(
    client, story_data, phone_photo, s3_bucket, monkeypatch
):
    real_save = S3Storage._save
    saved = []

    def refuse_the_third(storage, name, content):
        saved.append(name)
        if len(saved) != 3:
            return real_save(storage, name, content)
        # A bucket that does not exist: the S3 API itself refuses this one write.
        storage._bucket = storage.connection.Bucket(f"{s3_bucket.name}-gone")
        try:
            return real_save(storage, name, content)
        finally:
            storage._bucket = None

    monkeypatch.setattr(S3Storage, "_save", refuse_the_third)

    response = client.post(SHARE, story_data(photo=phone_photo(), photo_alt="Rosa y yo"))

    assert response.status_code == 503
    assert len(saved) == 3
    assert Story.objects.count() == 0
    assert s3_bucket.keys() == []


def test_the_site_keeps_serving_after_the_bucket_refused(
    client, story_data, phone_photo, s3_bucket
):
    s3_bucket.client.delete_bucket(Bucket=s3_bucket.name)
    assert client.post(SHARE, story_data(photo=phone_photo(), photo_alt="Rosa")).status_code == 503
    s3_bucket.client.create_bucket(Bucket=s3_bucket.name)

    response = client.post(SHARE, story_data(photo=phone_photo(), photo_alt="Rosa"))

    assert response.status_code == 200
    assert len(s3_bucket.keys()) == len(Story.objects.get().photo_files) == 4
