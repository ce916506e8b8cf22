"""Demo content publishes nobody's real details, and its facts are the press releases' figures,
dated, sourced in each language and each answering a myth or standing as a figure."""

import hashlib
import re

from django.core.management import call_command

from campaigns.models import Fact, MediaContact
from demo.campaigns import MEDIA_CONTACTS, PARTNERS
from demo.facts import FACTS
from tests.conftest import LANGUAGES


def fingerprint(text):
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# Fingerprints, so that the details themselves are not copied here: the surnames (lower case)
# and phone numbers (digits only) of the people the campaigns' press releases name.
PRESS_RELEASE_SURNAMES = {
    "09f3d92aa6caae80", "124cd4d0701df380", "20c81ee43eec1c2c", "214d3d57812edab3",
    "470b8720f9f865ed", "4d7726177afd3725", "5dacad26f50411b6", "ab2f597b85eb1ab8",
    "b5e906c79dfd3193", "c57d4d16a3f9a879", "d426d294adf7c3bd", "d56e5b01df7cad9e",
    "e4fda388e61e104e", "f8ba450d76839504",
}  # fmt: skip
PRESS_RELEASE_PHONES = {
    "da6abc3f716fbfee", "a08716e017ad7f9d", "80f0cff9c3061ca8", "6b6f7e7c96222e64",
}  # fmt: skip


def test_demo_press_contacts_are_fictional(db):
    call_command("load_demo")

    contacts = list(MediaContact.objects.all())
    assert contacts
    for contact in contacts:
        assert contact.email.endswith("@example.org")
        assert contact.phone == ""
        words = {word.casefold() for word in contact.name.split()}
        assert not {fingerprint(word) for word in words} & PRESS_RELEASE_SURNAMES
    assert sum(len(people) for people in MEDIA_CONTACTS.values()) == len(contacts)


def test_no_phone_number_of_the_press_releases_is_in_the_demo(db):
    call_command("load_demo")

    numbers = {re.sub(r"\D", "", contact.phone) for contact in MediaContact.objects.all()}
    assert not {fingerprint(number) for number in numbers} & PRESS_RELEASE_PHONES


def test_every_fact_is_dated_and_sourced_in_every_language(db):
    call_command("load_demo")

    for fact in Fact.objects.all():
        assert fact.figure_date
        assert fact.source_url.startswith("https://")
        for language in LANGUAGES:
            figure = getattr(fact, f"figure_{language}")
            assert figure and (figure[0].isupper() or figure[0].isdigit()), (fact.key, figure)
            assert getattr(fact, f"source_name_{language}"), (fact.key, language)
        # Named in the language of the page, not left in English.
        assert fact.source_name_es != fact.source_name_en


def test_campaign_trivia_is_not_a_fact(db):
    call_command("load_demo")

    figures = " ".join(Fact.objects.values_list("figure_en", flat=True))
    assert "25 countries" not in figures
    assert "organisations" not in figures


def test_demo_figures_are_those_of_the_press_releases():
    # Every number a demo fact shows, as the product brief lists them from the press releases.
    from_press_releases = {
        "448,000", "4th", "2016", "150,000", "108,000", "2017", "2018", "1,250", "810", "1",
        "2", "75%", "24.4%", "88.6%", "58%", "36.1%", "3.5%", "5.2", "80%", "2019", "2020",
    }  # fmt: skip
    for fact in FACTS:
        text = f"{fact['figure']['en']} {fact['statement']['en']}"
        numbers = set(re.findall(r"\d[\d,.]*\d%?|\d%?(?:th)?", text.replace("%.", "%")))
        assert numbers <= from_press_releases, (fact["key"], numbers - from_press_releases)


def test_myths_come_with_the_fact_that_answers_them_in_every_language():
    with_myths = [fact for fact in FACTS if fact["myth"]]

    assert len(with_myths) >= 2 * 3
    for fact in with_myths:
        assert set(fact["myth"]) == set(LANGUAGES)


def test_partners_are_named_in_full_in_every_language():
    for _key, names, _url, _mark in PARTNERS:
        assert set(names) == set(LANGUAGES)
        for name in names.values():
            assert len(name.split()) >= 3, name
