"""A withdrawn story stays erased, whatever was open or in flight when it was withdrawn."""

import threading
import time

import pytest
from django.db import connection, connections, transaction
from django.test import Client

from moderation.models import Decision
from stories.media_check import stored_files
from stories.models import Story
from stories.share_images import story_share_image
from stories.withdrawal import withdraw_story
from tests.factories import change_form_data, management_link, staff_client
from tests.stories.test_manage import shown_version

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks need PostgreSQL"
)


@pytest.fixture
def published(client, story_data):
    """A story sent through the form and approved; its management token."""
    response = client.post("/es/share/", story_data(contact_email="maria@example.org"))
    _link, token = management_link(response.content.decode())
    Story.objects.update(status="approved", published_at=Story.objects.get().submitted_at)
    return Story.objects.get(), token


def assert_erased(story):
    story.refresh_from_db()
    assert story.status == Story.Status.WITHDRAWN
    assert (story.title_es, story.body_es, story.author_name, story.city) == ("", "", "", "")
    assert story.contact_email == ""


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_a_naming_change_sent_while_the_story_is_withdrawn_does_not_bring_it_back(published):
    story, token = published
    author = Client()
    version = shown_version(author, token)
    answers = []

    def save_naming():
        # The author's other device, on its own database connection.
        try:
            answers.append(
                author.post(
                    f"/es/my-story/{token}/",
                    {"author_display": "full_name", "show_city": "on", "version": version},
                )
            )
        finally:
            connections.close_all()

    with transaction.atomic():
        withdraw_story(story)
        other = threading.Thread(target=save_naming)
        other.start()
        # The other request reads the story and waits for the row while this one is open.
        time.sleep(1)
    other.join(timeout=30)

    assert answers and answers[0].status_code == 200
    assert "retirada" in answers[0].content.decode()
    assert_erased(story)
    assert Client().get(f"/es/stories/{story.pk}/").status_code == 404


def test_a_naming_change_from_a_page_opened_before_withdrawal_is_refused(client, published):
    story, token = published
    version = shown_version(client, token)
    withdraw_story(story)

    response = client.post(
        f"/es/my-story/{token}/", {"author_display": "full_name", "version": version}
    )

    assert response.status_code == 200
    assert_erased(story)


def test_a_naming_change_after_a_moderator_changed_the_story_is_refused(client, published):
    story, token = published
    version = shown_version(client, token)
    Story.objects.get(pk=story.pk).save()

    response = client.post(
        f"/es/my-story/{token}/", {"author_display": "full_name", "version": version}
    )

    assert response.status_code == 409
    assert "nada se guardó" in response.content.decode()
    story.refresh_from_db()
    assert story.author_display == "first_name"


def test_a_change_form_opened_before_the_withdrawal_cannot_save_it_back(peru_moderator, published):
    story, _token = published
    moderator = staff_client(peru_moderator)
    url = f"/es/admin/stories/story/{story.pk}/change/"
    data = change_form_data(moderator, url)
    withdraw_story(story)

    response = moderator.post(url, data, follow=True)

    assert "fue retirada por su autora o autor" in response.content.decode()
    assert_erased(story)
    assert not Decision.objects.filter(story=story).exists()


def test_a_change_form_opened_before_another_change_is_refused(peru_moderator, published):
    story, _token = published
    moderator = staff_client(peru_moderator)
    url = f"/es/admin/stories/story/{story.pk}/change/"
    data = change_form_data(moderator, url)
    Story.objects.filter(pk=story.pk).update(body_es="Texto que otra persona redactó.")
    Story.objects.get(pk=story.pk).save()
    data["city"] = "Arequipa"

    response = moderator.post(url, data, follow=True)

    assert "cambió mientras la tenías abierta" in response.content.decode()
    story.refresh_from_db()
    assert (story.body_es, story.city) == ("Texto que otra persona redactó.", "Lima")


def test_starting_translations_after_the_withdrawal_copies_nothing(peru_moderator, published):
    story, _token = published
    withdraw_story(story)

    staff_client(peru_moderator).post(
        "/es/admin/stories/story/",
        {"action": "start_translations", "_selected_action": [story.pk]},
    )

    assert_erased(story)
    story.refresh_from_db()
    assert story.title_en in ("", None) and story.translation_status == {}


def test_a_share_card_drawn_while_the_story_is_withdrawn_is_not_kept(published):
    story, _token = published
    seen_before_withdrawal = Story.objects.select_related("campaign").get(pk=story.pk)
    withdraw_story(story)

    assert story_share_image(seen_before_withdrawal) is None

    assert Story.objects.get(pk=story.pk).share_image == ""
    assert not any(name.startswith("share/story-") for name in stored_files())
