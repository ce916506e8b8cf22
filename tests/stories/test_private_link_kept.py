"""The private link is easy to keep: a copy button, WhatsApp, and e-mail only when one was given."""

from urllib.parse import quote

from django.core import mail

from tests.factories import management_link

SHARE = "/es/share/"


def test_the_confirmation_offers_to_copy_the_link_and_send_it_on_whatsapp(client, story_data):
    html = client.post(SHARE, story_data()).content.decode()
    link, _token = management_link(html)

    assert f'data-copy="{link}"' in html
    assert "https://wa.me/?text=" in html and quote(link, safe="") in html
    assert 'rel="noopener noreferrer"' in html


def test_no_email_is_promised_when_none_was_given(client, story_data):
    html = client.post(SHARE, story_data(contact_email="")).content.decode()

    assert "enviando también" not in html
    assert "/send-link/" not in html
    assert "No diste una dirección de correo" in html


def test_an_author_who_gave_an_address_can_have_the_link_sent_again(
    client, story_data, django_capture_on_commit_callbacks, run_worker
):
    html = client.post(SHARE, story_data(contact_email="maria@example.org")).content.decode()
    link, token = management_link(html)
    assert f'action="/es/my-story/{token}/send-link/"' in html
    run_worker()
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/es/my-story/{token}/send-link/")
    run_worker()

    assert response["Location"] == f"/es/my-story/{token}/?mailed=1"
    assert "no-store" in response["Cache-Control"]
    (message,) = mail.outbox
    assert message.to == ["maria@example.org"]
    assert link.replace("http://testserver", "") in message.body


def test_the_link_is_never_mailed_without_an_address(
    client, story_data, django_capture_on_commit_callbacks, run_worker
):
    _link, token = management_link(client.post(SHARE, story_data()).content.decode())

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/es/my-story/{token}/send-link/")
    run_worker()

    assert mail.outbox == []


def test_the_link_cannot_be_mailed_again_without_limit(
    client, story_data, django_capture_on_commit_callbacks, run_worker
):
    html = client.post(SHARE, story_data(contact_email="maria@example.org")).content.decode()
    _link, token = management_link(html)
    for _ in range(3):
        client.post(f"/es/my-story/{token}/send-link/")

    response = client.post(f"/es/my-story/{token}/send-link/")

    assert response["Location"].endswith("?mailed=later")
    follow = client.get(response["Location"]).content.decode()
    assert "Por favor espera un poco" in follow
