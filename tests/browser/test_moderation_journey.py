"""A Peru moderator redacts a phone number out of a story, publishes it, and cannot see Chile's;
a story she held stays held when she approves the whole queue."""

import pytest
from playwright.sync_api import expect

from stories.models import Story
from tests.factories import PASSWORD, make_stories, submitted

pytestmark = pytest.mark.browser


def test_a_moderator_redacts_and_approves_a_flagged_story(
    site, browser, peru, chile, peru_moderator
):
    story = submitted(
        peru,
        title="Pan de Surquillo",
        body="Trabajo en una panadería de Surquillo. Para pedidos, mi cel 987 654 321.",
    )
    chile_story = submitted(chile, title="Feria de Santiago", body="Vendemos arepas.")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()

    page.goto(site + "/es/admin/login/?next=/es/admin/stories/story/")
    page.locator("#id_username").fill("rosa.peru")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("input[type=submit]").click()

    expect(page.get_by_role("link", name="Enviada: 1")).to_be_visible()
    expect(page.get_by_role("link", name="Feria de Santiago")).to_have_count(0)
    page.get_by_role("link", name="Pan de Surquillo").click()
    expect(page.locator("mark.finding")).to_have_text("987 654 321")

    page.locator("#id_body_es").fill(
        "Trabajo en una panadería de Surquillo. Para pedidos, pasen por la tienda."
    )
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()

    page.goto(site + "/es/admin/stories/story/?status__exact=submitted")
    page.locator(f"input[name=_selected_action][value='{story.pk}']").check()
    page.locator("select[name=action]").select_option("approve_selected")
    page.locator("button[name=index]").click()
    expect(page.locator(".messagelist")).to_contain_text("1 historia publicada")

    page.goto(site + f"/es/stories/{story.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Pan de Surquillo")
    expect(page.locator(".story__body")).to_contain_text("pasen por la tienda")
    expect(page.locator(".story__body")).not_to_contain_text("987")

    response = page.goto(site + f"/es/admin/stories/story/{chile_story.pk}/change/")
    assert response.status == 404
    context.close()


def test_a_held_story_stays_held_when_the_whole_queue_is_approved(
    site, browser, peru, peru_moderator
):
    # More stories than one page of the queue holds, so that "select all" is offered.
    make_stories(peru, 101, status="submitted", published_at=None)
    held = submitted(peru, title="Mi barrio", body="Vivo con mi familia en Lima desde 2019.")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    queue = site + "/es/admin/stories/story/?status__exact=submitted&o=-1"
    page.goto(site + "/es/admin/login/?next=/es/admin/stories/story/?status__exact=submitted")
    page.locator("#id_username").fill("rosa.peru")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("input[type=submit]").click()

    page.goto(queue)
    page.locator(f"input[name=_selected_action][value='{held.pk}']").check()
    page.locator("select[name=action]").select_option("hold_selected")
    page.locator("button[name=index]").click()
    expect(page.locator(".messagelist")).to_contain_text("1 historia retenida")

    page.goto(queue)
    page.locator("#action-toggle").check()
    page.locator(".actions .question a").click()
    page.locator("select[name=action]").select_option("approve_selected")
    page.locator("button[name=index]").click()
    expect(page.locator("table.selected-stories")).not_to_contain_text("Mi barrio")
    page.locator("input[type=submit]").click()
    expect(page.locator(".messagelist")).to_contain_text("101 historias publicadas")

    held.refresh_from_db()
    assert held.status == Story.Status.HELD
    assert page.goto(site + f"/es/stories/{held.pk}/").status == 404
    context.close()
