"""Feeds, sitemap, robots.txt, canonical links and social cards."""

import re
import xml.etree.ElementTree as ElementTree

import pytest

from stories.models import Story
from stories.sitemaps import StorySitemap
from tests.conftest import LANGUAGES
from tests.factories import make_stories, make_story

ATOM = "{http://www.w3.org/2005/Atom}"


def test_each_campaign_has_an_atom_feed_per_language(client, chile):
    make_story(chile, title="Publicada")
    make_story(chile, title="Retirada", status=Story.Status.WITHDRAWN)

    for language in LANGUAGES:
        response = client.get(f"/{language}/campaigns/somos-encuentro/feed/")
        feed = ElementTree.fromstring(response.content)
        assert response["Content-Type"].startswith("application/atom+xml")
        assert [e.findtext(f"{ATOM}title") for e in feed.iter(f"{ATOM}entry")] == ["Publicada"]


def test_sitemap_lists_public_pages_with_hreflang_alternates(client, chile):
    public = make_story(chile, title="Pública")
    hidden = make_story(chile, title="Sin índice", noindex=True)
    draft = make_story(chile, title="Borrador", status=Story.Status.SUBMITTED)

    xml = all_sitemaps(client)

    assert f"<loc>http://testserver/es/stories/{public.pk}/</loc>" in xml
    assert f'hreflang="pap" href="http://testserver/pap/stories/{public.pk}/"' in xml
    assert "http://testserver/en/campaigns/somos-encuentro/" in xml
    assert f"/stories/{hidden.pk}/" not in xml
    assert f"/stories/{draft.pk}/" not in xml


def all_sitemaps(client):
    """The sitemap index, followed to every sitemap it names."""
    index = client.get("/sitemap.xml").content.decode()
    pages = re.findall(r"<loc>http://testserver(/sitemap-[^<]+)</loc>", index)
    return "".join(client.get(page.replace("&amp;", "&")).content.decode() for page in pages)


def test_the_sitemap_is_an_index_of_pages_of_at_most_5000_addresses(
    client, chile, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(StorySitemap, "limit", 8)
    make_stories(chile, 5)

    index = client.get("/sitemap.xml").content.decode()

    # Five stories in four languages: twenty addresses, three pages of at most eight.
    assert index.count("sitemap-stories.xml") == 3
    page = client.get("/sitemap-stories.xml?p=3").content.decode()
    assert page.count("<url>") == 4
    with django_assert_num_queries(1):
        client.get("/sitemap-stories.xml?p=3")


def test_robots_txt_keeps_private_links_out_and_names_the_sitemap(client, db):
    text = client.get("/robots.txt").content.decode()

    assert "Disallow: /es/my-story/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


@pytest.mark.parametrize(
    "path",
    [
        "/es/",
        "/pap/campaigns/one-step-closer/",
        "/pt/search/?q=feira",
        "/en/share/",
        "/es/pledge/",
        "/es/privacidad/",
    ],
)
def test_every_public_page_has_a_canonical_link_and_social_tags(client, chile, path):
    html = client.get(path).content.decode()

    assert re.search(r'<link rel="canonical" href="http://testserver/[^"]*">', html)
    for tag in ("og:title", "og:description", "og:image", "og:url"):
        assert f'property="{tag}"' in html
    assert 'name="twitter:card"' in html


def test_campaign_and_site_share_images_are_drawn(client, chile):
    for path in ("/share-images/campaigns/somos-encuentro.png", "/share-images/site-pap.png"):
        response = client.get(path)
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
    assert client.get("/share-images/site-xx.png").status_code == 404
