"""Screening of story text for personal data and hate, before a moderator reads it.

Findings are hints for moderators, never automatic decisions: each has a kind and the position
of the matched text, so the admin can highlight it in place. Matching ignores case and accents
and respects word boundaries, so "Venezuela", a year or an amount is not flagged. Personal data
is looked for in a folded view of the text (accents, case and fullwidth forms removed), also
when written out in words ("arroba", "punto", "nueve ocho siete…"); slurs and xenophobic
phrases come from the lexicon (lexicon.py) and are looked for in a view that sees through
look-alike digits, spaced-out and repeated letters (normalise.py). Every finding is reported
with its span in the original text.
"""

import functools
import re
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Count, Max
from django.utils.translation import gettext_lazy as _

from .lexicon import Lexicon, file_entries
from .normalise import folded, letters


class Kind(models.TextChoices):
    """What a finding is; stored with each finding and shown to moderators."""

    PHONE = "phone", _("phone number")
    EMAIL = "email", _("e-mail address")
    ID_NUMBER = "id_number", _("identity number")
    LINK = "link", _("link")
    INSULT = "insult", _("insult or slur")
    ADDRESS = "address", _("street address")


PHONE, EMAIL, ID_NUMBER, LINK, INSULT, ADDRESS = Kind


@dataclass(frozen=True, order=True)
class Finding:
    start: int
    end: int
    kind: str
    text: str


TLDS = (
    "com|net|org|info|biz|io|app|site|online|xyz|me|ly|gl|to|tv|link|pe|cl|co|ve|br|ar|ec|"
    "mx|pa|cw|aw|tt|gy|uy|py|bo|do|cr"
)
# E-mail addresses, also written out to dodge filters: "rosa arroba gmail punto com",
# "rosa(at)gmail(dot)com", "joao ponto silva [arroba] hotmail . com". A bare English "at" is
# only an e-mail's when its dots are spelled out too ("rosa at yahoo dot com"): "order at
# wa.me" is a link.
AT_SIGN = r"(?:@|[(\[{]\s*(?:at|arroba|@)\s*[)\]}]|\barroba\b)"
DOT_WORD = r"(?:\.|[(\[{]\s*(?:dot|punto|ponto|pto)\s*[)\]}]|\b(?:dot|punto|ponto)\b)"
SPELLED_DOT = r"(?:[(\[{]\s*(?:dot|punto|ponto|pto)\s*[)\]}]|\b(?:dot|punto|ponto)\b)"
EMAIL_TLDS = "com|net|org|edu|gov|info|io|me|es|pe|cl|co|ve|br|ar|ec|mx|cw|aw|tt|uy|py|bo"
LOCAL_PART = rf"(?<![\w.])[a-z0-9][a-z0-9_%+-]*(?:\s*{DOT_WORD}\s*[a-z0-9_%+-]+)*"
# A provider named after "arroba" is an address even when its ending is left out.
PROVIDERS = "gmail|hotmail|yahoo|outlook|icloud|live|protonmail|proton|uol|bol|terra"
EMAIL_PATTERNS = [
    re.compile(rf"{LOCAL_PART}\s*{AT_SIGN}\s*(?:{PROVIDERS})\b"),
    re.compile(
        rf"{LOCAL_PART}\s*{AT_SIGN}\s*"
        rf"[a-z0-9-]+(?:\s*{DOT_WORD}\s*[a-z0-9-]+)*?\s*{DOT_WORD}\s*(?:{EMAIL_TLDS})\b"
    ),
    re.compile(
        rf"{LOCAL_PART}\s+at\s+"
        rf"[a-z0-9-]+(?:\s*{SPELLED_DOT}\s*[a-z0-9-]+)*?\s*{SPELLED_DOT}\s*(?:{EMAIL_TLDS})\b"
    ),
]
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
# Words that announce an identity document, followed by its number within the sentence.
DOCUMENT_PATTERN = re.compile(
    r"\b(?:dni|pasaporte|passaporte|passport|pasport|paspoort|cedula|carne|carnet|ce|rut|run|"
    r"cpf|rg|ptp|ppt|pep|rne|crnm|documento|document|dokumento|id)\b"
    r"(?:[^\d\n.!?]|\b(?:no|nr|nro|num|n)\.){0,60}(\d[\d .-]{4,14}\d)"
)
# Runs of digits with the separators people put in phone numbers.
NUMBER_PATTERN = re.compile(r"(?<![\w.,/:])\+?\(?\d[\d ().-]{4,20}\d(?![\w/:]|[.,]\d)")
# Digits written as words, in the four languages, to dodge filters.
DIGIT_WORDS = {
    **dict.fromkeys(["cero", "zero", "sero", "oh"], "0"),
    **dict.fromkeys(["uno", "um", "one", "unu"], "1"),
    **dict.fromkeys(["dos", "dois", "duas", "two"], "2"),
    **dict.fromkeys(["tres", "three"], "3"),
    **dict.fromkeys(["cuatro", "quatro", "four", "kuater", "kwater"], "4"),
    **dict.fromkeys(["cinco", "five", "sinku"], "5"),
    **dict.fromkeys(["seis", "six"], "6"),
    **dict.fromkeys(["siete", "sete", "seven", "shete"], "7"),
    **dict.fromkeys(["ocho", "oito", "eight"], "8"),
    **dict.fromkeys(["nueve", "nove", "nine", "nuebe"], "9"),
}
SPOKEN_DIGIT = r"(?:" + "|".join(sorted(DIGIT_WORDS, key=len, reverse=True)) + r"|\d+)"
SPOKEN_NUMBER_PATTERN = re.compile(
    rf"(?<!\w){SPOKEN_DIGIT}(?:[\s,.;:/-]+(?:y\s+|e\s+|and\s+)?{SPOKEN_DIGIT}){{3,}}(?!\w)"
)
# At least this many digits, some of them written as words, make a phone number.
SPOKEN_PHONE_DIGITS = 7

# Street addresses: a street word, its name and a house number; Peruvian blocks and lots;
# blocks and flats.
STREET_WORDS = (
    r"calle|c/|avenida|av\.?|avda\.?|jiron|jr\.?|pasaje|psje\.?|pje\.?|rua|r\.|travessa|"
    r"tv\.|alameda|estrada|rodovia|kaya|kaminda|street|st\.|road|rd\.|avenue|ave\.?|lane|"
    r"drive|carrera|cra\.?|diagonal|transversal|camino|prolongacion|urbanizacion|urb\.|"
    r"residencial|conjunto|setor|quadra|qd\.?"
)
# A word of a street's name: not one of the small words that would carry the pattern on to a
# year or a time ("la Av. Brasil desde 2019", "la calle a las 5").
NOT_A_NAME = (
    r"(?:desde|hasta|hace|en|por|con|y|que|cuando|donde|a|al|since|in|at|on|for|and|from|until|"
    r"em|com|pelo|pela|ate|as|ku|den|te|i|pa|e|o|ou|or|the)"
)
NAME_WORD = rf"(?:(?!{NOT_A_NAME}\b)[^\W\d_][\w'’.-]*|\d{{1,3}}(?:a|b|c)?)"
# A house number, not a time ("7h", "5 pm") nor the start of an amount ("1.500").
HOUSE_NUMBER = (
    r"(?:n[°ºo]?\.?\s*|nro\.?\s*|numero\s*|num\.?\s*|#\s*)?\d{1,5}(?:[a-d](?![a-z]))?"
    r"(?![\d.,:]\d|\s*(?:h|hs|hrs|am|pm|horas|hours)\b)"
)
ADDRESS_PATTERNS = [
    re.compile(
        rf"(?<![\w/])(?:{STREET_WORDS})\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}?(?:\s*,\s*|\s+)"
        rf"{HOUSE_NUMBER}(?:\s*(?:#|-)\s*\d{{1,4}}(?:\s*-\s*\d{{1,4}})?)?"
    ),
    re.compile(
        r"\b\d{1,5}[a-z]?,?\s+(?:[^\W\d_]+\s+){1,3}"
        r"(?:street|st\.|road|rd\.|avenue|ave\.|lane|drive|boulevard)(?!\w)"
    ),
    re.compile(r"\b(?:mz|mza|manzana)\.?\s*[a-z0-9]{1,3}\s*[,-]?\s*(?:lt|lote)\.?\s*\d{1,4}\b"),
    re.compile(
        r"\b(?:bloque|block|blok|torre|edificio|edificio\s+[^\W\d_]+,?|bl\.?|casa)\s*"
        r"[a-z0-9]{1,3}\s*,?\s*(?:piso\s*\d{1,2}\s*,?\s*)?"
        r"(?:dpto|depto|departamento|apto|apartamento|apartment|apt|flat|ap|apartamentu)\.?\s*"
        r"(?:n[°º]?\s*|#\s*)?\d{1,4}[a-z]?\b"
    ),
    re.compile(
        r"\b(?:dpto|depto|departamento|apto|apartamento|apartment|apt|flat|apartamentu)\.?\s*"
        r"(?:n[°º]?\s*|#\s*|no\.?\s*)?\d{1,4}[a-z]?\b"
    ),
]


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
    # Seven digits: the local numbers of Curaçao and Aruba, and of many cities.
    if len(digits) == 7 and re.fullmatch(r"\d{3}[ .-]?\d{4}", text.strip()):
        return PHONE
    return None


def spoken_phone(text):
    """Whether a run of digits and digit words is a phone number written out."""
    words = re.findall(r"[^\W\d_]+|\d+", text)
    spoken = [word for word in words if word in DIGIT_WORDS]
    digits = sum(1 if word in DIGIT_WORDS else len(word) for word in words if word not in "ye")
    return bool(spoken) and digits >= SPOKEN_PHONE_DIGITS


@functools.lru_cache(maxsize=1)
def lexicon_of(version):
    """The lexicon of the files and of the admin's entries as of `version`."""
    from .models import LexiconEntry

    phrases = [entry.phrase for entry in file_entries()]
    phrases += LexiconEntry.objects.values_list("phrase", flat=True)
    return Lexicon(phrases)


def current_lexicon():
    """The lexicon with every entry added in the admin so far."""
    from .models import LexiconEntry

    latest = LexiconEntry.objects.aggregate(count=Count("pk"), changed=Max("updated_at"))
    return lexicon_of((latest["count"], latest["changed"]))


def screen(text, *, lexicon=None):
    """Every finding in the text, in order of position, without overlaps."""
    plain = folded(text)
    found = []

    def add(kind, start, end, view=plain):
        if start == end:
            return
        start, end = view.original_span(start, end)
        if not any(start < f_end and f_start < end for f_start, f_end, _kind in found):
            found.append((start, end, kind))

    for pattern in EMAIL_PATTERNS:
        for match in pattern.finditer(plain.text):
            add(EMAIL, *match.span())
    for match in RUT_PATTERN.finditer(plain.text):
        if rut_is_valid(match.group(1), match.group(2)):
            add(ID_NUMBER, *match.span())
    for pattern in (CEDULA_PATTERN, CPF_PATTERN, PASSPORT_PATTERN):
        for match in pattern.finditer(plain.text):
            add(ID_NUMBER, *match.span())
    for match in DOCUMENT_PATTERN.finditer(plain.text):
        add(ID_NUMBER, *match.span(1))
    for match in LINK_PATTERN.finditer(plain.text):
        add(LINK, *match.span())
    for pattern in ADDRESS_PATTERNS:
        for match in pattern.finditer(plain.text):
            add(ADDRESS, *match.span())
    for match in NUMBER_PATTERN.finditer(plain.text):
        kind = number_kind(match.group(0))
        if kind:
            add(kind, *match.span())
    for match in SPOKEN_NUMBER_PATTERN.finditer(plain.text):
        if spoken_phone(match.group(0)):
            add(PHONE, *match.span())
    words = letters(text, plain)
    for match in (lexicon or current_lexicon()).finditer(words.text):
        add(INSULT, *match.span(), view=words)

    return sorted(Finding(start, end, kind, text[start:end]) for start, end, kind in found)


def screen_story(story):
    """Screen the story's title and text again in every language it has; store what was found,
    by language, field and position."""
    from .models import ScreeningFinding

    story.findings.all().delete()
    # One lexicon for the eight texts: looking it up costs a query.
    lexicon = current_lexicon()
    findings = [
        ScreeningFinding(
            story=story, language=code, field=field, kind=f.kind, start=f.start, end=f.end
        )
        for code, _name in settings.LANGUAGES
        for field in ("title", "body")
        for f in screen(getattr(story, f"{field}_{code}", "") or "", lexicon=lexicon)
    ]
    ScreeningFinding.objects.bulk_create(findings)
    return findings
