"""Share images: a 1200 x 630 card for links and a 1080 x 1350 one for Instagram.

A card is a colour, a short quote, who said it and a footer line, with a picture beside or above
the words when there is one. The picture is always one of the stored web sizes of a photo, which
are already free of metadata (and blurred where that was asked for): never an upload.

Drawn with Pillow and the Noto Sans shipped in somos/fonts, so accents come out right on every
server. Stored through Django's storage, named after what they show: a change of text, name,
colour or picture makes a new image.
"""

import hashlib
import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont, ImageOps

# Links on WhatsApp, Facebook, X and Telegram; Instagram's portrait post.
SIZES = {"link": (1200, 630), "instagram": (1080, 1350)}
MARGIN = 72
FONTS = Path(__file__).resolve().parent / "fonts"
CONTENT_TYPES = {"png": "image/png", "jpg": "image/jpeg"}


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


def fit_text(draw, text, width, max_height, *, weight="Bold", largest=64, smallest=32):
    """The largest size, from `largest` down, at which the text fits; at the smallest size, as
    many lines as fit, the last one ending in an ellipsis."""
    for size in range(largest, smallest - 1, -4):
        typeface = font(weight, size)
        lines = wrap(draw, text, typeface, width)
        if len(lines) * size * 1.25 <= max_height:
            return typeface, lines, size
    typeface = font(weight, smallest)
    lines = wrap(draw, text, typeface, width)
    fitting = max(1, int(max_height // (smallest * 1.25)))
    if len(lines) > fitting:
        lines = lines[:fitting]
        lines[-1] = f"{lines[-1].rstrip('.,;:')}…"
    return typeface, lines, smallest


def one_line(draw, text, weight, width):
    """Text on one line: at 30 px, smaller when it is too wide, cut short at 22 px."""
    for size in range(30, 21, -2):
        typeface = font(weight, size)
        if draw.textlength(text, font=typeface) <= width:
            return text, typeface
    while len(text) > 1 and draw.textlength(f"{text}…", font=typeface) > width:
        text = text[:-1]
    return f"{text.rstrip()}…", typeface


def open_picture(name):
    """A stored web size of a photo, as an RGB image."""
    with default_storage.open(name) as file:
        picture = Image.open(file, formats=["JPEG", "WEBP", "PNG"])
        picture.load()
    return picture.convert("RGB")


def draw_card(
    *,
    colour,
    text_colour,
    quote,
    attribution,
    footer,
    shape="link",
    picture="",
    excerpt="",
    label="",
):
    """Return the card as image bytes: PNG when it is all text, JPEG when it has a picture."""
    width, height = SIZES[shape]
    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    # Where the words go: beside the picture on a link card, under it on a portrait one.
    left, top, right, bottom = 0, 0, width, height
    if picture:
        photo = open_picture(picture)
        if shape == "link":
            box = (width * 2 // 5, height)
            image.paste(ImageOps.fit(photo, box, centering=(0.5, 0.4)), (width - box[0], 0))
            right = width - box[0]
        else:
            box = (width, height // 2)
            image.paste(ImageOps.fit(photo, box, centering=(0.5, 0.4)), (0, 0))
            top = box[1]
    text_width = right - left - 2 * MARGIN
    x, y = left + MARGIN, top + MARGIN
    footer_top = bottom - MARGIN - 90
    room = footer_top - y - 70
    # A portrait card of words alone has room for larger type.
    spacious = shape == "instagram" and not picture
    quote_room = room * 3 // 5 if excerpt else room
    largest = 88 if spacious else 64 if shape == "link" and not picture else 56
    typeface, lines, size = fit_text(draw, quote, text_width, quote_room, largest=largest)
    blocks = [(typeface, lines, size)]
    height = len(lines) * int(size * 1.25)
    if excerpt:
        excerpt_room = room - height - 16
        blocks.append(
            fit_text(
                draw,
                excerpt,
                text_width,
                excerpt_room,
                weight="Regular",
                largest=44 if spacious else 36,
                smallest=28,
            )
        )
        height += 16 + len(blocks[-1][1]) * int(blocks[-1][2] * 1.25)
    if spacious:
        y += (room - height) // 3

    bold = font("Bold", 30)
    if label:
        draw.text((x, y), label, font=bold, fill=text_colour)
    else:
        draw.rectangle([x, y, x + 90, y + 10], fill=text_colour)
    y += 50 if label else 40
    for typeface, lines, size in blocks:
        for line in lines:
            draw.text((x, y), line, font=typeface, fill=text_colour)
            y += int(size * 1.25)
        y += 16

    for offset, text, weight in ((0, attribution, "Regular"), (50, footer, "Bold")):
        line, typeface = one_line(draw, text, weight, text_width)
        draw.text((x, footer_top + offset), line, font=typeface, fill=text_colour)

    buffer = io.BytesIO()
    if picture:
        image.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    else:
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
    extension = "jpg" if card.get("picture") else "png"
    return f"share/{prefix}-{fingerprint}.{extension}"


def stored_card(prefix, card):
    """The storage name of the card's image, drawing and saving it the first time."""
    name = card_name(prefix, card)
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(draw_card(**card)))
    return name


def image_response(name, *, max_age):
    """The stored share image as a response that browsers and networks may keep a while."""
    content_type = CONTENT_TYPES[name.rsplit(".", 1)[-1]]
    response = FileResponse(default_storage.open(name), content_type=content_type)
    response["Cache-Control"] = f"public, max-age={max_age}"
    return response
