"""What an author changes through their private link, written only if the story is as they saw it.

The page may have been open for a while: meanwhile the author may have withdrawn the story from
another device, or a moderator may have changed how the author is named for their protection.
The change is written under the row lock, and only to the fields it is about.
"""

from django.db import transaction

from .models import Story


class StoryChanged(Exception):
    """The story was withdrawn or changed since the author's page was shown."""


@transaction.atomic
def change_naming(*, story, author_display, show_city, version):
    """Write how the author is named and whether the city shows; return the story."""
    locked = Story.objects.select_for_update().get(pk=story.pk)
    if locked.is_withdrawn or locked.updated_at != version:
        raise StoryChanged
    locked.author_display = author_display
    locked.show_city = show_city
    locked.save(update_fields=["author_display", "show_city", "updated_at"])
    return locked
