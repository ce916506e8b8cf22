import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from campaigns.models import Campaign
from moderation.models import Assignment
from moderation.roles import setup_roles
from moderation.screening import screen_story
from stories.models import Story
from tests.factories import make_story

PASSWORD = "a-long-staff-password-2026"


def staff_client(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def roles(db):
    setup_roles()


def make_staff(username, group=None, campaigns=(), superuser=False):
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username, f"{username}@example.org", PASSWORD)
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, is_staff=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    for campaign in campaigns:
        Assignment.objects.create(user=user, campaign=campaign)
    return user


@pytest.fixture
def peru(demo_content):
    return Campaign.objects.get(slug="tu-causa-es-mi-causa")


@pytest.fixture
def chile(demo_content):
    return Campaign.objects.get(slug="somos-encuentro")


@pytest.fixture
def peru_moderator(roles, peru):
    return make_staff("rosa.peru", "moderator", [peru])


@pytest.fixture
def chile_moderator(roles, chile):
    return make_staff("pablo.chile", "moderator", [chile])


@pytest.fixture
def editor(roles):
    return make_staff("elena.editor", "editor")


@pytest.fixture
def superuser(db):
    return make_staff("admin", superuser=True)


def submitted(campaign, **fields):
    story = make_story(campaign, status=Story.Status.SUBMITTED, published_at=None, **fields)
    story.submitted_title, story.submitted_body = story.original_title, story.original_body
    story.save()
    screen_story(story)
    return story


@pytest.fixture
def peru_story(peru):
    return submitted(
        peru,
        title="Mi primer trabajo en Lima",
        body="Trabajo en una panadería de Surquillo. Si alguien necesita pan, mi cel 987 654 321.",
    )


@pytest.fixture
def chile_story(chile):
    return submitted(chile, title="Una feria en Santiago", body="Vendemos arepas los domingos.")
