"""The base of every public form: a signed token, a honeypot and a minimum time to fill it in.

The token carries when the form was shown and a submission key, so that a form sent twice is
stored once; bots that fill every field or send at once are refused with a message a person
can act on.
"""

import time
import uuid

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

FORM_TOKEN_SALT = "stories.share-form"
FORM_TOKEN_MAX_AGE = 2 * 24 * 3600

REQUIRED = _("Please fill in this field.")
CHOOSE = _("Please choose one of the options.")


def new_form_token():
    """A signed token carrying the form's submission key and the time it was shown."""
    return signing.dumps({"key": str(uuid.uuid4()), "shown": time.time()}, salt=FORM_TOKEN_SALT)


class ProtectedForm(forms.Form):
    """A public form with a signed token (when it was shown, its submission key) and a honeypot."""

    # Left empty by people; filled by bots that fill every field. Hidden by CSS.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    form_token = forms.CharField(widget=forms.HiddenInput, required=False)

    submission_key = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["form_token"].initial = new_form_token()

    def renew_form_token(self):
        self.data = self.data.copy()
        self.data["form_token"] = new_form_token()

    def clean_form_token(self):
        try:
            token = signing.loads(
                self.cleaned_data["form_token"], salt=FORM_TOKEN_SALT, max_age=FORM_TOKEN_MAX_AGE
            )
        except signing.SignatureExpired as exc:
            self.renew_form_token()
            raise ValidationError(
                _("This form was open for a long time. Please check it and send it again."),
                code="expired",
            ) from exc
        except signing.BadSignature as exc:
            self.renew_form_token()
            raise ValidationError(
                _("This form could not be checked. Please send it again."), code="tampered"
            ) from exc
        if time.time() - token["shown"] < settings.FORM_MIN_FILL_SECONDS:
            raise ValidationError(
                _("That was very quick. Please check the form once more and send it again."),
                code="too_quick",
            )
        self.submission_key = token["key"]
        return token["key"]

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise ValidationError(_("This could not be sent. Please try again."), code="honeypot")
        return ""

    @property
    def general_errors(self):
        return [*self.non_field_errors(), *self["form_token"].errors, *self["website"].errors]
