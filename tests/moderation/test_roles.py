"""Each role sees and acts on its own campaigns only, everywhere in the admin."""

import re

import pytest
from django.test import Client

from moderation.models import Decision
from stories.models import Story
from tests.factories import staff_client

ADMIN = "/es/admin/"


def listed_titles(client, query="?status__exact=submitted"):
    html = client.get(f"{ADMIN}stories/story/{query}").content.decode()
    return set(re.findall(r'<a class="queue-title" href="[^"]+">([^<]+)</a>', html))


def test_a_moderator_lists_and_counts_only_their_campaigns_stories(
    peru_moderator, peru_story, chile_story
):
    client = staff_client(peru_moderator)

    assert listed_titles(client) == {"Mi primer trabajo en Lima"}
    html = client.get(f"{ADMIN}stories/story/?status__exact=submitted").content.decode()
    assert "Enviada: 1" in html


def test_a_moderator_searches_only_their_campaigns(peru_moderator, peru_story, chile_story):
    client = staff_client(peru_moderator)

    assert listed_titles(client, "?q=feria") == set()
    assert listed_titles(client, "?q=trabajo") == {"Mi primer trabajo en Lima"}


@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_another_campaigns_story_cannot_be_opened_by_url(
    peru_moderator, chile_story, peru_story, view
):
    client = staff_client(peru_moderator)

    assert client.get(f"{ADMIN}stories/story/{chile_story.pk}/{view}/").status_code == 404
    assert client.get(f"{ADMIN}stories/story/{peru_story.pk}/history/").status_code == 200


def test_another_campaigns_story_cannot_be_changed_by_posting(peru_moderator, chile_story):
    client = staff_client(peru_moderator)

    response = client.post(
        f"{ADMIN}stories/story/{chile_story.pk}/change/", {"title_es": "Cambiado"}
    )

    assert response.status_code == 404
    chile_story.refresh_from_db()
    assert chile_story.title_es == "Una feria en Santiago"


@pytest.mark.parametrize("action", ["approve_selected", "hold_selected", "feature"])
def test_actions_never_reach_another_campaigns_story(peru_moderator, chile_story, action):
    client = staff_client(peru_moderator)

    client.post(
        f"{ADMIN}stories/story/",
        {"action": action, "_selected_action": [chile_story.pk], "flags_confirmed": "yes"},
    )

    chile_story.refresh_from_db()
    assert chile_story.status == Story.Status.SUBMITTED
    assert not Decision.objects.exists()


def test_the_audit_trail_shows_only_their_campaigns(peru_moderator, chile_moderator, peru_story):
    from moderation import decisions

    decisions.hold_for_protection(story=peru_story, moderator=peru_moderator)

    peru_list = staff_client(peru_moderator).get(f"{ADMIN}moderation/decision/")
    chile_list = staff_client(chile_moderator).get(f"{ADMIN}moderation/decision/")

    assert "Mi primer trabajo en Lima" in peru_list.content.decode()
    assert "Mi primer trabajo en Lima" not in chile_list.content.decode()


def test_an_editor_manages_campaigns_but_not_stories(editor, peru, peru_story):
    client = staff_client(editor)

    assert client.get(f"{ADMIN}campaigns/campaign/").status_code == 200
    assert client.get(f"{ADMIN}campaigns/campaign/{peru.pk}/change/").status_code == 200
    assert client.get(f"{ADMIN}stories/story/?status__exact=submitted").status_code == 403
    assert client.get(f"{ADMIN}stories/story/{peru_story.pk}/change/").status_code in (403, 404)


def test_a_moderator_cannot_edit_campaigns(peru_moderator, peru):
    client = staff_client(peru_moderator)

    assert client.get(f"{ADMIN}campaigns/campaign/{peru.pk}/change/").status_code == 403


def test_only_superusers_assign_moderators(peru_moderator, superuser):
    assert staff_client(peru_moderator).get(f"{ADMIN}moderation/assignment/").status_code == 403
    assert staff_client(superuser).get(f"{ADMIN}moderation/assignment/").status_code == 200


def test_a_superuser_sees_every_campaign(superuser, peru_story, chile_story):
    assert listed_titles(staff_client(superuser)) == {
        "Mi primer trabajo en Lima",
        "Una feria en Santiago",
    }


def test_visitors_are_sent_to_the_login(peru_story):
    response = Client().get(f"{ADMIN}stories/story/{peru_story.pk}/change/")

    assert response.status_code == 302
    assert "/login/" in response["Location"]


ROLES = ["peru_moderator", "chile_moderator", "editor", "superuser"]
# What each role may open for the Peru story: the change page and its history.
MAY_OPEN_PERU_STORY = {
    "peru_moderator": True,
    "chile_moderator": False,
    "editor": False,
    "superuser": True,
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view", ["change", "history"])
def test_authorisation_matrix_for_opening_a_story(request, role, view, peru_story):
    client = staff_client(request.getfixturevalue(role))

    status = client.get(f"{ADMIN}stories/story/{peru_story.pk}/{view}/").status_code

    assert (status == 200) == MAY_OPEN_PERU_STORY[role]
    assert status in (200, 403, 404)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "action", ["approve_selected", "reject_selected", "hold_selected", "feature", "unfeature"]
)
def test_authorisation_matrix_for_actions(request, role, action, peru_story):
    client = staff_client(request.getfixturevalue(role))

    client.post(
        f"{ADMIN}stories/story/",
        {
            "action": action,
            "_selected_action": [peru_story.pk],
            "flags_confirmed": "yes",
            "reason": "spam",
            "confirmed": "yes",
        },
    )

    acted = Decision.objects.filter(story=peru_story).exists()
    may_act = MAY_OPEN_PERU_STORY[role] and action not in ("feature", "unfeature")
    assert acted == may_act
