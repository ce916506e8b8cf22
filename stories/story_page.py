"""What a story's page shows, for visitors and for the staff who preview it before it is out."""

from django.utils.translation import get_language

from somos.sharing import share_links

from .sharing import video_embed


def story_page_context(request, story, *, preview=False):
    """The template context of the story's page; a preview shows no sharing and no neighbours."""
    url = request.build_absolute_uri(story.get_absolute_url())
    related = (
        []
        if preview
        else story.campaign.stories.published().exclude(pk=story.pk).in_listing_order()[:3]
    )
    return {
        "story": story,
        "related": related,
        "share": [] if preview else share_links(url, story.shown_title),
        "absolute_url": url,
        "video": video_embed(story.video_url),
        "in_other_language": story.shown_language != get_language(),
        "translated": story.shown_language != story.language,
        "preview": preview,
    }
