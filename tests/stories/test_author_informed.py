"""The author's private page says where their story is, what a moderator changed, and what next."""

import pytest

from moderation.decisions import approve, edit, hold_for_protection, reject
from stories.models import Story
from tests.factories import management_link


@pytest.fixture
def sent(client, story_data):
    """A story sent through the form, and its private page's address."""
    response = client.post("/es/share/", story_data())
    _link, token = management_link(response.content.decode())
    return Story.objects.get(), f"/es/my-story/{token}/"


def test_a_published_story_links_to_its_page_and_offers_share_buttons(client, sent, peru_moderator):
    story, page = sent
    approve(story=story, moderator=peru_moderator, flags_confirmed=True)

    html = client.get(page).content.decode()

    assert f'href="http://testserver/es/stories/{story.pk}/"' in html
    url = f"http%3A%2F%2Ftestserver%2Fes%2Fstories%2F{story.pk}%2F"
    assert f"https://www.facebook.com/sharer/sharer.php?u={url}" in html
    assert "https://wa.me/?text=La%20cocina%20de%20la%20se%C3%B1ora%20Rosa" in html


def test_a_story_waiting_for_review_offers_no_public_link(client, sent):
    story, page = sent

    html = client.get(page).content.decode()

    assert f"/stories/{story.pk}/" not in html
    assert "sharer.php" not in html


def test_the_author_sees_what_a_moderator_changed_word_by_word(client, sent, peru_moderator):
    story, page = sent
    body = story.original_body.replace("La señora Rosa", "Nuestra vecina")
    edit(story=story, moderator=peru_moderator, changes={"body_es": body})
    approve(story=story, moderator=peru_moderator, flags_confirmed=True)

    html = client.get(page).content.decode()

    assert "Lo que cambiaron los moderadores" in html
    assert '<del><span class="visually-hidden">eliminado: </span>La señora Rosa</del>' in html
    assert '<ins><span class="visually-hidden">añadido: </span>Nuestra vecina</ins>' in html
    assert "En el texto" in html and "En el título" not in html


def test_no_change_is_announced_when_the_text_is_as_sent(client, sent, peru_moderator):
    story, page = sent
    approve(story=story, moderator=peru_moderator, flags_confirmed=True)

    assert "<del>" not in client.get(page).content.decode()


def test_the_changes_are_escaped(client, story_data, peru_moderator):
    response = client.post("/es/share/", story_data(title="Mi <b>historia</b> de Lima"))
    _link, token = management_link(response.content.decode())
    story = Story.objects.get()
    edit(story=story, moderator=peru_moderator, changes={"title_es": "Mi <i>historia</i>"})

    html = client.get(f"/es/my-story/{token}/").content.decode()

    changes = html[html.index("changes__text") :]
    assert "Mi &lt;<del>" in changes and "&gt;historia&lt;/<del>" in changes
    assert "<b>" not in html and "<i>" not in html


def test_the_authors_original_is_erased_on_withdrawal(client, sent, peru_moderator):
    story, page = sent
    edit(story=story, moderator=peru_moderator, changes={"title_es": "Una cocina"})

    client.post(page + "withdraw/")

    story.refresh_from_db()
    assert (story.submitted_title, story.submitted_body) == ("", "")


def test_a_rejected_story_says_what_the_author_can_do_next(client, sent, peru_moderator):
    story, page = sent
    reject(story=story, moderator=peru_moderator, reason="personal_data")

    html = client.get(page).content.decode()

    assert "Qué puedes hacer ahora" in html
    assert f'href="/es/share/?campaign={story.campaign.slug}"' in html
    assert "datos.tu-causa@example.org" in html
    assert "180 días" in html


def test_a_held_story_reads_as_waiting_and_says_what_the_author_can_do(
    client, sent, peru_moderator
):
    story, page = sent
    hold_for_protection(story=story, moderator=peru_moderator, note="riesgo")

    html = client.get(page).content.decode()

    assert "En espera de revisión." in html
    assert "protección" not in html
    assert "datos.tu-causa@example.org" in html
