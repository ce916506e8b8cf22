"""A moderator decides from the story's page, works a queue that fits, and redacts in a click."""

import re

from django.core import mail
from django.test import Client

from moderation.models import Decision
from stories.models import Story
from tests.factories import PASSWORD, make_staff, make_story, staff_client, submitted

ADMIN = "/es/admin/"
QUEUE = f"{ADMIN}stories/story/"


def page_of(story):
    return f"{QUEUE}{story.pk}/change/"


def decide_from_page(client, story, action, **fields):
    """Press a decision button on the story's page, as its form posts it."""
    data = {"action": action, "_selected_action": story.pk, "next": page_of(story), **fields}
    return client.post(QUEUE, data)


def test_the_story_page_offers_the_decisions_its_status_allows(peru_moderator, peru_story):
    client = staff_client(peru_moderator)

    html = client.get(page_of(peru_story)).content.decode()

    for action in ("approve_selected", "reject_selected", "hold_selected"):
        assert f'data-decision="{action}"' in html
    assert 'data-decision="take_down_selected"' not in html
    Story.objects.filter(pk=peru_story.pk).update(status="approved")
    html = client.get(page_of(peru_story)).content.decode()
    assert 'data-decision="take_down_selected"' in html
    assert 'data-decision="approve_selected"' not in html


def test_a_moderator_approves_from_the_story_page_and_comes_back_to_it(
    peru_moderator, peru, client
):
    story = submitted(peru, title="Pan", body="Trabajo en una panadería de Surquillo.")

    response = decide_from_page(staff_client(peru_moderator), story, "approve_selected")

    assert response.status_code == 302
    assert response["Location"] == page_of(story)
    assert Story.objects.get(pk=story.pk).status == Story.Status.APPROVED
    assert Decision.objects.get(story=story).action == "approve"
    assert client.get(f"/es/stories/{story.pk}/").status_code == 200


def test_rejecting_shows_the_authors_message_in_their_language_before_sending(peru_moderator, peru):
    story = submitted(
        peru, language="pt", title="Pão", body="Trabalho numa padaria.", contact_email="a@b.org"
    )
    client = staff_client(peru_moderator)

    choose = decide_from_page(client, story, "reject_selected").content.decode()
    preview = decide_from_page(
        client, story, "reject_selected", reason="spam", note="Obrigada."
    ).content.decode()

    assert "checked" not in choose
    assert "Sobre sua história no Somos" in preview
    assert "A equipe de moderação decidiu não publicá-la." in preview
    assert "Obrigada." in preview
    assert Story.objects.get(pk=story.pk).status == Story.Status.SUBMITTED
    decide_from_page(client, story, "reject_selected", reason="spam", note="", confirmed="yes")
    assert Story.objects.get(pk=story.pk).status == Story.Status.REJECTED


def test_the_queue_shows_the_start_of_each_text_and_its_flags_in_words(peru_moderator, peru_story):
    html = staff_client(peru_moderator).get(f"{QUEUE}?status__exact=submitted").content.decode()

    assert "Trabajo en una panadería de Surquillo" in html
    assert "número de teléfono" in html
    assert html.index("<h1>") < html.index('class="status-counts"')


def test_the_queue_shows_no_more_than_two_hundred_characters_of_a_text(peru_moderator, peru):
    submitted(peru, title="Larga", body="palabra " * 100)

    html = staff_client(peru_moderator).get(f"{QUEUE}?status__exact=submitted").content.decode()

    excerpt = re.search(r'<span class="queue-excerpt">([^<]*)</span>', html).group(1)
    assert 150 < len(excerpt) <= 200


def test_the_admin_home_says_how_many_stories_wait_in_each_campaign(
    peru_moderator, peru_story, peru
):
    html = staff_client(peru_moderator).get(ADMIN).content.decode()

    link = f"{QUEUE}?status__exact=submitted&amp;campaign__id__exact={peru.pk}"
    assert f'<a href="{link}">1 en espera</a>' in html
    assert "Somos Encuentro" not in html


def test_staff_preview_an_unpublished_story_as_it_will_look(peru_moderator, peru_story):
    response = staff_client(peru_moderator).get(f"{QUEUE}{peru_story.pk}/preview/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Mi primer trabajo en Lima</h1>" in html
    assert "Vista previa" in html
    assert '<meta name="robots" content="noindex">' in html
    assert "no-store" in response["Cache-Control"]
    english = staff_client(peru_moderator).get(f"/en/admin/stories/story/{peru_story.pk}/preview/")
    assert "Preview for the moderators" in english.content.decode()


def test_the_preview_is_for_the_story_campaigns_moderators_only(chile_moderator, peru_story):
    assert staff_client(chile_moderator).get(f"{QUEUE}{peru_story.pk}/preview/").status_code == 404
    assert Client().get(f"{QUEUE}{peru_story.pk}/preview/").status_code == 302


def test_view_on_site_opens_the_preview(peru_moderator, peru_story):
    html = staff_client(peru_moderator).get(page_of(peru_story)).content.decode()

    assert f"{QUEUE}{peru_story.pk}/preview/" in html


def test_a_finding_is_redacted_in_one_click_in_every_language(peru_moderator, peru):
    story = submitted(peru, title="Pan", body="Pidan pan al 987 654 321, gracias.")
    Story.objects.filter(pk=story.pk).update(
        title_en="Bread", body_en="Order bread on 987 654 321, thanks."
    )
    finding = story.findings.get(language="es")
    client = staff_client(peru_moderator)

    response = client.post(f"{QUEUE}{story.pk}/redact/", {"finding": finding.pk})

    assert response["Location"] == page_of(story)
    story.refresh_from_db()
    assert story.body_es == "Pidan pan al [teléfono retirado], gracias."
    assert story.body_en == "Order bread on [phone number removed], thanks."
    assert "987 654 321" in story.submitted_body
    assert not story.findings.exists()
    assert Decision.objects.get(story=story, action="redact").moderator == peru_moderator


def test_each_highlight_has_a_one_click_redaction(peru_moderator, peru_story):
    html = staff_client(peru_moderator).get(page_of(peru_story)).content.decode()

    assert f'formaction="{QUEUE}{peru_story.pk}/redact/"' in html


def test_themes_are_checkboxes_and_the_consent_time_is_readable(peru_moderator, peru_story):
    Story.objects.filter(pk=peru_story.pk).update(consent_text=None)
    html = staff_client(peru_moderator).get(page_of(peru_story)).content.decode()

    assert 'type="checkbox" name="themes"' in html


def test_the_consent_time_is_shown_in_the_staff_language_and_time_zone(
    peru_moderator, client, story_data
):
    client.post("/es/share/", story_data())
    story = Story.objects.get()

    html = staff_client(peru_moderator).get(page_of(story)).content.decode()

    assert re.search(r"\d{1,2} de \w+ de \d{4} a las \d{1,2}:\d{2} \(-05\)", html)
    assert not re.search(r"\d{2}:\d{2}:\d{2}\.\d+\+00:00<", html)


def test_library_sections_are_named_in_the_staff_language(superuser):
    html = staff_client(superuser).get(ADMIN).content.decode()

    assert "Accesos del equipo" in html
    assert "Verificación en dos pasos" in html or "Two-step" not in html
    assert "Access attempts" not in html
    assert "TOTP devices" not in html
    assert "Task Results" not in html


def test_saving_a_story_is_confirmed_in_correct_spanish(peru_moderator, peru_story):
    from tests.factories import change_form_data

    client = staff_client(peru_moderator)
    response = client.post(page_of(peru_story), change_form_data(client, page_of(peru_story)))

    html = client.get(response["Location"], follow=True).content.decode()
    assert re.search(r"Se guardaron los cambios de “<a [^>]+>Mi primer trabajo en Lima</a>”", html)
    assert "El historia" not in html


def test_the_favicon_is_found(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert "favicon" in response["Location"] and response["Location"].endswith(".svg")


def test_staff_reset_a_forgotten_password_by_e_mail(
    client, roles, peru, run_worker, django_capture_on_commit_callbacks
):
    staff = make_staff("rosa.peru", "moderator", [peru])
    make_story(peru)
    login = client.get(f"{ADMIN}login/").content.decode()
    assert f"{ADMIN}password-reset/" in login

    client.post(f"{ADMIN}password-reset/", {"email": staff.email})
    client.post(f"{ADMIN}password-reset/", {"email": "nobody@example.org"})
    run_worker()

    (message,) = mail.outbox
    link = re.search(r"http://testserver(/es/admin/password-reset/\S+/)", message.body).group(1)
    form_page = client.get(link, follow=True)
    new = "otra-clave-larga-y-segura-2026"
    client.post(form_page.request["PATH_INFO"], {"new_password1": new, "new_password2": new})
    staff.refresh_from_db()
    assert staff.check_password(new)
    assert not staff.check_password(PASSWORD)


def test_a_visitor_account_gets_no_reset_e_mail(client, run_worker, django_user_model):
    django_user_model.objects.create_user("visitor", "v@example.org", PASSWORD)

    client.post(f"{ADMIN}password-reset/", {"email": "v@example.org"})
    run_worker()

    assert mail.outbox == []
