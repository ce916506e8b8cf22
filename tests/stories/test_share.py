"""A storyteller sends a story through the form, safely, and gets a private link."""

import hashlib

import psycopg
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError, connection
from django.test import Client
from django.utils import timezone
from django.utils.html import escape
from django_tasks_db.models import DBTaskResult

from campaigns.models import Campaign
from somos.forms import new_form_token
from stories.models import ConsentText, Story
from tests.factories import STORY_BODY, management_link

SHARE = "/es/share/"


def stored_files(media_root):
    """The stored files made from storytellers' photos."""
    photos = media_root / "photos"
    return [p for p in photos.rglob("*") if p.is_file()] if photos.exists() else []


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("es", "Comparte tu historia"),
        ("en", "Share your story"),
        ("pt", "Compartilhe sua história"),
        ("pap", "Kompartí bo historia"),
    ],
)
def test_form_is_offered_in_each_language_with_its_language_preselected(
    client, demo_content, language, heading
):
    html = client.get(f"/{language}/share/").content.decode()

    assert f"<h1>{heading}</h1>" in html
    assert f'<option value="{language}" selected>' in html


def test_form_from_a_campaign_has_the_campaign_preselected(client, demo_content):
    chile = Campaign.objects.get(slug="somos-encuentro")

    html = client.get(SHARE + "?campaign=somos-encuentro").content.decode()

    assert f'<option value="{chile.pk}" selected>' in html


def test_form_states_its_limits_up_front(client, demo_content):
    html = client.get("/en/share/").content.decode()

    assert "Up to 120 characters." in html
    assert "Between 100 and 5,000 characters." in html
    assert 'maxlength="120"' in html


def test_a_story_is_stored_with_its_consent_record_and_a_hashed_token(client, story_data):
    response = client.post(SHARE, story_data())

    assert response.status_code == 200
    link, token = management_link(response.content.decode())
    story = Story.objects.get()
    assert story.status == Story.Status.SUBMITTED
    assert story.title_es == "La cocina de la señora Rosa"
    assert story.body_es == STORY_BODY
    assert story.campaign.slug == "tu-causa-es-mi-causa"
    assert sorted(t.slug for t in story.themes.all()) == ["community", "food"]
    assert story.byline == "María · migrante · Lima"
    assert story.consent_text == ConsentText.objects.get(version="2026-11", language="es")
    assert story.consented_at is not None
    assert story.management_token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert link == f"http://testserver/es/my-story/{token}/"


def test_the_confirmation_page_is_private(client, story_data):
    response = client.post(SHARE, story_data())

    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "same-origin"
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()


def test_the_link_is_mailed_through_the_queue_with_the_sites_own_address(
    client, story_data, django_capture_on_commit_callbacks, run_worker, settings
):
    settings.SITE_URL = "https://somos.example"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SHARE, story_data(contact_email="maria@example.org"))
    assert mail.outbox == []

    run_worker()

    _link, token = management_link(response.content.decode())
    (message,) = mail.outbox
    assert message.to == ["maria@example.org"]
    assert f"https://somos.example/es/my-story/{token}/" in message.body
    assert "testserver" not in message.body


def test_a_failed_mail_of_the_link_is_tried_again_later(
    client, story_data, django_capture_on_commit_callbacks, run_worker, monkeypatch
):
    monkeypatch.setattr("stories.mail.send_mail", failing_send_mail)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SHARE, story_data(contact_email="maria@example.org"))

    run_worker()

    retry = DBTaskResult.objects.filter(status="READY").get()
    assert retry.args_kwargs["args"][-1] == 2
    assert retry.run_after > timezone.now()


def failing_send_mail(*args, **kwargs):
    raise ConnectionRefusedError("the mail server is down")


def test_no_mail_without_an_address(
    client, story_data, django_capture_on_commit_callbacks, run_worker
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SHARE, story_data())
    run_worker()

    assert mail.outbox == []


def test_a_story_with_a_photo_stores_only_its_web_sizes(
    client, story_data, phone_photo, media_root
):
    data = story_data(photo=phone_photo(), photo_alt="Rosa y yo en la cocina")

    client.post(SHARE, data)

    story = Story.objects.get()
    assert story.photo_alt == "Rosa y yo en la cocina"
    assert len(story.photo_files) == 4
    assert sorted(p.name for p in stored_files(media_root)) == sorted(
        f["name"].rsplit("/", 1)[1] for f in story.photo_files
    )


def test_a_double_click_stores_one_story_and_shows_the_same_link(client, story_data):
    data = story_data()

    first = client.post(SHARE, data)
    second = client.post(SHARE, data)

    assert Story.objects.count() == 1
    assert management_link(first.content.decode()) == management_link(second.content.decode())


def test_a_resent_form_with_a_photo_leaves_no_extra_files(
    client, story_data, phone_photo, media_root
):
    data = story_data(photo_alt="Rosa y yo")

    client.post(SHARE, {**data, "photo": phone_photo()})
    client.post(SHARE, {**data, "photo": phone_photo()})

    assert Story.objects.count() == 1
    assert len(stored_files(media_root)) == 4


def test_errors_are_listed_at_the_top_with_links_and_the_text_comes_back(client, story_data):
    response = client.post(SHARE, story_data(body="Muy corta.", author_role=""))

    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="error-summary"' in html
    assert 'href="#id_body"' in html
    assert 'href="#id_author_role_0"' in html
    assert "Muy corta.</textarea>" in html
    assert 'value="La cocina de la señora Rosa"' in html
    assert Story.objects.count() == 0


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title": "x" * 121}, "title", "Escribe como máximo 120 caracteres (ahora 121)."),
        ({"body": "corta " * 10}, "body", "Escribe al menos 100 caracteres"),
        ({"body": "a" * 5001}, "body", "como máximo 5000 caracteres"),
        ({"body": STORY_BODY + " " + "b" * 5000}, "body", "palabra muy larga"),
        ({"author_display": "full_name", "author_name": ""}, "author_name", "Escribe tu nombre"),
        ({"video_url": "https://example.com/video/1"}, "video_url", "YouTube o Vimeo"),
        ({"video_url": "javascript:alert(1)"}, "video_url", "YouTube o Vimeo"),
        ({"contact_email": "maria at example"}, "contact_email", "nombre@example.org"),
        ({"country": "ZZ"}, "country", "Elige una de las opciones."),
        ({"consent_age": None}, "consent_age", "Marca la casilla para aceptar."),
    ],
    ids=[
        "long-title",
        "short-body",
        "long-body",
        "5000-character-word",
        "name-missing",
        "video-elsewhere",
        "video-javascript",
        "bad-email",
        "unknown-country",
        "no-age-consent",
    ],
)
def test_bad_input_gets_a_translated_message_beside_the_field(
    client, story_data, changes, field, message
):
    response = client.post(SHARE, story_data(**changes))

    html = response.content.decode()
    assert response.status_code == 400
    beside_field = html[html.index(f'id="field-{field}"') :]
    assert message in beside_field[: beside_field.index("</div>") + 2000]
    assert Story.objects.count() == 0


def test_a_photo_without_a_description_is_refused(client, story_data, phone_photo):
    response = client.post(SHARE, story_data(photo=phone_photo(), photo_alt=""))

    assert "Describe tu foto en pocas palabras." in response.content.decode()
    assert Story.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"just some text, not a picture", "foto.jpg"),
        (b"<html><body><script>alert(1)</script></body></html>", "foto.jpg"),
    ],
)
def test_a_file_that_is_not_a_photo_gets_a_message_beside_the_photo(
    client, story_data, media_root, content, name
):
    photo = SimpleUploadedFile(name, content, content_type="image/jpeg")

    response = client.post(SHARE, story_data(photo=photo, photo_alt="x"))

    html = response.content.decode()
    beside_photo = html[html.index('id="field-photo"') :][:1500]
    assert "no es una foto que podamos leer" in beside_photo
    assert Story.objects.count() == 0
    assert stored_files(media_root) == []


def test_a_50_megabyte_upload_gets_a_message_and_the_text_back(client, story_data, media_root):
    photo = SimpleUploadedFile("huge.jpg", b"\xff\xd8\xff" + bytes(50 * 1024 * 1024))

    response = client.post(SHARE, story_data(photo=photo, photo_alt="Rosa"))

    html = response.content.decode()
    assert response.status_code == 400
    assert "Elige una de 10 MB como máximo." in html
    assert 'value="La cocina de la señora Rosa"' in html
    assert Story.objects.count() == 0
    assert stored_files(media_root) == []


def test_a_request_far_over_the_limit_is_refused_before_it_is_read(client, story_data):
    response = client.post(SHARE, story_data(), CONTENT_LENGTH=str(500 * 1024 * 1024))

    assert response.status_code == 413
    assert "demasiado grande" in response.content.decode()
    assert Story.objects.count() == 0


HOSTILE = [
    "<script>alert('xss')</script>",
    "'; DROP TABLE stories_story; --",
    "Robert'); DELETE FROM auth_user WHERE ('1'='1",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_scripts_and_sql_are_stored_as_text_and_escaped_on_output(client, story_data, hostile):
    response = client.post(
        SHARE,
        story_data(title=hostile[:120], body=STORY_BODY + " " + hostile, city=hostile[:80]),
    )

    _link, token = management_link(response.content.decode())
    story = Story.objects.get()
    assert story.title_es == hostile[:120]
    assert story.body_es.endswith(hostile)
    page = client.get(f"/es/my-story/{token}/").content.decode()
    assert "<script>alert" not in page
    assert escape(hostile[:120]) in page


def test_invisible_and_control_characters_are_removed_and_emoji_kept(client, story_data):
    title = "Mi\u202e historia\u200b con\x00 Rosa 👩\u200d🍳"
    body = STORY_BODY + "\u2066 Gracias\ufeff Perú 🇵🇪\x07"

    client.post(SHARE, story_data(title=title, body=body))

    story = Story.objects.get()
    assert story.title_es == "Mi historia con Rosa 👩\u200d🍳"
    assert story.body_es == STORY_BODY + " Gracias Perú 🇵🇪"


def test_a_video_link_is_kept_in_a_canonical_form(client, story_data):
    client.post(SHARE, story_data(video_url="https://youtu.be/dQw4w9WgXcQ?t=42"))

    assert Story.objects.get().video_url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def test_the_honeypot_stops_a_bot(client, story_data):
    response = client.post(SHARE, story_data(website="http://spam.example"))

    assert response.status_code == 400
    assert Story.objects.count() == 0


def test_a_form_sent_too_quickly_is_refused_and_can_be_sent_again(client, story_data, settings):
    settings.FORM_MIN_FILL_SECONDS = 3600
    data = story_data()

    response = client.post(SHARE, data)

    assert "Fue muy rápido" in response.content.decode()
    assert Story.objects.count() == 0
    settings.FORM_MIN_FILL_SECONDS = 0
    assert client.post(SHARE, data).status_code == 200
    assert Story.objects.count() == 1


def test_a_forged_form_token_is_refused_and_replaced(client, story_data):
    forged = new_form_token()[:-4] + "AAAA"

    response = client.post(SHARE, story_data(form_token=forged))

    html = response.content.decode()
    assert "No pudimos comprobar este formulario" in html
    assert forged not in html
    assert Story.objects.count() == 0


@pytest.mark.parametrize("token", [None, "wrong-token"])
def test_a_missing_or_wrong_csrf_token_is_refused(story_data, token):
    client = Client(enforce_csrf_checks=True)
    client.get(SHARE)
    data = story_data()
    if token:
        data["csrfmiddlewaretoken"] = token

    response = client.post(SHARE, data)

    assert response.status_code == 403
    assert "No pudimos enviar el formulario" in response.content.decode()
    assert Story.objects.count() == 0


def test_an_address_that_sent_several_stories_must_wait(client, story_data, settings):
    settings.STORY_SUBMISSIONS_PER_HOUR = 2
    for _ in range(2):
        assert client.post(SHARE, story_data()).status_code == 200

    response = client.post(SHARE, story_data(title="Otra historia"))

    html = response.content.decode()
    assert response.status_code == 429
    assert "espera una hora" in html
    assert 'value="Otra historia"' in html
    assert Story.objects.count() == 2


def test_other_addresses_are_not_limited(client, story_data, settings):
    settings.STORY_SUBMISSIONS_PER_HOUR = 1
    client.post(SHARE, story_data(), REMOTE_ADDR="10.0.0.1")

    response = client.post(SHARE, story_data(), REMOTE_ADDR="10.0.0.2")

    assert response.status_code == 200


def test_the_rate_limit_can_be_turned_off_for_load_tests(client, story_data, settings):
    settings.STORY_SUBMISSIONS_PER_HOUR = 1
    settings.RATELIMIT_ENABLE = False

    for _ in range(3):
        assert client.post(SHARE, story_data()).status_code == 200
    assert Story.objects.count() == 3


def fail_story_inserts(execute, sql, params, many, context):
    if sql.startswith('INSERT INTO "stories_story"'):
        raise OperationalError("server closed the connection unexpectedly")
    return execute(sql, params, many, context)


def test_a_database_failure_gets_a_message_the_text_back_and_leaves_no_file(
    client, story_data, phone_photo, media_root
):
    with connection.execute_wrapper(fail_story_inserts):
        response = client.post(SHARE, story_data(photo=phone_photo(), photo_alt="Rosa y yo"))

    html = response.content.decode()
    assert response.status_code == 503
    assert "No pudimos guardar tu historia" in html
    assert 'value="La cocina de la señora Rosa"' in html
    assert Story.objects.count() == 0
    assert stored_files(media_root) == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="ends a PostgreSQL server process")
def test_a_lost_database_connection_is_replaced_and_the_site_keeps_serving(
    client, story_data, phone_photo, media_root
):
    def end_the_connection(execute, sql, params, many, context):
        if sql.startswith('INSERT INTO "stories_story"'):
            pid = context["connection"].connection.info.backend_pid
            with psycopg.connect(**context["connection"].get_connection_params()) as other:
                other.execute("SELECT pg_terminate_backend(%s)", [pid])
        return execute(sql, params, many, context)

    with connection.execute_wrapper(end_the_connection):
        lost = client.post(SHARE, story_data(photo=phone_photo(), photo_alt="Rosa y yo"))
    again = client.post(SHARE, story_data(photo=phone_photo(), photo_alt="Rosa y yo"))

    assert lost.status_code == 503
    assert 'value="La cocina de la señora Rosa"' in lost.content.decode()
    assert again.status_code == 200
    assert Story.objects.count() == 1
    assert len(stored_files(media_root)) == 4


def test_the_regional_campaign_names_its_countries_in_the_page_language(client, demo_content):
    assert "Brazil" in client.get("/en/share/").content.decode()
    assert "Brasil" in client.get("/es/share/").content.decode()
