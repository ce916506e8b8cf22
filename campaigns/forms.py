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
    country = forms.ChoiceField(
        label=_("Country where you live"),
        choices=[("", _("Choose a country")), *COUNTRIES],
        error_messages={"required": CHOOSE, "invalid_choice": CHOOSE},
    )
