"""Countries of the R4V region, where the campaigns and their storytellers are."""

from django.utils.translation import gettext_lazy as _

COUNTRIES = [
    ("AR", _("Argentina")),
    ("AW", _("Aruba")),
    ("BO", _("Bolivia")),
    ("BR", _("Brazil")),
    ("CL", _("Chile")),
    ("CO", _("Colombia")),
    ("CR", _("Costa Rica")),
    ("CW", _("Curaçao")),
    ("DO", _("Dominican Republic")),
    ("EC", _("Ecuador")),
    ("GY", _("Guyana")),
    ("MX", _("Mexico")),
    ("PA", _("Panama")),
    ("PY", _("Paraguay")),
    ("PE", _("Peru")),
    ("TT", _("Trinidad and Tobago")),
    ("UY", _("Uruguay")),
    ("VE", _("Venezuela")),
    ("XX", _("Another country")),
]
