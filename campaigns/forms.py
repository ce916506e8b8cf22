from django import forms
from django.utils.translation import gettext_lazy as _

from stories.forms import CHOOSE, CampaignChoiceField, ProtectedForm

from .countries import COUNTRIES


class PledgeForm(ProtectedForm):
    campaign = CampaignChoiceField()
    first_name = forms.CharField(
        label=_("Your first name"),
        max_length=40,
        required=False,
        help_text=_("Optional. We only count pledges: names are never shown."),
        error_messages={"max_length": _("Please write at most 40 characters.")},
    )
    country = forms.ChoiceField(
        label=_("Country where you live"),
        choices=[("", _("Choose a country")), *COUNTRIES],
        error_messages={"required": CHOOSE, "invalid_choice": CHOOSE},
    )
