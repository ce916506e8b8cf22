"""Screening flags personal data and hate where it is, and leaves ordinary words alone."""

import pytest

from moderation.models import LexiconEntry, ScreeningFinding
from moderation.screening import screen
from stories.models import Story
from tests.factories import STORY_BODY, management_link, staff_client

pytestmark = pytest.mark.django_db


def kinds(text):
    return [finding.kind for finding in screen(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Escríbeme al +51 987 654 321",
        "mi número es 987654321",
        "llámame al 987-654-321",
        "mi cel +56 9 8765 4321",
        "el de mi mamá en Maracaibo: 0412-555-1234",
        "+58 412 555 1234",
        "whatsapp 3105551234",
        "+593 99 555 1234",
        "me pueden llamar al (11) 98765-4321",
        "+54 9 11 5555-1234",
    ],
)
def test_phone_numbers_of_the_region_are_found(text):
    assert kinds(text) == ["phone"]


@pytest.mark.parametrize(
    "text",
    [
        "mi RUT es 12.345.678-5",
        "RUT 12345678-5",
        "mi DNI 45678912",
        "carné de extranjería 001234567",
        "cédula V-12.345.678",
        "mi cedula es v12345678",
        "pasaporte 123456789",
        "passport AB1234567",
    ],
)
def test_identity_numbers_are_found(text):
    assert kinds(text) == ["id_number"]


def test_a_rut_with_a_wrong_check_digit_is_not_an_identity_number():
    assert "id_number" not in kinds("código 12.345.678-9 del pedido")


@pytest.mark.parametrize(
    "text",
    ["escríbeme a maria.perez@gmail.com", "MARIA@HOTMAIL.COM", "maria (arroba) gmail.com"],
)
def test_email_addresses_are_found(text):
    assert kinds(text) == ["email"]


@pytest.mark.parametrize(
    "text", ["mira https://spam.example/oferta", "www.ganadinero.com", "bit.ly/abc123"]
)
def test_links_are_found(text):
    assert kinds(text) == ["link"]


@pytest.mark.parametrize(
    "text",
    [
        "me gritaron VENECO en la calle",
        "nos dijeron véneca",
        "vete a tu país, muerto de hambre",
        "volta pro teu país",
        "they shouted go back to your country",
    ],
)
def test_insults_are_found_whatever_the_case_and_accents(text):
    assert set(kinds(text)) == {"insult"}


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela",
        "venezolanos en Lima",
        "en 2019 llegamos",
        "entre 2019-2020 trabajé en Tumbes",
        "tengo 3 hijos de 5, 8 y 12 años",
        "pagamos 1.250 soles",
        "448.000 venezolanos en Chile",
        "el 24,4 % sufrió discriminación",
        "línea 210",
        "ganamos 3-1",
        "mi DNI venció",
        "vuelo 1234",
        "Samsung A12",
        "el 12/03/2021 a las 10:30",
        "trabajo recogiendo basura y reciclando",
        "sou catador de lixo em Boa Vista",
    ],
)
def test_ordinary_words_and_numbers_are_not_flagged(text):
    assert kinds(text) == []


def test_findings_carry_their_position_in_the_original_text():
    text = "Hola, soy Ana. Mi número: +51 987 654 321. ¡Gracias!"

    (finding,) = screen(text)

    assert text[finding.start : finding.end] == finding.text == "+51 987 654 321"


def test_a_submitted_story_is_screened_and_its_findings_stored_without_the_text(client, story_data):
    body = STORY_BODY + " Si quieren ayudar, mi número es 987 654 321."

    response = client.post("/es/share/", story_data(body=body))

    management_link(response.content.decode())
    story = Story.objects.get()
    (finding,) = ScreeningFinding.objects.filter(story=story)
    assert (finding.field, finding.kind) == ("body", "phone")
    assert story.body_es[finding.start : finding.end] == "987 654 321"


def test_withdrawal_erases_the_findings(client, story_data):
    response = client.post("/es/share/", story_data(body=STORY_BODY + " Mi cel 987654321."))
    _link, token = management_link(response.content.decode())

    client.post(f"/es/my-story/{token}/withdraw/")

    assert ScreeningFinding.objects.count() == 0


@pytest.mark.parametrize(
    ("text", "slur"),
    [
        ("Un señor me gritó v e n e c o en la calle.", "v e n e c o"),
        ("En el chat escribieron V3N3C0S.", "V3N3C0S"),
        ("Me dijeron venecoooo en el bus.", "venecoooo"),
        ("Le decían VeNeCo a mi hijo.", "VeNeCo"),
        ("Vi el hashtag #FueraVenecos en redes.", "FueraVenecos"),
        ("Le dijeron Ｖｅｎｅｃｏ en un comentario.", "Ｖｅｎｅｃｏ"),
    ],
)
def test_a_disguised_slur_is_found_and_highlighted_exactly(text, slur):
    (finding,) = screen(text)

    assert finding.kind == "insult"
    assert slur in finding.text
    assert finding.text == text[finding.start : finding.end]


@pytest.mark.parametrize(
    "text",
    [
        "Un hombre nos gritó que vuelvan a su tierra.",
        "A vizinha gritou voltem pra terra de vocês.",
        "He yelled go back where you came from.",
        "Un hòmber a grita bolbe bèk na bo pais.",
        "En la radio hablaban de los invasores venezolanos.",
        "At the rally they chanted out with the foreigners.",
    ],
)
def test_xenophobic_phrases_without_a_slur_are_found(text):
    assert kinds(text) == ["insult"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("escríbeme a rosa.m arroba gmail punto com", "email"),
        ("mi correo: rosa(at)gmail(dot)com", "email"),
        ("manda pra joao ponto silva arroba gmail ponto com", "email"),
        ("mail me at rosa at yahoo dot com", "email"),
        ("llámame al nueve ocho siete, seis cinco cuatro, tres dos uno", "phone"),
        ("mi number ta nuebe seis ocho, shete dos unu sinku", "phone"),
        ("Na Kòrsou bo por yama mi na 736 1234", "phone"),
        ("Vivo en la Calle Los Olivos 245, Surquillo", "address"),
        ("Nos mudamos a Mz. B Lt. 12 en Villa El Salvador", "address"),
        ("Moramos na Rua das Acácias, 120, em Boa Vista", "address"),
        ("We rent Block 4, apartment 302 in Morvant", "address"),
        ("Mi kas ta na Kaya Grandi 45", "address"),
    ],
)
def test_contact_details_written_out_and_addresses_are_found(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Vivo cerca de la Av. Arequipa desde 2019.",
        "Compré una arroba de papas y un punto de venta nuevo.",
        "Volví a mi país de vacaciones y regresé en marzo.",
        "I went back home for Christmas and came back in January.",
        "Me multaron por estacionamiento ilegal: S/ 120.",
        "Los hinchas invadieron la cancha al final del partido.",
        "O ônibus passa na Rua Augusta às 7h.",
        "Mi hijo sacó 18 en matemáticas y pagamos S/ 1500 de alquiler.",
    ],
)
def test_ordinary_sentences_near_those_forms_are_left_alone(text):
    assert kinds(text) == []


def test_a_phrase_added_in_the_admin_is_screened_for_at_once(editor, peru):
    client = staff_client(editor)
    sentence = "Un hombre nos llamó come arepas en la plaza."
    assert kinds(sentence) == []

    response = client.post(
        "/es/admin/moderation/lexiconentry/add/",
        {"language": "es", "phrase": "come arepa(s)?", "example": sentence},
    )

    assert response.status_code == 302
    assert kinds(sentence) == ["insult"]
    assert LexiconEntry.objects.get().added_by == editor


def test_a_phrase_that_does_not_find_its_example_is_refused(editor):
    response = staff_client(editor).post(
        "/es/admin/moderation/lexiconentry/add/",
        {"language": "es", "phrase": "come arepa", "example": "Nada que ver aquí."},
    )

    assert response.status_code == 200
    assert "example" in response.context["adminform"].form.errors
    assert not LexiconEntry.objects.exists()
