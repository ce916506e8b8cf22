"""A story is public only while its campaign is shown to visitors."""

from stories.listing import StoryFilters, story_page
from tests.factories import make_story
from tests.stories.test_discovery import all_sitemaps


def test_a_deactivated_campaign_takes_its_stories_off_every_page(client, chile):
    story = make_story(chile, title="Arepas en la feria", body="Vendemos arepas.", featured=True)
    url = f"/es/stories/{story.pk}/"
    assert client.get(url).status_code == 200
    assert "Arepas en la feria" in client.get("/es/").content.decode()

    chile.is_active = False
    chile.save()

    assert client.get(url).status_code == 404
    assert client.get(f"/share-images/stories/{story.pk}.png").status_code == 404
    assert "Arepas en la feria" not in client.get("/es/").content.decode()
    assert "Arepas en la feria" not in client.get("/es/search/?q=arepas").content.decode()
    assert f"/stories/{story.pk}/" not in all_sitemaps(client)


def test_a_campaign_hidden_after_its_listing_was_read_lists_none_of_its_stories(chile):
    # The listing's query is kept from one page to the next (stories.listing.listing_query):
    # the campaign being shown is one of its conditions, not a fact read when it was built.
    story = make_story(chile, title="Arepas en la feria")
    assert [row.pk for row in story_page(chile.pk, StoryFilters(), 1, False).stories] == [story.pk]

    chile.is_active = False
    chile.save()

    assert story_page(chile.pk, StoryFilters(), 1, False).stories == []
