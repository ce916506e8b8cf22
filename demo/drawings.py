"""Images for the demo content, drawn by code: no photo of a real person is ever shipped."""

import functools
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw

from somos.cards import font, wrap

from .scenes import random_scene, render
from .story_scenes import HERO_SCENES, STORY_SCENES


def illustration(seed, size=(1200, 900)):
    """A JPEG of people in a drawn scene: a sample story's own, a campaign's, or one picked
    from the seed."""
    scene = STORY_SCENES.get(seed) or HERO_SCENES.get(seed) or random_scene(seed)
    buffer = io.BytesIO()
    render(scene, size).save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


def illustration_upload(seed, size=(1200, 900)):
    return SimpleUploadedFile(
        "illustration.jpg", illustration(seed, size), content_type="image/jpeg"
    )


def logo(text, colour):
    """A partner placeholder logo: its acronym in a rounded box."""
    image = Image.new("RGB", (480, 180), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle([4, 4, 476, 176], radius=36, outline=colour, width=8)
    typeface = font("Bold", 84)
    text_width = draw.textlength(text, font=typeface)
    draw.text(((480 - text_width) / 2, 30), text, font=typeface, fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


@functools.cache
def briefing_kit(title, lines):
    """A one-page PDF with the campaign's key messages and figures."""
    page = Image.new("RGB", (1240, 1754), (255, 255, 255))
    draw = ImageDraw.Draw(page)
    draw.text((100, 100), title, font=font("Bold", 56), fill=(27, 27, 27))
    body = font("Regular", 30)
    y = 220
    for line in lines:
        for chunk in wrap(draw, line, body, 1040):
            draw.text((100, y), chunk, font=body, fill=(40, 40, 40))
            y += 44
        y += 22
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=150)
    return buffer.getvalue()
