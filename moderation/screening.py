"""Screening of story text for personal data and hate, before a moderator reads it.

Findings are hints for moderators, never automatic decisions: each has a kind and the position
of the matched text, so the admin can highlight it in place. Matching ignores case and accents
and respects word boundaries, so "Venezuela", a year or an amount is not flagged.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    """What a finding is; stored with each finding and shown to moderators."""

    PHONE = "phone", _("phone number")
    EMAIL = "email", _("e-mail address")
    ID_NUMBER = "id_number", _("identity number")
    LINK = "link", _("link")
    INSULT = "insult", _("insult or slur")


PHONE, EMAIL, ID_NUMBER, LINK, INSULT = Kind


@dataclass(frozen=True, order=True)
class Finding:
    start: int
    end: int
    kind: str
    text: str


def fold_char(char):
    """The character without accents and in lower case, always one character long."""
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    lower = base.lower()
    if len(lower) == 1:
        return lower
    return base if len(base) == 1 else char


def fold(text):
    """Accents and case removed, keeping every character at its position."""
    return "".join(fold_char(char) for char in text)


TLDS = (
    "com|net|org|info|biz|io|app|site|online|xyz|me|ly|gl|to|tv|link|pe|cl|co|ve|br|ar|ec|"
    "mx|pa|cw|aw|tt|gy|uy|py|bo|do|cr"
)
EMAIL_PATTERN = re.compile(
    r"[a-z0-9._%+-]+(?:@|\s?\((?:at|arroba)\)\s?|\s?\[(?:at|arroba)\]\s?)"
    r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b"
)
LINK_PATTERN = re.compile(
    rf"\b(?:https?://\S+|www\.[a-z0-9-]+\S*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{TLDS})(?:/\S*)?)\b"
)
# Chilean RUT: 12.345.678-5 or 12345678-5, checked by its modulo-11 digit.
RUT_PATTERN = re.compile(r"(?<![\w.])(\d{1,2}(?:\.?\d{3}){2})-([\dk])\b")
# Venezuelan cédula: V-12.345.678, V12345678, E-84.123.456.
CEDULA_PATTERN = re.compile(r"\b[ve]\s?-?\s?\d{1,3}(?:\.?\d{3}){2}\b")
# Brazilian CPF: 123.456.789-09.
CPF_PATTERN = re.compile(r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b")
# Passport-like codes: one or two letters and six to nine digits.
PASSPORT_PATTERN = re.compile(r"\b[a-z]{1,2}\d{6,9}\b")
# Words that announce an identity document, followed by its number.
DOCUMENT_PATTERN = re.compile(
    r"\b(?:dni|pasaporte|passaporte|passport|cedula|carne|carnet|ce|rut|run|cpf|rg|ptp|pep|"
    r"documento|document|id)\b[^\d\n]{0,25}(\d[\d .-]{4,14}\d)"
)
# Runs of digits with the separators people put in phone numbers.
NUMBER_PATTERN = re.compile(r"(?<![\w.,/:])\+?\(?\d[\d ().-]{4,20}\d(?![\w/:]|[.,]\d)")

INSULTS = {
    # Spanish, including terms aimed at Venezuelans in Peru, Colombia, Ecuador and Chile.
    "veneco", "venecos", "veneca", "venecas", "venecolano", "venecolanos",
    "venezolano de mierda", "venezolana de mierda", "venezolanos de mierda",
    "extranjero de mierda", "extranjeros de mierda", "muerto de hambre", "muerta de hambre",
    "muertos de hambre", "muertas de hambre", "vete a tu pais", "vayanse a su pais",
    "regresa a tu pais", "regresen a su pais", "largate a tu pais", "larguense a su pais",
    "vuelve a tu pais", "escoria", "lacra", "lacras", "mugroso", "mugrosa", "mugrosos",
    "mugrosas", "sucios venezolanos", "venezolanos sucios", "malditos venezolanos",
    "maldito veneco", "maldita veneca", "rata venezolana", "ratas venezolanas",
    "son unas ratas", "eres una rata", "son basura", "eres basura", "basura venezolana",
    "basura extranjera", "son una plaga", "plaga venezolana", "parasitos venezolanos",
    "delincuentes extranjeros", "vagabundo", "vagabunda", "vagabundos", "vagabundas",
    # Portuguese.
    "venezuelano vagabundo", "venezuelanos vagabundos", "venezuelano imundo",
    "venezuelanos imundos", "imundo", "imundos", "imunda", "imundas", "seu lixo", "sua lixo",
    "sao lixo", "lixo venezuelano", "volta pro teu pais", "volta pro seu pais",
    "volta pra tua terra", "volta pra sua terra", "volte para o seu pais",
    "vai embora pro seu pais", "voltem pro seu pais", "morto de fome", "mortos de fome",
    "morta de fome", "favelado", "favelada", "favelados", "macaco", "macacos", "praga",
    "parasitas",
    # English.
    "go back to your country", "go back where you came from", "go home immigrants", "scum",
    "vermin", "parasites", "dirty immigrants", "dirty venezuelans", "filthy immigrants",
    "filthy venezuelans",
}  # fmt: skip
INSULT_PATTERN = re.compile(
    r"\b(?:"
    + "|".join(sorted((re.escape(term) for term in INSULTS), key=len, reverse=True))
    + r")\b"
)


def rut_is_valid(number, check):
    """Whether the check digit of a Chilean RUT matches its number (modulo 11)."""
    digits = [int(d) for d in re.sub(r"\D", "", number)]
    total = sum(d * (2 + i % 6) for i, d in enumerate(reversed(digits)))
    expected = 11 - total % 11
    return check == {11: "0", 10: "k"}.get(expected, str(expected))


def looks_like_years(text):
    """Two years joined by a dash or a space, such as 2019-2020."""
    parts = re.split(r"[ -]", text.strip())
    return len(parts) == 2 and all(re.fullmatch(r"(?:19|20)\d\d", part) for part in parts)


def number_kind(text):
    """Classify a run of digits: a phone number, an identity number, or nothing."""
    digits = re.sub(r"\D", "", text)
    separated = bool(re.search(r"[ ().-]", text.strip()))
    if text.lstrip().startswith("+"):
        return PHONE if 8 <= len(digits) <= 13 else None
    if looks_like_years(text):
        return None
    if len(digits) in (10, 11):
        return PHONE
    if len(digits) == 9:
        if digits.startswith("00"):
            return ID_NUMBER
        if digits[0] in "09":
            return PHONE
        return None
    if len(digits) == 8:
        if not separated:
            return ID_NUMBER
        if re.fullmatch(r"\(?\d{4}\)?[ -]\d{4}", text.strip()):
            return PHONE
        return None
    if len(digits) == 7 and re.fullmatch(r"\d{3}-\d{4}", text.strip()):
        return PHONE
    return None


def screen(text):
    """Every finding in the text, in order of position, without overlaps."""
    folded = fold(text)
    found = []

    def add(kind, start, end):
        if not any(start < f_end and f_start < end for f_start, f_end, _kind in found):
            found.append((start, end, kind))

    for match in EMAIL_PATTERN.finditer(folded):
        add(EMAIL, *match.span())
    for match in RUT_PATTERN.finditer(folded):
        if rut_is_valid(match.group(1), match.group(2)):
            add(ID_NUMBER, *match.span())
    for pattern in (CEDULA_PATTERN, CPF_PATTERN, PASSPORT_PATTERN):
        for match in pattern.finditer(folded):
            add(ID_NUMBER, *match.span())
    for match in DOCUMENT_PATTERN.finditer(folded):
        add(ID_NUMBER, *match.span(1))
    for match in LINK_PATTERN.finditer(folded):
        add(LINK, *match.span())
    for match in NUMBER_PATTERN.finditer(folded):
        kind = number_kind(match.group(0))
        if kind:
            add(kind, *match.span())
    for match in INSULT_PATTERN.finditer(folded):
        add(INSULT, *match.span())

    return sorted(Finding(start, end, kind, text[start:end]) for start, end, kind in found)


def screen_story(story):
    """Screen the story's title and text again in every language it has; store what was found,
    by language, field and position."""
    from .models import ScreeningFinding

    story.findings.all().delete()
    findings = [
        ScreeningFinding(
            story=story, language=code, field=field, kind=f.kind, start=f.start, end=f.end
        )
        for code, _name in settings.LANGUAGES
        for field in ("title", "body")
        for f in screen(getattr(story, f"{field}_{code}", "") or "")
    ]
    ScreeningFinding.objects.bulk_create(findings)
    return findings
