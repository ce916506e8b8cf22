from django import forms
from django.utils.translation import gettext_lazy as _

from stories.forms import CHOOSE, FormTokenMixin

from .countries import COUNTRIES
from .models import Campaign


class PledgeForm(FormTokenMixin, forms.Form):
    campaign = forms.ModelChoiceField(
        label=_("Campaign"),
        queryset=Campaign.objects.none(),
        empty_label=_("Choose a campaign"),
        error_messages={"required": CHOOSE, "invalid_choice": CHOOSE},
    )
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
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    form_token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["campaign"].queryset = Campaign.objects.active()
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
