from django import forms
from django.utils.translation import gettext_lazy as _

from somos.forms import CHOOSE, ProtectedForm

from .countries import COUNTRIES
from .models import Campaign


class CampaignChoiceField(forms.ModelChoiceField):
    """The active campaigns, to choose one; the queryset is read when the form is made."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Campaign"))
        kwargs.setdefault("empty_label", _("Choose a campaign"))
        kwargs.setdefault("error_messages", {"required": CHOOSE, "invalid_choice": CHOOSE})
        super().__init__(queryset=Campaign.objects.active(), **kwargs)


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
