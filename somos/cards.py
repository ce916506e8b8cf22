"""Share cards of 1200 x 630: a colour, a short quote, who said it and a footer line.

Drawn with Pillow and the Noto Sans shipped in somos/fonts, so accents come out right on every
server. Stored through Django's storage, named after what they show: a change of text, name or
colour makes a new image.
"""

import hashlib
import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
FONTS = Path(__file__).resolve().parent / "fonts"


def font(weight, size):
    return ImageFont.truetype(str(FONTS / f"NotoSans-{weight}.ttf"), size)


def wrap(draw, text, typeface, width):
    """Split text into lines no wider than width."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=typeface) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def fit_quote(draw, quote, width, max_height):
    """The largest quote size, from 64 px down, at which the quote fits."""
    for size in range(64, 30, -4):
        typeface = font("Bold", size)
        lines = wrap(draw, quote, typeface, width)
        if len(lines) * size * 1.25 <= max_height:
            return typeface, lines, size
    typeface = font("Bold", 32)
    lines = wrap(draw, quote, typeface, width)[:6]
    return typeface, lines, 32


def draw_card(*, colour, text_colour, quote, attribution, footer):
    """Return a PNG of the card."""
    image = Image.new("RGB", (WIDTH, HEIGHT), colour)
    draw = ImageDraw.Draw(image)
    text_width = WIDTH - 2 * MARGIN

    draw.rectangle([MARGIN, MARGIN, MARGIN + 90, MARGIN + 10], fill=text_colour)
    typeface, lines, size = fit_quote(draw, quote, text_width, HEIGHT - 2 * MARGIN - 140)
    y = MARGIN + 50
    for line in lines:
        draw.text((MARGIN, y), line, font=typeface, fill=text_colour)
        y += int(size * 1.25)

    small = font("Regular", 30)
    bold = font("Bold", 30)
    draw.text((MARGIN, HEIGHT - MARGIN - 80), attribution, font=small, fill=text_colour)
    draw.text((MARGIN, HEIGHT - MARGIN - 30), footer, font=bold, fill=text_colour)

    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def site_card():
    return {
        "colour": "#a63d12",
        "text_colour": "#ffffff",
        "quote": _("What unites us?"),
        "attribution": _("Stories that bring us closer"),
        "footer": "Somos",
    }


def card_name(prefix, card):
    fingerprint = hashlib.sha256(repr(sorted(card.items())).encode()).hexdigest()[:24]
    return f"share/{prefix}-{fingerprint}.png"


def stored_card(prefix, card):
    """The storage name of the card's image, drawing and saving it the first time."""
    name = card_name(prefix, card)
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(draw_card(**card)))
    return name


def image_response(name, *, max_age):
    """The stored share image as a PNG response that browsers and networks may keep a while."""
    response = FileResponse(default_storage.open(name), content_type="image/png")
    response["Cache-Control"] = f"public, max-age={max_age}"
    return response
