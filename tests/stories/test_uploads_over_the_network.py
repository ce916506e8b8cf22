"""Uploads as phones send them: slowly, or cut off half-way. Nothing half-stored, site serving."""

import socket
import threading
import time
import urllib.request
from urllib.parse import urlsplit

import pytest
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from stories.models import Story

# A CSRF secret of the visitor's own: Django accepts it when the cookie and the form agree.
CSRF = "k" * 32


@pytest.fixture
def upload(live_server, story_data, phone_photo):
    """The raw request of a story with a photo, and how to open a connection to the server."""
    # The photo last, so that a cut-off request is cut inside it, after the text fields.
    data = {
        "csrfmiddlewaretoken": CSRF,
        **story_data(photo_alt="Rosa y yo"),
        "photo": phone_photo(),
    }
    body = encode_multipart(BOUNDARY, data)
    address = urlsplit(live_server.url)
    head = (
        f"POST /es/share/ HTTP/1.1\r\n"
        f"Host: {address.hostname}:{address.port}\r\n"
        f"Content-Type: {MULTIPART_CONTENT}\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"Cookie: csrftoken={CSRF}\r\n"
        f"Connection: close\r\n\r\n"
    ).encode()

    def connect():
        return socket.create_connection((address.hostname, address.port), timeout=30)

    return head, body, connect


def stored_files(media_root):
    photos = media_root / "photos"
    return [p for p in photos.rglob("*") if p.is_file()] if photos.exists() else []


def page_status(live_server):
    with urllib.request.urlopen(f"{live_server.url}/es/share/", timeout=10) as response:
        return response.status


def test_an_upload_cut_off_half_way_stores_nothing_and_the_site_keeps_serving(
    live_server, upload, media_root
):
    head, body, connect = upload
    with connect() as connection:
        connection.sendall(head + body[: len(body) // 2])
    # The server notices the closed connection while it reads the photo.
    time.sleep(1)

    assert page_status(live_server) == 200
    assert Story.objects.count() == 0
    assert stored_files(media_root) == []


def test_a_slow_upload_is_stored_whole_while_other_visitors_are_served(
    live_server, upload, media_root
):
    head, body, connect = upload
    answers = []

    def send_slowly():
        with connect() as connection:
            connection.sendall(head)
            chunk = len(body) // 10 + 1
            for start in range(0, len(body), chunk):
                connection.sendall(body[start : start + chunk])
                time.sleep(0.2)
            answers.append(connection.recv(64))

    sender = threading.Thread(target=send_slowly)
    sender.start()
    time.sleep(0.5)
    served_meanwhile = page_status(live_server)
    sender.join(timeout=30)

    assert served_meanwhile == 200
    assert answers and answers[0].startswith(b"HTTP/1.1 200")
    assert Story.objects.count() == 1
    assert len(stored_files(media_root)) == len(Story.objects.get().photo_files) == 4
