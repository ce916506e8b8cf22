"""Only the holder of the private link can reach it: the form's token alone does not reveal it."""

from django.test import Client

from stories.models import Story
from tests.factories import management_link


def test_a_resent_form_shows_the_link_only_to_the_browser_that_sent_it(client, story_data):
    data = story_data()
    first = client.post("/es/share/", data)
    link, _token = management_link(first.content.decode())

    again = client.post("/es/share/", data)
    someone_else = Client().post("/es/share/", data)

    assert link in again.content.decode()
    assert someone_else.status_code == 409
    html = someone_else.content.decode()
    assert "/my-story/" not in html
    assert "Esta historia ya fue enviada" in html
    assert Story.objects.count() == 1


def test_the_share_form_is_never_kept_by_browsers_or_proxies(client, story_data):
    shown = client.get("/es/share/")
    refused = client.post("/es/share/", story_data(title=""))
    sent = client.post("/es/share/", story_data())

    for response in (shown, refused, sent):
        assert "no-store" in response["Cache-Control"]
