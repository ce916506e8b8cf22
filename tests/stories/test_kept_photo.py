"""A photo sent with a form that has an error is kept for an hour, for that form only."""

import re
from datetime import timedelta

from django.core.files.storage import FileSystemStorage
from django.core.management import call_command

from somos.forms import new_form_token
from stories.models import KeptPhoto, Story
from tests.factories import management_link

SHARE = "/es/share/"


def stored_files(media_root):
    photos = media_root / "photos"
    return sorted(p for p in photos.rglob("*") if p.is_file()) if photos.exists() else []


def kept_key(response):
    match = re.search(r'name="kept_photo" value="([^"]+)"', response.content.decode())
    return match.group(1) if match else ""


def send_with_an_error(client, story_data, phone_photo, **changes):
    """A story with a photo and an empty title; return the form data and the answer."""
    data = story_data(photo_alt="Rosa y yo", **changes)
    response = client.post(SHARE, {**data, "title": "", "photo": phone_photo()})
    return data, response


def test_a_photo_sent_with_an_error_comes_back_as_a_preview_with_choices(
    client, story_data, phone_photo
):
    _data, response = send_with_an_error(client, story_data, phone_photo)

    html = response.content.decode()
    assert response.status_code == 400
    assert 'src="data:image/jpeg;base64,' in html
    assert "Conservar esta foto" in html
    assert "Elegir otra" in html
    assert "Quitarla" in html
    assert "Vuelve a elegir tu foto" not in html
    assert kept_key(response)


def test_the_corrected_form_is_stored_with_the_kept_photo_and_no_extra_file(
    client, story_data, phone_photo, media_root
):
    data, first = send_with_an_error(client, story_data, phone_photo)
    kept_files = stored_files(media_root)

    client.post(SHARE, {**data, "kept_photo": kept_key(first), "photo_choice": "keep"})

    story = Story.objects.get()
    assert len(story.photo_files) == 4
    assert story.photo_alt == "Rosa y yo"
    assert stored_files(media_root) == kept_files
    assert not KeptPhoto.objects.exists()


def test_a_kept_photo_is_not_reachable_at_any_address_the_page_shows(
    client, story_data, phone_photo
):
    _data, response = send_with_an_error(client, story_data, phone_photo)

    slot = KeptPhoto.objects.get()
    html = response.content.decode()
    for file in slot.files:
        assert file["name"].split("/")[1] not in html


def test_a_forged_kept_photo_key_gets_a_message_not_an_error_page(client, story_data):
    response = client.post(SHARE, {**story_data(), "kept_photo": "made-up-key"})

    assert response.status_code == 400
    assert "se borró" in response.content.decode()
    assert Story.objects.count() == 0


def test_another_form_cannot_claim_a_kept_photo_by_its_key(client, story_data, phone_photo):
    _data, first = send_with_an_error(client, story_data, phone_photo)

    other = story_data(form_token=new_form_token(), kept_photo=kept_key(first))
    response = client.post(SHARE, other)

    assert response.status_code == 400
    assert Story.objects.count() == 0
    assert KeptPhoto.objects.count() == 1


def test_a_photo_kept_over_an_hour_is_asked_for_again_and_purged(
    client, story_data, phone_photo, media_root
):
    data, first = send_with_an_error(client, story_data, phone_photo)
    KeptPhoto.objects.update(created_at=KeptPhoto.objects.get().created_at - timedelta(hours=2))

    response = client.post(SHARE, {**data, "kept_photo": kept_key(first)})
    call_command("purge", verbosity=0)

    assert response.status_code == 400
    assert "Tu foto se guardó una hora como máximo" in response.content.decode()
    assert not KeptPhoto.objects.exists()
    assert stored_files(media_root) == []


def test_removing_the_kept_photo_sends_the_story_without_it_and_deletes_it(
    client, story_data, phone_photo, media_root
):
    data, first = send_with_an_error(client, story_data, phone_photo, consent_photo=None)

    client.post(SHARE, {**data, "kept_photo": kept_key(first), "photo_choice": "remove"})

    story = Story.objects.get()
    assert story.photo_files == []
    assert story.photo_alt == ""
    assert stored_files(media_root) == []


def test_choosing_another_photo_replaces_the_kept_one(client, story_data, phone_photo, media_root):
    data, first = send_with_an_error(client, story_data, phone_photo)
    before = set(stored_files(media_root))

    client.post(
        SHARE,
        {
            **data,
            "kept_photo": kept_key(first),
            "photo_choice": "replace",
            "photo": phone_photo(width=800, height=600),
        },
    )

    story = Story.objects.get()
    assert story.photo_files[-1]["width"] == 600
    assert not before & set(stored_files(media_root))
    assert len(stored_files(media_root)) == 4


def test_a_form_sent_twice_with_a_kept_photo_stores_one_story(
    client, story_data, phone_photo, media_root
):
    data, first = send_with_an_error(client, story_data, phone_photo)
    corrected = {**data, "kept_photo": kept_key(first)}

    once = client.post(SHARE, corrected)
    twice = client.post(SHARE, corrected)

    assert twice.status_code == 200
    assert Story.objects.count() == 1
    assert management_link(once.content.decode()) == management_link(twice.content.decode())
    assert len(stored_files(media_root)) == 4


def test_when_the_storage_fails_the_photo_is_asked_for_again(
    client, story_data, phone_photo, monkeypatch, media_root
):
    def refuse(*args, **kwargs):
        raise OSError("storage down")

    monkeypatch.setattr(FileSystemStorage, "_save", refuse)
    _data, response = send_with_an_error(client, story_data, phone_photo)

    assert response.status_code == 400
    assert "No pudimos conservar tu foto" in response.content.decode()
    assert not KeptPhoto.objects.exists()


def test_the_photo_consent_is_asked_only_with_a_photo(client, story_data, phone_photo):
    with_photo = client.post(
        SHARE, story_data(consent_photo=None, photo=phone_photo(), photo_alt="Rosa")
    )
    without_photo = client.post(SHARE, story_data(consent_photo=None))

    html = with_photo.content.decode()
    beside = html[html.index('id="field-consent_photo"') :]
    assert "Marca la casilla para aceptar." in beside[:2000]
    assert without_photo.status_code == 200
    assert Story.objects.get().photo_files == []


def test_required_fields_are_marked(client, demo_content):
    html = client.get(SHARE).content.decode()

    title = html[html.index('for="id_title"') :]
    assert "(obligatorio)" in title[: title.index("</label>")]
    city = html[html.index('for="id_city"') :]
    assert "(obligatorio)" not in city[: city.index("</label>")]
    alt = html[html.index('for="id_photo_alt"') :]
    assert "(obligatorio con una foto)" in alt[: alt.index("</label>")]
    assert re.search(r'<input[^>]*name="title"[^>]*required', html)


def test_each_campaign_says_where_it_runs(client, demo_content):
    html = client.get(SHARE).content.decode()

    assert "Tu Causa es mi Causa (Perú)" in html
    assert "Somos Encuentro (Chile)" in html
    assert "(toda la región)" in html
    assert "La campaña regional se realiza en Argentina, Aruba" in html


def test_a_form_keeps_one_photo_at_most_however_often_it_is_sent(
    client, story_data, phone_photo, media_root
):
    data = story_data(photo_alt="Rosa y yo")
    for _ in range(3):
        client.post(SHARE, {**data, "title": "", "photo": phone_photo()})

    assert KeptPhoto.objects.count() == 1
    assert len(stored_files(media_root)) == 4


def test_after_a_kept_photo_expired_the_story_can_be_sent_without_it(
    client, story_data, phone_photo
):
    data, first = send_with_an_error(client, story_data, phone_photo)
    KeptPhoto.objects.update(created_at=KeptPhoto.objects.get().created_at - timedelta(hours=2))
    second = client.post(SHARE, {**data, "kept_photo": kept_key(first)})

    third = client.post(SHARE, {**data, "kept_photo": kept_key(second)})

    assert kept_key(second) == ""
    assert third.status_code == 200
    assert Story.objects.get().photo_files == []


def test_after_removing_the_kept_photo_and_another_error_the_story_goes_without_it(
    client, story_data, phone_photo
):
    data, first = send_with_an_error(client, story_data, phone_photo)
    second = client.post(
        SHARE, {**data, "title": "", "kept_photo": kept_key(first), "photo_choice": "remove"}
    )

    third = client.post(SHARE, {**data, "kept_photo": kept_key(second)})

    assert third.status_code == 200
    assert Story.objects.get().photo_files == []
