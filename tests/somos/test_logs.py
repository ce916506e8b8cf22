"""Logs are JSON lines on stdout, carry the request's id, and hold nothing private."""

import io
import json
import logging

import pytest

from somos.requestlog import JSONFormatter, ScrubbedFormatter, client_hash, scrub
from tests.factories import management_link

ADDRESS = "203.0.113.77"


@pytest.fixture
def log_lines():
    """What the configured stdout handler writes, one parsed JSON object per line."""
    handler = next(h for h in logging.getLogger().handlers if h.get_name() == "stdout")
    captured = io.StringIO()
    previous = handler.setStream(captured)
    yield lambda: [json.loads(line) for line in captured.getvalue().splitlines()]
    handler.setStream(previous)


def test_logs_go_to_stdout_as_json(settings):
    handler = next(h for h in logging.getLogger().handlers if h.get_name() == "stdout")

    assert settings.LOGGING["handlers"]["stdout"]["stream"] == "ext://sys.stdout"
    assert isinstance(handler.formatter, JSONFormatter)
    assert logging.getLogger().handlers == [handler] or all(
        type(h).__module__.startswith("_pytest") for h in logging.getLogger().handlers[1:]
    )


def test_each_request_is_logged_once_with_its_id_route_status_and_a_hashed_address(
    client, demo_content, log_lines
):
    response = client.get("/es/campaigns/tu-causa-es-mi-causa/", REMOTE_ADDR=ADDRESS)

    requests = [line for line in log_lines() if line["logger"] == "somos.request"]
    assert len(requests) == 1
    line = requests[0]
    assert line["request_id"] == response["X-Request-ID"]
    assert line["route"] == "es/campaigns/<slug:slug>/"
    assert line["status"] == 200
    assert line["client"] == client_hash(ADDRESS)
    assert line["level"] == "INFO"
    assert isinstance(line["duration_ms"], float)


def test_a_load_balancers_request_id_is_kept_and_a_malformed_one_replaced(client, db):
    kept = client.get("/robots.txt", HTTP_X_REQUEST_ID="lb-7f3a9c21-0001")
    replaced = client.get("/robots.txt", HTTP_X_REQUEST_ID="<script>alert(1)</script>")

    assert kept["X-Request-ID"] == "lb-7f3a9c21-0001"
    assert replaced["X-Request-ID"] != "<script>alert(1)</script>"
    assert len(replaced["X-Request-ID"]) == 32


def test_messages_logged_during_a_request_carry_its_id(client, db, log_lines, monkeypatch):
    class UnreachableCache:
        def set(self, *args, **kwargs):
            raise RuntimeError("cache unreachable")

    monkeypatch.setattr("somos.health.cache", UnreachableCache())

    response = client.get("/healthz")

    failure = next(line for line in log_lines() if line["logger"] == "somos.health")
    assert response.status_code == 503
    assert failure["request_id"] == response["X-Request-ID"]
    assert "cache unreachable" in failure["exception"]


def test_no_email_story_text_token_or_address_reaches_the_log(
    client, story_data, log_lines, phone_photo
):
    sent = client.post(
        "/es/share/",
        story_data(
            contact_email="maria.perez@example.org",
            photo=phone_photo(),
            photo_alt="Rosa y yo",
        ),
        REMOTE_ADDR=ADDRESS,
    )
    link, token = management_link(sent.content.decode())
    client.get(f"/es/my-story/{token}/", REMOTE_ADDR=ADDRESS)
    client.get(f"/es/my-story/{token[:-4]}AAAA/", REMOTE_ADDR=ADDRESS)
    logging.getLogger("stories").warning(
        "Could not reach %s at %s with %s", "maria.perez@example.org", ADDRESS, token
    )

    written = json.dumps(log_lines(), ensure_ascii=False)
    assert "somos.request" in written
    for private in ("maria.perez@example.org", "señora Rosa", token, ADDRESS, link):
        assert private not in written
    assert "[email]" in written
    assert "[token]" in written
    assert f"[client {client_hash(ADDRESS)}]" in written


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    [
        ("peer 203.0.113.77:51234 reset", "peer [client ", "203.0.113.77"),
        ("from 2001:db8::7 at 12:30:45", "at 12:30:45", "2001:db8::7"),
        ("mail to ana_b+x@mail.example.pe failed", "mail to [email] failed", "ana_b+x@"),
        ("csrftoken=Zk9mR2xhY2tzdG9yeXRva2VuMTIzNDU2Nzg5MA", "csrftoken=[token]", "Zk9mR2"),
        ("client ::ffff:203.0.113.5 gone", "client [client ", "113.5"),
        ("refused 203.0.113.5.", "refused [client ", "203.0"),
        ("/my-story/Zk9m%2DR2xh%5FY2tzdG9yeXRva2VuMTIzNDU2Nzg5/", "/my-story/[token]/", "Zk9m"),
    ],
    ids=["ipv4-with-port", "ipv6-not-times", "email", "token", "mapped", "full-stop", "encoded"],
)
def test_private_details_are_scrubbed_from_any_message(text, kept, removed):
    assert kept in scrub(text)
    assert removed not in scrub(text)


@pytest.mark.parametrize(
    "text", ["Listening at: http://0.0.0.0:8000", "connected to 127.0.0.1:6379", "bound to [::]:80"]
)
def test_the_servers_own_addresses_stay_readable(text):
    assert scrub(text) == text


def test_a_page_served_from_the_cache_is_logged_with_its_route(client, demo_content, log_lines):
    client.get("/es/campaigns/tu-causa-es-mi-causa/")
    client.get("/es/campaigns/tu-causa-es-mi-causa/")

    routes = [line["route"] for line in log_lines() if line["logger"] == "somos.request"]
    assert routes == ["es/campaigns/<slug:slug>/"] * 2


def test_the_development_format_is_scrubbed_too():
    record = logging.makeLogRecord({"msg": "mail %s", "args": ("ana@example.org",)})

    line = ScrubbedFormatter("%(message)s").format(record)

    assert line == "mail [email]"
