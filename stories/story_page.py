"""What a story's page shows, for visitors and for the staff who preview it before it is out.

The story itself (its text, photo, labels, themes and ways to share it) is kept as made, per
language, address and release, and per the versions of its page and of CAMPAIGNS (its
campaign's name, its themes); after a removal anywhere it is checked against the story's own
version (kept_story_article). The related stories are the campaign's newest, kept per version of
the campaign's pages, and shown as cards (cards_for).
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.text import Truncator
from django.utils.translation import get_language

from campaigns.context_processors import named, site_header_and_footer
from somos.pagecache import CAMPAIGNS, REMOVALS, page_of_story, release, versions_for
from somos.pageparts import found_part, keep_part, keeping
from somos.sharing import share_links

from .listing import newest_of_campaign
from .models import Story
from .sharing import video_embed


def story_article(request, story, campaign, *, preview=False):
    """The parts of the page made from the story in full and its campaign (named: slug, name
    and address): its title and description for the page's head, what else goes in the head,
    and the story itself."""
    url = request.build_absolute_uri(story.get_absolute_url())
    language = get_language()
    context = {
        "story": story,
        "campaign": campaign,
        "share": [] if preview else share_links(url, story.shown_title),
        "absolute_url": url,
        "video": video_embed(story.video_url),
        "in_other_language": story.shown_language != language,
        "translated": story.shown_language != story.language,
        "preview": preview,
        "LANGUAGE_CODE": language,
    }
    return {
        "campaign_id": story.campaign_id,
        "campaign_slug": campaign["slug"],
        "title": story.shown_title,
        "campaign_name": campaign["name"],
        # As the truncatewords filter does.
        "description": Truncator(story.shown_body).words(30, truncate=" …"),
        "head": render_to_string("includes/story_head.html", context),
        "body": render_to_string("includes/story_article.html", context),
    }


def article_key(request, pk, versions):
    parts = [release(), get_language(), request.get_host(), pk, *versions.values()]
    return "story_article:" + ":".join(str(part) for part in parts)


def kept_story_article(request, pk):
    """The story's parts as kept, or made from the story read in full (a 404 if it is not
    published) and kept.

    Kept per version of the story's page and of CAMPAIGNS, with the story's own version (when
    it last changed) and the version of REMOVALS it was last checked against. While REMOVALS
    is unchanged nothing was withdrawn, held or hidden anywhere, and the kept parts are shown.
    Once it has changed, the story's version is looked up among the published stories: a story
    withdrawn, held, deleted or in a hidden campaign is not found, one changed since has a new
    version and is made again, and otherwise the parts are kept as checked against the new
    REMOVALS. So a withdrawal costs other stories' pages one small query, not their making.
    """

    def published():
        # Built only when asked: a query costs more to build than a kept part to read.
        return Story.objects.published().filter(pk=pk)

    if not keeping():
        return story_article_in_full(request, get_object_or_404(published().for_visitors()))
    # Read before the story is: a removal committed after the story was read has a newer one.
    versions = versions_for(request, [REMOVALS, page_of_story(pk), CAMPAIGNS])
    removals = versions.pop(REMOVALS)
    key = article_key(request, pk, versions)
    article = found_part(key)
    if article is not None and article["removals"] != removals:
        updated_at = published().values_list("updated_at", flat=True).first()
        if updated_at is None:
            raise Http404
        if updated_at == article["updated_at"]:
            article = {**article, "removals": removals}
            keep_part(key, article)
        else:
            article = None
    if article is None:
        story = get_object_or_404(published().for_visitors())
        article = {
            **story_article_in_full(request, story),
            "updated_at": story.updated_at,
            "removals": removals,
        }
        keep_part(key, article)
    return article


def story_article_in_full(request, story):
    """The story's parts, its campaign named from the header's kept part (which the page reads
    anyway), or read when it was made visible after that part was made."""
    campaign = site_header_and_footer(request)["campaigns"].get(story.campaign_id)
    return story_article(request, story, campaign or named(story.campaign))


def story_page_context(request, pk):
    """The template context of a published story's page."""
    article = kept_story_article(request, pk)
    newest = newest_of_campaign(request, article["campaign_id"], article["campaign_slug"], 4)
    related = [story for story in newest if story.pk != pk][:3]
    return {"story_id": pk, "article": article, "related": related}


def preview_context(request, story):
    """The template context of a story's page for the staff who preview it before it is out:
    never kept, and with no sharing and no neighbours."""
    article = story_article(request, story, named(story.campaign), preview=True)
    return {"story_id": story.pk, "article": article}
