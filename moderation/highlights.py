"""How the admin shows what screening found and what moderators changed: in place, in words."""

import difflib

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from .models import ScreeningFinding


def highlight(text, findings, redact_url=None):
    """The text, escaped, with each finding marked in place and its kind named after it.

    With `redact_url`, each finding gets a button that redacts it in one click: it submits the
    change form to that address, with the finding's id.
    """
    pieces, position = [], 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.start < position:
            continue
        pieces.append(escape(text[position : finding.start]))
        pieces.append(
            format_html(
                '<mark class="finding finding--{}">{}</mark>'
                '<small class="finding-kind">[{}]</small>',
                finding.kind,
                text[finding.start : finding.end],
                finding.get_kind_display(),
            )
        )
        if redact_url:
            pieces.append(
                format_html(
                    '<button type="submit" class="redact-button" formaction="{}" '
                    'formnovalidate name="finding" value="{}">{}</button>',
                    redact_url,
                    finding.pk,
                    _("Redact"),
                )
            )
        position = finding.end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(str(p) for p in pieces).replace("\n", "<br>"))


SCREENING_HELP = _(
    "What the automatic screening found is highlighted, with its kind. Redact it below."
)


def finding_legend():
    """Each kind of finding, in its colour and in words."""
    items = format_html_join(
        "",
        '<li><span class="finding finding--{}">{}</span></li>',
        ((value, label) for value, label in ScreeningFinding.Kind.choices),
    )
    return format_html('<ul class="finding-legend">{}</ul>', items)


def word_diff(before, after):
    """The change from before to after, word by word, as <del> and <ins>."""
    old, new = before.split(), after.split()
    pieces = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        if operation == "equal":
            pieces.append(escape(" ".join(old[a1:a2])))
            continue
        if a2 > a1:
            pieces.append(format_html("<del>{}</del>", " ".join(old[a1:a2])))
        if b2 > b1:
            pieces.append(format_html("<ins>{}</ins>", " ".join(new[b1:b2])))
    return mark_safe(" ".join(str(p) for p in pieces))
