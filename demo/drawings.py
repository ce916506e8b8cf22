"""Images for the demo content, drawn by code: no photo of a real person is ever shipped."""

import functools
import io
import math

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw

from somos.cards import font, wrap

from .people import mix
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


def logo(shape, colour):
    """A partner's drawn mark, without letters: its full name is written beside it on the
    page, in the page's language. Drawn large and scaled down for smooth edges."""
    size = 960
    image = Image.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    ink = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    pale = mix(ink, (255, 255, 255), 0.8)
    centre, radius = size / 2, size * 0.46
    draw.ellipse([centre - radius, centre - radius, centre + radius, centre + radius], fill=pale)
    MARKS[shape](draw, size, ink)
    image = image.resize((240, 240), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


def _globe(draw, size, ink):
    c, r, w = size / 2, size * 0.3, round(size * 0.03)
    draw.ellipse([c - r, c - r, c + r, c + r], outline=ink, width=w)
    draw.ellipse([c - r * 0.45, c - r, c + r * 0.45, c + r], outline=ink, width=w)
    draw.line([(c - r, c), (c + r, c)], fill=ink, width=w)
    for y in (c - r * 0.5, c + r * 0.5):
        half = (r**2 - (y - c) ** 2) ** 0.5
        draw.line([(c - half, y), (c + half, y)], fill=ink, width=w)


def _shelter(draw, size, ink):
    c = size / 2
    draw.polygon(
        [(c - size * 0.3, c), (c, c - size * 0.27), (c + size * 0.3, c)],
        outline=ink,
        width=round(size * 0.035),
    )
    for dx, scale in ((-0.1, 1.0), (0.1, 0.8)):
        x, r = c + size * dx, size * 0.055 * scale
        top = c + size * 0.02
        draw.ellipse([x - r, top, x + r, top + 2 * r], fill=ink)
        draw.rounded_rectangle(
            [x - r * 1.4, top + 2.3 * r, x + r * 1.4, c + size * 0.27], radius=r, fill=ink
        )


def _family(draw, size, ink):
    c = size / 2
    for dx, scale in ((-0.09, 1.0), (0.12, 0.68)):
        x, r = c + size * dx, size * 0.07 * scale
        top = c - size * 0.24 + size * 0.2 * (1 - scale)
        draw.ellipse([x - r, top, x + r, top + 2 * r], fill=ink)
        draw.rounded_rectangle(
            [x - r * 1.5, top + 2.3 * r, x + r * 1.5, c + size * 0.26], radius=r, fill=ink
        )


def _network(draw, size, ink):
    c, r = size / 2, size * 0.24
    points = [
        (c - r, c - r * 0.5),
        (c + r, c - r * 0.6),
        (c - r * 0.4, c + r),
        (c + r * 0.8, c + r * 0.7),
    ]
    for i, first in enumerate(points):
        for second in points[i + 1 :]:
            draw.line([first, second], fill=ink, width=round(size * 0.025))
    for x, y in points:
        dot = size * 0.06
        draw.ellipse([x - dot, y - dot, x + dot, y + dot], fill=ink)


def _leaves(draw, size, ink):
    """Two branches of leaves around a circle."""
    c, ring = size / 2, size * 0.26
    for side in (-1, 1):
        for step in range(6):
            # From the bottom of the circle up each side, each leaf along the circle.
            angle = math.radians(25 + step * 24)
            x = c + side * ring * math.sin(angle)
            y = c + ring * math.cos(angle)
            tangent = math.atan2(-math.sin(angle), side * math.cos(angle))
            points = []
            for t in range(24):
                u = 2 * math.pi * t / 24
                dx, dy = size * 0.07 * math.cos(u), size * 0.03 * math.sin(u)
                points.append(
                    (
                        x + dx * math.cos(tangent) - dy * math.sin(tangent),
                        y + dx * math.sin(tangent) + dy * math.cos(tangent),
                    )
                )
            draw.polygon(points, fill=ink)
    r = size * 0.09
    draw.ellipse([c - r, c - r, c + r, c + r], fill=ink)


MARKS = {
    "globe": _globe,
    "shelter": _shelter,
    "family": _family,
    "network": _network,
    "leaves": _leaves,
}


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
