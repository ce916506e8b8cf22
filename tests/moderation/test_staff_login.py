"""Staff logins: a lock-out after failed passwords, strong passwords, and a second step."""

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from moderation.enrolment import create_enrolment_link
from moderation.models import EnrolmentLink
from tests.factories import PASSWORD, staff_client

# Just over the default lock-out.
LAPSE = timedelta(minutes=31)
LOGIN = "/es/admin/login/"
ADMIN = "/es/admin/"
TWO_FACTOR = "/es/admin/two-factor/"


@pytest.fixture
def moderator(peru_moderator):
    return peru_moderator


def log_in(client, username, password, address="203.0.113.7"):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": ADMIN},
        REMOTE_ADDR=address,
    )


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def fail_five_times(client, moderator, address="203.0.113.7"):
    for _attempt in range(5):
        log_in(client, moderator.username, "not-the-password", address)


def test_the_right_password_lets_a_moderator_in(client, moderator):
    response = log_in(client, moderator.username, PASSWORD)

    assert response.status_code == 302
    assert client.get(ADMIN).status_code == 200


def test_five_failed_logins_lock_the_username_out_even_with_the_right_password(client, moderator):
    fail_five_times(client, moderator)

    response = log_in(client, moderator.username, PASSWORD)

    assert response.status_code == 429
    assert "Demasiados intentos fallidos" in response.content.decode()
    assert "30 minutos" in response.content.decode()
    assert client.get(ADMIN).status_code == 302


def test_four_failed_logins_do_not_lock_anyone_out(client, moderator):
    for _attempt in range(4):
        log_in(client, moderator.username, "not-the-password")

    assert log_in(client, moderator.username, PASSWORD).status_code == 302


def test_the_lock_out_is_for_that_username_from_that_address(client, moderator):
    fail_five_times(client, moderator, address="203.0.113.7")

    assert log_in(Client(), moderator.username, PASSWORD, "198.51.100.20").status_code == 302


def test_the_lock_out_ends_after_thirty_minutes(client, moderator):
    fail_five_times(client, moderator)
    AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.get().attempt_time - LAPSE)

    assert log_in(client, moderator.username, PASSWORD).status_code == 302


@pytest.mark.parametrize(
    "weak", ["rosa.peru2026", "password1234", "123456789012", "corto"], ids=str
)
def test_weak_staff_passwords_are_refused(moderator, weak):
    with pytest.raises(ValidationError):
        validate_password(weak, moderator)


@pytest.fixture
def two_factor_required(settings):
    settings.REQUIRE_2FA = True


@pytest.fixture
def enrolment_link(moderator):
    """The address of a one-time enrolment link an administrator made for the moderator."""
    return f"{TWO_FACTOR}enrol/{create_enrolment_link(user=moderator, created_by=None)}/"


def test_with_two_factor_required_a_password_alone_neither_opens_the_admin_nor_enrols(
    client, moderator, two_factor_required
):
    response = log_in(client, moderator.username, PASSWORD)
    response = client.get(response["Location"], follow=True)

    html = response.content.decode()
    assert response.redirect_chain[-1][0].startswith(TWO_FACTOR)
    assert response.status_code == 403
    assert "enlace de inscripción" in html
    assert "two-factor-qr" not in html
    assert not TOTPDevice.objects.filter(user=moderator).exists()
    assert client.get(ADMIN).status_code == 302


def test_the_administrators_link_lets_the_staff_member_enrol_once(
    client, moderator, two_factor_required, enrolment_link
):
    client.get(enrolment_link)
    log_in(client, moderator.username, PASSWORD)
    html = client.get(TWO_FACTOR).content.decode()
    assert re.search(r'<img class="two-factor-qr" src="data:image/svg\+xml;base64,', html)
    device = TOTPDevice.objects.get(user=moderator)
    client.post(TWO_FACTOR, {"code": current_code(device), "next": ADMIN})

    assert EnrolmentLink.objects.get().used_at is not None
    assert Client().get(enrolment_link).status_code == 404


def test_an_expired_enrolment_link_does_not_work(client, moderator, enrolment_link):
    EnrolmentLink.objects.update(expires_at=timezone.now() - timedelta(minutes=1))

    assert client.get(enrolment_link).status_code == 404


def test_an_administrator_creates_enrolment_links_for_staff(superuser, moderator):
    response = staff_client(superuser).post(
        "/es/admin/auth/user/",
        {"action": "create_enrolment_links", "_selected_action": [moderator.pk]},
    )

    html = response.content.decode()
    assert "rosa.peru" in html
    assert re.search(r"/es/admin/two-factor/enrol/[\w-]{40,}/", html)
    assert EnrolmentLink.objects.get().user == moderator


def test_a_staff_member_turns_on_two_factor_with_a_code_from_their_app(
    client, moderator, two_factor_required, enrolment_link
):
    client.get(enrolment_link)
    log_in(client, moderator.username, PASSWORD)
    client.get(TWO_FACTOR)
    device = TOTPDevice.objects.get(user=moderator)

    response = client.post(TWO_FACTOR, {"code": current_code(device), "next": ADMIN})

    assert response.status_code == 302
    assert response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200
    assert TOTPDevice.objects.get(user=moderator).confirmed


def test_a_wrong_code_is_refused_with_a_message(
    client, moderator, two_factor_required, enrolment_link
):
    client.get(enrolment_link)
    log_in(client, moderator.username, PASSWORD)
    client.get(TWO_FACTOR)

    response = client.post(TWO_FACTOR, {"code": "000000", "next": ADMIN})

    assert response.status_code == 400
    assert "Este código no es correcto o ya venció" in response.content.decode()
    assert client.get(ADMIN).status_code == 302


def test_once_turned_on_every_login_asks_for_a_code(client, moderator):
    device = TOTPDevice.objects.create(user=moderator, name="Phone", confirmed=True)

    log_in(client, moderator.username, PASSWORD)
    blocked = client.get(ADMIN, follow=True)
    asked = blocked.content.decode()
    client.post(TWO_FACTOR, {"code": current_code(device), "next": ADMIN})

    assert blocked.redirect_chain[-1][0].startswith(TWO_FACTOR)
    assert "Escribe el código de seis dígitos" in asked
    assert "two-factor-qr" not in asked
    assert client.get(ADMIN).status_code == 200


def test_without_the_requirement_staff_without_a_device_need_only_their_password(client, moderator):
    log_in(client, moderator.username, PASSWORD)

    assert client.get(ADMIN).status_code == 200


def test_the_second_step_page_sends_visitors_who_are_not_staff_to_the_login(client, db):
    response = client.get(TWO_FACTOR)

    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def test_the_second_step_does_not_follow_a_next_address_to_another_site(
    client, moderator, two_factor_required, enrolment_link
):
    client.get(enrolment_link)
    log_in(client, moderator.username, PASSWORD)
    client.get(TWO_FACTOR)
    device = TOTPDevice.objects.get(user=moderator)

    response = client.post(
        TWO_FACTOR, {"code": current_code(device), "next": "https://evil.example/"}
    )

    assert response["Location"] == ADMIN


def test_staff_without_a_device_are_offered_two_step_verification(client, moderator):
    log_in(client, moderator.username, PASSWORD)

    html = client.get(ADMIN).content.decode()

    assert f'href="{TWO_FACTOR}">Activar la verificación en dos pasos</a>' in html


def test_staff_who_turn_it_on_themselves_are_asked_for_a_code_next_time(client, moderator):
    log_in(client, moderator.username, PASSWORD)
    client.get(TWO_FACTOR)
    device = TOTPDevice.objects.get(user=moderator)
    client.post(TWO_FACTOR, {"code": current_code(device), "next": ADMIN})
    client.post("/es/admin/logout/")

    log_in(client, moderator.username, PASSWORD)

    assert client.get(ADMIN, follow=True).redirect_chain[-1][0].startswith(TWO_FACTOR)
    assert "Activar la verificación" not in client.get(TWO_FACTOR).content.decode()


def test_a_staff_member_can_log_out_from_the_second_step(client, moderator, two_factor_required):
    log_in(client, moderator.username, PASSWORD)

    response = client.post("/es/admin/two-factor/log-out/")

    assert response["Location"] == LOGIN
    assert "_auth_user_id" not in client.session
    assert client.get(TWO_FACTOR)["Location"].startswith(LOGIN)


def test_a_forged_forwarded_for_header_does_not_escape_the_lock_out(client, moderator, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRUSTED_PROXIES = ["10.0.0.1/32"]
    for attempt in range(5):
        client.post(
            LOGIN,
            {"username": moderator.username, "password": "not-the-password", "next": ADMIN},
            REMOTE_ADDR="203.0.113.7",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}",
        )

    response = client.post(
        LOGIN,
        {"username": moderator.username, "password": PASSWORD, "next": ADMIN},
        REMOTE_ADDR="203.0.113.7",
        HTTP_X_FORWARDED_FOR="198.51.100.99",
    )

    assert response.status_code == 429


def test_behind_the_trusted_proxy_each_client_is_counted_apart(client, moderator, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRUSTED_PROXIES = ["10.0.0.1/32"]

    def through_the_proxy(password, visitor):
        return client.post(
            LOGIN,
            {"username": moderator.username, "password": password, "next": ADMIN},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=visitor,
        )

    for _attempt in range(5):
        through_the_proxy("not-the-password", "203.0.113.7")

    assert through_the_proxy(PASSWORD, "203.0.113.7").status_code == 429
    assert through_the_proxy(PASSWORD, "192.0.2.44").status_code == 302


def test_lock_out_records_keep_no_client_address(client, moderator):
    fail_five_times(client, moderator)

    for attempt in AccessAttempt.objects.all():
        assert "203.0.113.7" not in attempt.ip_address
        assert attempt.ip_address.startswith("fd00::")
