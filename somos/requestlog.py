"""Structured logs: one JSON object per line on stdout, with the request's id, and nothing private.

E-mail addresses, tokens (the private links of authors among them) and client addresses never
reach the log: addresses appear only as a keyed hash, enough to tell one client from another.
Requests are logged by their URL pattern, not their path, so a path's private parts stay out.
"""

import contextvars
import ipaddress
import json
import logging
import re
import time
import uuid
from datetime import UTC, datetime

from .ratelimit import client_address, client_hash

request_id = contextvars.ContextVar("request_id", default="")
access_logger = logging.getLogger("somos.request")

# What a load balancer may send as the request's id: anything else is replaced by our own.
INCOMING_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Long runs of URL-safe characters, percent-encoded or not: management tokens, session keys,
# CSRF and form tokens.
TOKEN = re.compile(r"(?:[A-Za-z0-9_-]|%[0-9A-Fa-f]{2}){32,}(?::[A-Za-z0-9_:-]+)?")
# Candidates only: a match is hashed when it parses as an address (a time like 12:30:45 does not).
# IPv4 addresses mapped into IPv6 (::ffff:203.0.113.5) are taken whole; an address may end a
# sentence.
ADDRESS = re.compile(
    r"(?<![\w.:])(?:"
    r"(?:[0-9a-fA-F]{0,4}:){2,6}(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d)"
    r"|(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d)"
    r"|(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}(?![\w:]|\.\d)"
    r")"
)
# Attributes every log record has; anything else was passed in `extra` and is kept.
STANDARD_ATTRIBUTES = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
# Objects that Django attaches to its records and that must not be written out.
DROPPED_EXTRAS = {"request", "status_code", "server_time"}


def scrub(text):
    """The text with e-mail addresses and tokens removed and client addresses hashed."""
    text = EMAIL.sub("[email]", text)
    text = TOKEN.sub("[token]", text)
    return ADDRESS.sub(hashed_address, text)


def hashed_address(match):
    try:
        address = ipaddress.ip_address(match.group())
    except ValueError:
        return match.group()
    # The server's own listening addresses are nobody's.
    if address.is_loopback or address.is_unspecified:
        return match.group()
    return f"[client {client_hash(match.group())}]"


class JSONFormatter(logging.Formatter):
    """Each record as one line of JSON, scrubbed of anything private."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": scrub(record.getMessage()),
        }
        identifier = getattr(record, "request_id", "") or request_id.get()
        if identifier:
            entry["request_id"] = identifier
        for name, value in vars(record).items():
            if name not in STANDARD_ATTRIBUTES and name not in DROPPED_EXTRAS:
                entry[name] = value if isinstance(value, int | float | bool) else scrub(str(value))
        if record.exc_info:
            entry["exception"] = scrub(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


class ScrubbedFormatter(logging.Formatter):
    """Plain text lines for a developer's terminal, scrubbed like the JSON ones."""

    def format(self, record):
        return scrub(super().format(record))


class RequestLogMiddleware:
    """Give each request an id (the load balancer's, when it sends one) and log it when done."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        identifier = incoming if INCOMING_ID.fullmatch(incoming) else uuid.uuid4().hex
        token = request_id.set(identifier)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = identifier
            match = request.resolver_match
            access_logger.info(
                "%s %s %s",
                request.method,
                match.route if match else "(no route)",
                response.status_code,
                extra={
                    "method": request.method,
                    "route": match.route if match else "",
                    "view": match.view_name if match else "",
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "client": client_hash(client_address(request)),
                },
            )
            return response
        finally:
            request_id.reset(token)
