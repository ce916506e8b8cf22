"""Staff see submissions, themes and consent texts in the admin."""

import pytest
from django.contrib.auth import get_user_model

from stories.models import ConsentText, Story
from tests.factories import management_link


@pytest.fixture
def staff_client(client, db):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x" * 16)
    client.force_login(admin)
    return client


@pytest.fixture
def story(client, story_data, phone_photo):
    response = client.post("/es/share/", story_data(photo=phone_photo(), photo_alt="Rosa"))
    management_link(response.content.decode())
    return Story.objects.get()


@pytest.mark.parametrize("model", ["story", "theme", "consenttext"])
def test_staff_see_each_list(staff_client, story, model):
    response = staff_client.get(f"/es/admin/stories/{model}/", follow=True)

    assert response.status_code == 200


def test_staff_open_a_submission(staff_client, story):
    response = staff_client.get(f"/es/admin/stories/story/{story.pk}/change/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "La cocina de la señora Rosa" in html


def test_a_consent_text_agreed_to_is_read_only_and_cannot_be_deleted(staff_client, story):
    consent = story.consent_text

    change = staff_client.get(f"/es/admin/stories/consenttext/{consent.pk}/change/")
    delete = staff_client.get(f"/es/admin/stories/consenttext/{consent.pk}/delete/")

    assert 'name="publication"' not in change.content.decode()
    assert delete.status_code == 403
    assert ConsentText.objects.filter(pk=consent.pk).exists()


def test_deleting_a_story_in_the_admin_deletes_its_files(staff_client, story, media_root):
    files = list(story.photo_files)

    staff_client.post(f"/es/admin/stories/story/{story.pk}/delete/", {"post": "yes"})

    assert not Story.objects.exists()
    assert not any((media_root / f["name"]).exists() for f in files)
