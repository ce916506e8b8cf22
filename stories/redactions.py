"""What moderators changed in an author's words, shown to the author alone on their private page.

The story keeps the title and text as the author sent them (`submitted_title`, `submitted_body`)
until it is withdrawn or erased; the public version is compared with them word by word.
"""

import difflib
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

# Words, punctuation marks and the spaces between them, so that the text comes back exactly as
# written and a comma kept beside a removed word is not shown as changed.
TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class Change:
    field: str
    places: int
    shown: str


def word_changes(before, after):
    """The text as published, with removed words in <del> and added ones in <ins>, escaped; and
    the number of places that changed."""
    old, new = TOKENS.findall(before), TOKENS.findall(after)
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    # Runs of [kept text] or [removed text, added text]; a change that is interrupted only by a
    # space is one change, not two.
    runs = []
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        removed, added = "".join(old[i1:i2]), "".join(new[j1:j2])
        if operation == "equal" and not (removed.isspace() and runs and len(runs[-1]) == 2):
            runs.append([added])
        elif runs and len(runs[-1]) == 2:
            runs[-1][0] += removed
            runs[-1][1] += added
        else:
            runs.append([removed, added])
    return mark_safe("".join(_shown(run) for run in runs)), sum(len(run) == 2 for run in runs)


def _shown(run):
    if len(run) == 1:
        return escape(run[0])
    removed, added = run
    # A space kept between two changes belongs to both versions: it is shown once, after them.
    tail = (
        removed[len(removed.rstrip()) :] if removed.endswith(added[len(added.rstrip()) :]) else ""
    )
    parts = []
    if removed.strip():
        words, said = escape(removed.rstrip() if tail else removed), _("removed:")
        parts.append(f'<del><span class="visually-hidden">{said} </span>{words}</del>')
    if added.strip():
        words, said = escape(added.rstrip() if tail else added), _("added:")
        parts.append(f'<ins><span class="visually-hidden">{said} </span>{words}</ins>')
    return "".join(parts) + escape(tail)


def moderator_changes(story):
    """The title and text as a moderator changed them, compared with what the author sent;
    empty when nothing changed or the author's version is no longer kept."""
    changes = []
    fields = (
        ("title", story.submitted_title, story.original_title),
        ("body", story.submitted_body, story.original_body),
    )
    for field, sent, public in fields:
        if sent and sent != public:
            shown, places = word_changes(sent, public)
            changes.append(Change(field=field, places=places, shown=shown))
    return changes
