"""Security headers on every response, a movable admin, and sessions that expire when idle."""

import subprocess
import sys

from django.conf import settings

from tests.test_settings import BASE_ENV, PRODUCTION


def test_every_page_forbids_camera_microphone_and_location(client, db):
    policy = client.get("/es/")["Permissions-Policy"]

    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in policy


def test_standard_headers_are_set(client, db):
    response = client.get("/es/privacidad/")

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_the_admin_path_comes_from_the_environment():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.urls import reverse; "
            "from django.utils.translation import activate; activate('es'); "
            "print(reverse('admin:index'))",
        ],
        cwd=settings.BASE_DIR,
        env={**BASE_ENV, **PRODUCTION, "ADMIN_URL": "gestion-8f3k"},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.strip() == "/es/gestion-8f3k/", result.stderr


def test_robots_txt_does_not_reveal_the_admin(client, db):
    assert "admin" not in client.get("/robots.txt").content.decode()


def test_a_staff_session_lasts_an_idle_hour_from_each_request(client, admin_user):
    client.force_login(admin_user)

    first = client.get("/es/admin/")
    again = client.get("/es/admin/")

    for response in (first, again):
        assert response.cookies["sessionid"]["max-age"] == 60 * 60
