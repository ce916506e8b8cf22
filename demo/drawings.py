"""Images for the demo content, drawn by code: no photo of a real person is ever shipped."""

import functools
import io
import random

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw

from somos.cards import font, wrap


def tint(colour, amount):
    """The colour mixed with white (amount > 0) or black (amount < 0)."""
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    target = 255 if amount > 0 else 0
    mixed = [round(c + (target - c) * abs(amount)) for c in channels]
    return tuple(mixed)


def illustration(seed, colour, size=(1200, 900)):
    """A JPEG of a simple scene: sky, sun, hills and two people side by side."""
    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size, tint(colour, 0.82))
    draw = ImageDraw.Draw(image)
    sun_x = rng.randint(width // 5, width * 4 // 5)
    draw.ellipse([sun_x - 90, 90, sun_x + 90, 270], fill=(255, 206, 84))
    for layer in range(3):
        base = height * (0.55 + 0.12 * layer)
        points = [(0, height)]
        for x in range(0, width + 200, 200):
            points.append((x, base + rng.randint(-60, 40)))
        points.append((width, height))
        draw.polygon(points, fill=tint(colour, 0.55 - 0.35 * layer))
    ground = int(height * 0.86)
    for index, x in enumerate((width // 2 - 110, width // 2 + 110)):
        body = tint(colour, -0.25) if index == 0 else (70, 90, 110)
        skin = rng.choice([(141, 85, 36), (198, 134, 66), (224, 172, 105), (120, 70, 40)])
        tall = rng.randint(0, 60)
        draw.rounded_rectangle([x - 70, ground - 330 + tall, x + 70, ground], radius=60, fill=body)
        draw.ellipse([x - 55, ground - 460 + tall, x + 55, ground - 350 + tall], fill=skin)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


def illustration_upload(seed, colour, size=(1200, 900)):
    return SimpleUploadedFile(
        "illustration.jpg", illustration(seed, colour, size), content_type="image/jpeg"
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
