"""Two-step verification of staff: a time-based code (TOTP) from an authenticator app."""

import base64
import io

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from django_otp.qr import write_qrcode_image


def second_step_done(request):
    """Whether the staff member has given the code their account asks for, if any."""
    user = request.user
    if user.is_verified():
        return True
    return not settings.REQUIRE_2FA and not user_has_device(user)


def is_staff_member(user):
    return user.is_authenticated and user.is_active and user.is_staff


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Six-digit code"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not self.device.verify_token(code):
            raise forms.ValidationError(
                _("This code is not right or has expired. Enter the code your app shows now.")
            )
        return code


def qr_code_data_uri(config_url):
    """The key as a QR code for the app to scan, drawn as SVG in a data: address (no file kept)."""
    svg = io.BytesIO()
    write_qrcode_image(config_url, svg)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.getvalue()).decode()


def spaced_secret(device):
    """The key in groups of four letters, for typing into an app that cannot scan."""
    secret = base64.b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
