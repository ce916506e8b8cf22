"""Small factories for stories in any state, one at a time or by the thousand, and for staff."""

import itertools
import re
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from moderation.models import Assignment
from moderation.screening import screen_story
from stories.models import Story, Theme

PASSWORD = "a-long-staff-password-2026"

_numbers = itertools.count(1)

BODY = (
    "Cuando llegué al barrio, la vecina Carmen me enseñó dónde comprar pan y cómo tomar el "
    "bus. Hoy jugamos fútbol los sábados con sus hijos y los míos."
)


def story_fields(campaign, **fields):
    number = next(_numbers)
    language = fields.pop("language", "es")
    values = {
        "campaign": campaign,
        "language": language,
        f"title_{language}": fields.pop("title", f"Historia número {number}"),
        f"body_{language}": fields.pop("body", BODY),
        "author_display": "first_name",
        "author_name": "Carmen Rojas",
        "author_role": "migrant",
        "country": "PE",
        "city": "Lima",
        "status": Story.Status.APPROVED,
        "published_at": timezone.now() - timedelta(hours=number),
        "management_token_hash": f"test-hash-{number}",
        "submission_key": f"test-key-{number}",
    }
    values.update(fields)
    return values


def make_story(campaign, themes=(), **fields):
    """One story, published unless told otherwise."""
    story = Story.objects.create(**story_fields(campaign, **fields))
    if themes:
        story.themes.set(Theme.objects.filter(slug__in=themes))
    return story


def make_stories(campaign, count, themes=("community",), **fields):
    """Many published stories at once, each with the given themes."""
    stories = Story.objects.bulk_create(
        [Story(**story_fields(campaign, **dict(fields))) for _ in range(count)]
    )
    links = [
        Story.themes.through(story_id=story.pk, theme_id=theme.pk)
        for story in stories
        for theme in Theme.objects.filter(slug__in=themes)
    ]
    Story.themes.through.objects.bulk_create(links)
    return stories


STORY_BODY = (
    "Llegué a Lima en 2018 con mi hija y una maleta. La señora Rosa, nuestra vecina, nos "
    "prestó una cocina y nos enseñó a preparar causa limeña. Hoy cocinamos juntas cada domingo."
)


def management_link(html):
    """The private link shown on the confirmation page."""
    match = re.search(r'href="(http://testserver/[a-z]+/my-story/([A-Za-z0-9_-]+)/)"', html)
    assert match, "the confirmation page shows the management link"
    return match.group(1), match.group(2)


def submitted(campaign, **fields):
    """A story as the public form leaves it: waiting for a moderator, screened."""
    story = make_story(campaign, status=Story.Status.SUBMITTED, published_at=None, **fields)
    story.submitted_title, story.submitted_body = story.original_title, story.original_body
    story.save()
    screen_story(story)
    return story


def make_staff(username, group=None, campaigns=(), superuser=False):
    """A staff account in a role ("moderator", "editor"), assigned to campaigns."""
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username, f"{username}@example.org", PASSWORD)
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, is_staff=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    for campaign in campaigns:
        Assignment.objects.create(user=user, campaign=campaign)
    return user


def staff_client(user):
    client = Client()
    client.force_login(user)
    return client


def change_form_data(client, url):
    """The change form's current values, inlines included, as the browser would post them."""
    response = client.get(url)
    data = form_values(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[f"{management.prefix}-{name}"] = management[name].value()
        for form in inline.formset.forms:
            data.update(form_values(form))
    return data


def form_values(form):
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None:
            continue
        if isinstance(value, list | tuple):
            data[form.add_prefix(name)] = [str(v) for v in value]
        elif isinstance(value, bool):
            if value:
                data[form.add_prefix(name)] = "on"
        else:
            data[form.add_prefix(name)] = str(value)
    return data


def reads_stories_in_full(sql):
    """Whether a query reads stories' texts, not only their ids and versions."""
    return '"stories_story"."body_es"' in sql.split(" FROM ")[0]
