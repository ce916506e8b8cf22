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

# Words and the spaces between them, so that the text comes back exactly as written.
TOKENS = re.compile(r"\s+|\S+")


@dataclass(frozen=True)
class Change:
    field: str
    places: int
    shown: str


def word_changes(before, after):
    """The text as published, with removed words in <del> and added ones in <ins>, escaped; and
    the number of places that changed."""
    old, new = TOKENS.findall(before), TOKENS.findall(after)
    removed, added = _("removed:"), _("added:")
    parts, places = [], 0
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        if operation == "equal":
            parts.append(escape("".join(new[j1:j2])))
            continue
        places += 1
        if i2 > i1:
            words = escape("".join(old[i1:i2]))
            parts.append(f'<del><span class="visually-hidden">{removed} </span>{words}</del>')
        if j2 > j1:
            words = escape("".join(new[j1:j2]))
            parts.append(f'<ins><span class="visually-hidden">{added} </span>{words}</ins>')
    return mark_safe("".join(parts)), places


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
