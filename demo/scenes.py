"""Drawn scenes for the sample stories and the campaign heroes: people in the places the
stories tell of (a market, a classroom, a kitchen, a pitch, a bus...).

Each sample story has its own scene; anything else gets one picked from its seed. Drawn at
twice the size and scaled down, so the edges come out smooth.
"""

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw

from somos.cards import font

from .people import Person, draw_person, mix

SUPERSAMPLE = 2

SHIRTS = [
    (196, 72, 52),
    (38, 110, 150),
    (236, 178, 60),
    (70, 140, 90),
    (120, 70, 140),
    (230, 120, 80),
    (40, 60, 110),
    (210, 90, 130),
    (90, 160, 170),
    (150, 110, 60),
    (250, 250, 245),
    (70, 70, 80),
]
TROUSERS = [(44, 52, 80), (70, 60, 50), (30, 30, 36), (90, 100, 120), (120, 80, 60)]


@dataclass(frozen=True)
class Scene:
    setting: str
    people: tuple
    wall: tuple = (246, 226, 196)
    # What the people hold or what lies near them: "ball", "guitar", "plate", "book", ...
    props: tuple = ()


# Settings: each draws the background and returns the floor line and a foreground drawer.


def _sky(draw, w, h, top, bottom, until):
    steps = 24
    for i in range(steps):
        y0, y1 = until * i / steps, until * (i + 1) / steps + 1
        draw.rectangle([0, y0, w, y1], fill=mix(top, bottom, i / steps))


def _floor(draw, w, h, y, colour, boards=True):
    draw.rectangle([0, y, w, h], fill=colour)
    if boards:
        for i in range(1, 8):
            yy = y + (h - y) * (i / 8) ** 1.4
            draw.line([(0, yy), (w, yy)], fill=mix(colour, (0, 0, 0), 0.12), width=3)


def market(draw, w, h, scene):
    _sky(draw, w, h, (140, 200, 235), (215, 236, 246), h * 0.6)
    draw.rectangle([0, h * 0.35, w, h * 0.7], fill=mix(scene.wall, (255, 255, 255), 0.3))
    stripes = 9
    for i in range(stripes):
        colour = (214, 70, 60) if i % 2 == 0 else (250, 246, 236)
        x0, x1 = w * i / stripes, w * (i + 1) / stripes
        draw.polygon([(x0, 0), (x1, 0), (x1, h * 0.16), (x0, h * 0.16)], fill=colour)
        draw.pieslice([x0, h * 0.1, x1, h * 0.22], 0, 180, fill=colour)
    floor = h * 0.88

    def front(draw):
        top = h * 0.66
        draw.rectangle([w * 0.04, top, w * 0.96, h], fill=(150, 100, 60))
        draw.rectangle([w * 0.04, top, w * 0.96, top + h * 0.04], fill=(120, 78, 44))
        rng = random.Random(str(scene.people[0].shirt))
        produce = [(236, 170, 40), (120, 170, 60), (210, 60, 50), (250, 220, 120), (90, 130, 50)]
        for i in range(22):
            cx = w * 0.08 + i * w * 0.04
            cy = top - h * 0.015 + rng.random() * h * 0.01
            r = h * (0.022 + rng.random() * 0.012)
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=rng.choice(produce))

    return floor, front


def kitchen(draw, w, h, scene):
    draw.rectangle([0, 0, w, h], fill=scene.wall)
    tile = h * 0.07
    for row in range(int(h * 0.6 / tile)):
        for col in range(int(w / tile) + 1):
            if (row + col) % 2 == 0:
                draw.rectangle(
                    [
                        col * tile,
                        h * 0.1 + row * tile,
                        (col + 1) * tile,
                        h * 0.1 + (row + 1) * tile,
                    ],
                    fill=mix(scene.wall, (255, 255, 255), 0.35),
                )
    draw.rectangle([w * 0.06, h * 0.12, w * 0.3, h * 0.14], fill=(140, 96, 60))
    for i, colour in enumerate([(200, 80, 60), (240, 200, 90), (90, 140, 110), (120, 90, 160)]):
        jx = w * 0.08 + i * w * 0.055
        draw.rounded_rectangle([jx, h * 0.055, jx + w * 0.04, h * 0.12], radius=8, fill=colour)
    draw.rectangle([w * 0.72, h * 0.08, w * 0.94, h * 0.36], fill=(180, 220, 240))
    draw.line([(w * 0.83, h * 0.08), (w * 0.83, h * 0.36)], fill=(250, 250, 250), width=10)
    draw.rectangle([w * 0.72, h * 0.08, w * 0.94, h * 0.36], outline=(250, 250, 250), width=10)

    def front(draw):
        top = h * 0.7
        draw.rectangle([0, top, w, h], fill=(200, 190, 176))
        draw.rectangle([0, top, w, top + h * 0.03], fill=(120, 110, 100))
        draw.rounded_rectangle(
            [w * 0.62, top - h * 0.1, w * 0.8, top + h * 0.01], radius=16, fill=(70, 70, 80)
        )
        for i in range(3):
            sx = w * (0.66 + i * 0.05)
            draw.arc(
                [sx, top - h * 0.22, sx + w * 0.03, top - h * 0.12],
                90,
                270,
                fill=(255, 255, 255),
                width=6,
            )
        draw.ellipse([w * 0.14, top - h * 0.04, w * 0.3, top + h * 0.02], fill=(250, 248, 240))
        draw.ellipse([w * 0.16, top - h * 0.035, w * 0.28, top + h * 0.008], fill=(230, 170, 70))

    return h * 0.95, front


def classroom(draw, w, h, scene):
    draw.rectangle([0, 0, w, h], fill=scene.wall)
    rng = random.Random(str(scene.people))
    left = rng.choice((0.06, 0.3))
    board = [w * left, h * 0.08, w * (left + 0.64), h * 0.42]
    surface, chalk = rng.choice(
        [
            ((48, 88, 72), (236, 240, 230)),
            ((40, 56, 72), (240, 236, 200)),
            ((250, 250, 250), (40, 80, 160)),
        ]
    )
    draw.rectangle(board, fill=surface)
    draw.rectangle(board, outline=(150, 110, 70), width=14)
    words = rng.sample(["1/2 + 1/4", "a b c", "3/4", "0,5", "2 x 3 = 6", "hola", "hello", "olá"], 4)
    for i, word in enumerate(words):
        x = board[0] + w * (0.04 + 0.32 * (i % 2))
        y = board[1] + h * (0.06 + 0.12 * (i // 2))
        draw.text((x, y), word, fill=chalk, font=font("Regular", round(h * 0.06)))
    # A window or a map beside the board.
    other = w * (0.76 if left < 0.2 else 0.04)
    if rng.random() < 0.5:
        draw.rectangle(
            [other, h * 0.1, other + w * 0.18, h * 0.38],
            fill=(180, 220, 240),
            outline=(255, 255, 255),
            width=10,
        )
    else:
        draw.rectangle([other, h * 0.12, other + w * 0.18, h * 0.34], fill=(236, 220, 170))
        draw.ellipse([other + w * 0.03, h * 0.16, other + w * 0.09, h * 0.26], fill=(110, 170, 110))
        draw.ellipse([other + w * 0.1, h * 0.2, other + w * 0.15, h * 0.3], fill=(110, 170, 110))
    _floor(draw, w, h, h * 0.82, (190, 150, 110))

    def front(draw):
        top = h * 0.8
        draw.rectangle([w * 0.1, top, w * 0.9, top + h * 0.04], fill=(170, 120, 70))
        draw.rectangle([w * 0.14, top + h * 0.04, w * 0.17, h], fill=(120, 84, 50))
        draw.rectangle([w * 0.83, top + h * 0.04, w * 0.86, h], fill=(120, 84, 50))
        draw.rectangle([w * 0.3, top - h * 0.03, w * 0.42, top], fill=(220, 70, 70))
        draw.rectangle([w * 0.32, top - h * 0.05, w * 0.43, top - h * 0.03], fill=(70, 120, 200))

    return h * 0.98, front


def pitch(draw, w, h, scene):
    _sky(draw, w, h, (110, 180, 230), (220, 236, 245), h * 0.55)
    for i in range(9):
        cx = w * i / 8
        draw.ellipse([cx - w * 0.1, h * 0.38, cx + w * 0.1, h * 0.62], fill=(70, 130, 80))
    draw.rectangle([0, h * 0.5, w, h], fill=(92, 160, 84))
    for i in range(0, 8, 2):
        draw.rectangle(
            [0, h * (0.5 + i * 0.0625), w, h * (0.5 + (i + 1) * 0.0625)], fill=(84, 150, 78)
        )
    draw.line([(0, h * 0.62), (w, h * 0.62)], fill=(245, 245, 245), width=8)
    post = (250, 250, 250)
    draw.rectangle([w * 0.12, h * 0.28, w * 0.135, h * 0.62], fill=post)
    draw.rectangle([w * 0.865, h * 0.28, w * 0.88, h * 0.62], fill=post)
    draw.rectangle([w * 0.12, h * 0.28, w * 0.88, h * 0.3], fill=post)
    for i in range(1, 24):
        x = w * (0.135 + 0.73 * i / 24)
        draw.line([(x, h * 0.3), (x, h * 0.62)], fill=(215, 225, 220), width=2)
    return h * 0.9, None


def stage(draw, w, h, scene):
    draw.rectangle([0, 0, w, h], fill=scene.wall)
    for side in (0, 1):
        x0 = 0 if side == 0 else w * 0.88
        draw.rectangle([x0, 0, x0 + w * 0.12, h * 0.8], fill=(150, 40, 50))
        for i in range(4):
            fx = x0 + w * 0.03 * i
            draw.line([(fx, 0), (fx, h * 0.8)], fill=(120, 30, 40), width=6)
    colours = [(236, 178, 60), (200, 70, 60), (60, 130, 170), (90, 160, 90)]
    for i in range(14):
        x0 = w * i / 14
        draw.polygon(
            [(x0, h * 0.04), (x0 + w / 14, h * 0.04), (x0 + w / 28, h * 0.12)], fill=colours[i % 4]
        )
    draw.line([(0, h * 0.04), (w, h * 0.04)], fill=(90, 70, 50), width=4)
    for i, (nx, ny) in enumerate([(0.2, 0.22), (0.78, 0.2), (0.7, 0.36), (0.26, 0.4)]):
        x, y = w * nx, h * ny
        r = h * 0.018
        draw.ellipse([x - r * 1.3, y - r, x + r * 1.3, y + r], fill=(90, 70, 60))
        draw.line([(x + r * 1.1, y), (x + r * 1.1, y - h * 0.07)], fill=(90, 70, 60), width=6)
        if i % 2:
            draw.line(
                [(x + r * 1.1, y - h * 0.07), (x + r * 3, y - h * 0.05)], fill=(90, 70, 60), width=6
            )
    _floor(draw, w, h, h * 0.8, (170, 120, 80))
    return h * 0.93, None


def table(draw, w, h, scene):
    draw.rectangle([0, 0, w, h], fill=scene.wall)
    draw.rectangle([w * 0.08, h * 0.1, w * 0.3, h * 0.4], fill=(190, 220, 240))
    draw.rectangle([w * 0.08, h * 0.1, w * 0.3, h * 0.4], outline=(255, 255, 255), width=12)
    draw.line([(w * 0.19, h * 0.1), (w * 0.19, h * 0.4)], fill=(255, 255, 255), width=10)
    draw.rectangle([w * 0.72, h * 0.12, w * 0.86, h * 0.3], fill=(230, 180, 90))
    draw.rectangle([w * 0.74, h * 0.14, w * 0.84, h * 0.28], fill=(110, 160, 120))
    draw.line([(w * 0.5, 0), (w * 0.5, h * 0.08)], fill=(60, 50, 40), width=6)
    draw.pieslice([w * 0.44, h * 0.06, w * 0.56, h * 0.16], 180, 360, fill=(240, 200, 90))

    return h * 0.98, _table_front(w, h)


def _table_front(w, h):
    """A laid table across the bottom of the picture, in front of the people."""

    def front(draw):
        top = h * 0.72
        draw.rectangle([0, top, w, h], fill=(236, 236, 228))
        for i in range(0, 40, 2):
            draw.rectangle([w * i / 40, top, w * (i + 1) / 40, h], fill=(200, 80, 70))
        draw.rectangle([0, top, w, top + h * 0.02], fill=(170, 60, 55))
        for i, px in enumerate((0.2, 0.45, 0.7)):
            draw.ellipse(
                [w * px - w * 0.07, top - h * 0.03, w * px + w * 0.07, top + h * 0.03],
                fill=(250, 250, 246),
            )
            food = [(230, 170, 60), (120, 160, 70), (180, 90, 60)][i]
            draw.ellipse(
                [w * px - w * 0.045, top - h * 0.02, w * px + w * 0.045, top + h * 0.012], fill=food
            )

    return front


def counter(draw, w, h, scene):
    draw.rectangle([0, 0, w, h], fill=scene.wall)
    rng = random.Random(str(scene.wall))
    for shelf in range(3):
        y = h * (0.16 + shelf * 0.15)
        draw.rectangle([w * 0.04, y, w * 0.96, y + h * 0.015], fill=(130, 90, 56))
        x = w * 0.05
        while x < w * 0.94:
            bw = w * (0.03 + rng.random() * 0.04)
            bh = h * (0.05 + rng.random() * 0.06)
            colour = rng.choice(SHIRTS[:10])
            draw.rectangle([x, y - bh, x + bw, y], fill=colour)
            x += bw + w * 0.008

    def front(draw):
        top = h * 0.68
        draw.rectangle([0, top, w, h], fill=(120, 150, 170))
        draw.rectangle([0, top, w, top + h * 0.035], fill=(80, 100, 120))
        # A till at one end of the counter.
        draw.rounded_rectangle(
            [w * 0.8, top - h * 0.1, w * 0.94, top + h * 0.005], radius=12, fill=(60, 64, 76)
        )
        draw.rectangle([w * 0.82, top - h * 0.085, w * 0.92, top - h * 0.045], fill=(150, 210, 190))

    return h * 0.95, front


def barbershop(draw, w, h, scene):
    draw.rectangle([0, 0, w, h], fill=scene.wall)
    for mx in (0.08, 0.62):
        draw.rounded_rectangle(
            [w * mx, h * 0.1, w * (mx + 0.3), h * 0.5],
            radius=40,
            fill=(200, 225, 235),
            outline=(120, 90, 60),
            width=12,
        )
        draw.line(
            [(w * (mx + 0.05), h * 0.4), (w * (mx + 0.12), h * 0.18)],
            fill=(235, 245, 250),
            width=16,
        )
    draw.rectangle([w * 0.47, h * 0.12, w * 0.53, h * 0.5], fill=(250, 250, 250))
    for i in range(6):
        y = h * (0.12 + i * 0.065)
        draw.polygon(
            [
                (w * 0.47, y + h * 0.03),
                (w * 0.53, y),
                (w * 0.53, y + h * 0.025),
                (w * 0.47, y + h * 0.055),
            ],
            fill=(200, 40, 40) if i % 2 else (30, 80, 170),
        )
    _floor(draw, w, h, h * 0.78, (60, 60, 70))
    for i in range(0, 12):
        for j in range(0, 3):
            if (i + j) % 2 == 0:
                draw.rectangle(
                    [
                        w * i / 12,
                        h * (0.78 + j * 0.073),
                        w * (i + 1) / 12,
                        h * (0.78 + (j + 1) * 0.073),
                    ],
                    fill=(235, 235, 230),
                )
    return h * 0.95, None


def court(draw, w, h, scene):
    _sky(draw, w, h, (120, 190, 235), (225, 240, 248), h * 0.6)
    for i, colour in enumerate([(230, 180, 120), (200, 120, 90), (240, 220, 170), (160, 190, 200)]):
        x0 = w * i / 4
        draw.rectangle([x0, h * (0.22 + 0.04 * (i % 2)), x0 + w / 4, h * 0.6], fill=colour)
        for r in range(3):
            for c in range(3):
                draw.rectangle(
                    [
                        x0 + w * (0.03 + c * 0.07),
                        h * (0.3 + r * 0.09),
                        x0 + w * (0.07 + c * 0.07),
                        h * (0.36 + r * 0.09),
                    ],
                    fill=(90, 110, 130),
                )
    draw.rectangle([0, h * 0.6, w, h], fill=(200, 170, 130))
    draw.line([(w * 0.02, h * 0.62), (w * 0.98, h * 0.62)], fill=(250, 250, 250), width=8)
    draw.rectangle([w * 0.04, h * 0.2, w * 0.055, h * 0.75], fill=(80, 80, 90))
    draw.rectangle([w * 0.945, h * 0.2, w * 0.96, h * 0.75], fill=(80, 80, 90))
    net_top, net_bottom = h * 0.22, h * 0.36
    draw.rectangle([w * 0.055, net_top, w * 0.945, net_top + h * 0.015], fill=(250, 250, 250))
    for i in range(1, 40):
        x = w * (0.055 + 0.89 * i / 40)
        draw.line([(x, net_top), (x, net_bottom)], fill=(60, 60, 60), width=2)
    for j in range(1, 5):
        y = net_top + (net_bottom - net_top) * j / 5
        draw.line([(w * 0.055, y), (w * 0.945, y)], fill=(60, 60, 60), width=2)
    return h * 0.92, None


def bus(draw, w, h, scene):
    draw.rectangle([0, 0, w, h], fill=(226, 222, 210))
    for i in range(4):
        x0 = w * (0.04 + i * 0.24)
        draw.rounded_rectangle(
            [x0, h * 0.1, x0 + w * 0.2, h * 0.45], radius=30, fill=(170, 215, 240)
        )
        draw.rectangle([x0, h * 0.34, x0 + w * 0.2, h * 0.45], fill=(200, 190, 160))
        draw.rectangle([x0 + w * 0.03, h * 0.24, x0 + w * 0.09, h * 0.34], fill=(230, 150, 90))
        draw.rectangle([x0 + w * 0.11, h * 0.2, x0 + w * 0.17, h * 0.34], fill=(150, 170, 200))
    draw.rectangle([0, h * 0.05, w, h * 0.07], fill=(200, 200, 200))
    for px in (0.27, 0.73):
        draw.rectangle([w * px - 8, 0, w * px + 8, h], fill=(236, 190, 40))
    draw.rectangle([0, h * 0.5, w, h * 0.56], fill=(40, 110, 150))
    _floor(draw, w, h, h * 0.82, (90, 90, 96), boards=False)
    return h * 0.96, None


def street(draw, w, h, scene):
    night = "night" in scene.props
    _sky(
        draw,
        w,
        h,
        (30, 40, 90) if night else (120, 190, 235),
        (90, 80, 130) if night else (225, 240, 248),
        h * 0.5,
    )
    colours = [(236, 170, 90), (120, 180, 190), (230, 120, 110), (240, 210, 120), (160, 200, 140)]
    for i in range(6):
        x0 = w * i / 6
        top = h * (0.14 + 0.06 * (i % 3))
        draw.rectangle([x0, top, x0 + w / 6, h * 0.78], fill=colours[i % 5])
        for r in range(3):
            wy = top + h * (0.08 + r * 0.16)
            if wy < h * 0.66:
                draw.rectangle(
                    [x0 + w * 0.04, wy, x0 + w * 0.12, wy + h * 0.1],
                    fill=(250, 230, 150) if night else (80, 100, 120),
                )
    lights = [(236, 178, 60), (200, 70, 60), (60, 130, 170), (250, 250, 250)]
    for i in range(24):
        x = w * (i + 0.5) / 24
        y = h * 0.12 + h * 0.05 * (1 - ((i % 12) - 5.5) ** 2 / 30)
        draw.ellipse([x - 12, y - 12, x + 12, y + 12], fill=lights[i % 4])
    draw.rectangle([0, h * 0.78, w, h], fill=(150, 140, 130))
    return h * 0.94, None


def patio(draw, w, h, scene):
    _sky(draw, w, h, (120, 190, 235), (230, 240, 240), h * 0.7)
    draw.rectangle([w * 0.78, h * 0.2, w * 0.83, h * 0.8], fill=(110, 76, 50))
    for cx, cy, r in ((0.8, 0.14, 0.14), (0.7, 0.22, 0.1), (0.9, 0.24, 0.1), (0.8, 0.3, 0.1)):
        draw.ellipse(
            [w * cx - h * r * 1.2, h * cy - h * r, w * cx + h * r * 1.2, h * cy + h * r],
            fill=(60, 130, 70),
        )
    for mx, my in ((0.76, 0.2), (0.85, 0.28), (0.72, 0.3)):
        draw.ellipse([w * mx - 12, h * my - 16, w * mx + 12, h * my + 16], fill=(240, 170, 40))
    draw.rectangle([0, h * 0.45, w * 0.6, h * 0.8], fill=scene.wall)
    draw.rectangle([w * 0.1, h * 0.52, w * 0.22, h * 0.8], fill=(120, 80, 60))
    draw.rectangle([0, h * 0.8, w, h], fill=(196, 160, 120))
    return h * 0.98, _table_front(w, h)


# Settings where a stall, a counter or a table hides the people's legs: they are drawn closer.
CLOSE_UP = {"market", "kitchen", "table", "counter", "patio"}

SETTINGS = {
    "market": market,
    "kitchen": kitchen,
    "classroom": classroom,
    "pitch": pitch,
    "stage": stage,
    "table": table,
    "counter": counter,
    "barbershop": barbershop,
    "court": court,
    "bus": bus,
    "street": street,
    "patio": patio,
}


def _prop(draw, kind, x, y, size):
    if kind == "ball":
        draw.ellipse(
            [x - size, y - size, x + size, y + size],
            fill=(250, 250, 250),
            outline=(40, 40, 40),
            width=max(2, round(size * 0.08)),
        )
        draw.regular_polygon((x, y, size * 0.4), 5, fill=(40, 40, 40))
    elif kind == "guitar":
        body = (176, 110, 50)
        draw.line(
            [(x, y), (x + size * 2.2, y - size * 2.2)], fill=(90, 60, 30), width=round(size * 0.3)
        )
        draw.ellipse([x - size, y - size * 0.7, x + size * 0.6, y + size * 0.9], fill=body)
        draw.ellipse([x - size * 0.7, y - size * 0.2, x + size * 0.9, y + size * 1.2], fill=body)
        draw.ellipse(
            [x - size * 0.2, y - size * 0.1, x + size * 0.3, y + size * 0.4], fill=(60, 40, 20)
        )
    elif kind == "plate":
        draw.ellipse(
            [x - size * 1.4, y - size * 0.5, x + size * 1.4, y + size * 0.5], fill=(250, 250, 246)
        )
        draw.ellipse([x - size, y - size * 0.45, x + size, y + size * 0.25], fill=(226, 176, 90))
    elif kind == "book":
        draw.rectangle([x - size, y - size * 0.7, x + size, y + size * 0.7], fill=(60, 110, 190))
        draw.line([(x, y - size * 0.7), (x, y + size * 0.7)], fill=(250, 250, 250), width=6)
    elif kind == "phone":
        draw.rounded_rectangle(
            [x - size * 0.5, y - size * 0.9, x + size * 0.5, y + size * 0.9],
            radius=size * 0.15,
            fill=(40, 40, 50),
        )
        draw.rectangle(
            [x - size * 0.4, y - size * 0.75, x + size * 0.4, y + size * 0.7], fill=(140, 200, 240)
        )
    elif kind == "handkerchief":
        draw.polygon(
            [(x, y), (x + size * 1.6, y - size * 0.4), (x + size * 0.8, y + size * 1.2)],
            fill=(250, 250, 250),
            outline=(200, 200, 200),
        )
    elif kind == "scissors":
        draw.line([(x, y), (x + size * 1.4, y - size * 0.6)], fill=(160, 160, 170), width=8)
        draw.line([(x, y - size * 0.6), (x + size * 1.4, y)], fill=(160, 160, 170), width=8)
    elif kind == "drum":
        draw.rectangle([x - size, y - size * 0.6, x + size, y + size * 0.8], fill=(200, 60, 50))
        draw.ellipse([x - size, y - size * 0.9, x + size, y - size * 0.3], fill=(240, 230, 210))


def render(scene, size):
    """The scene as an RGB image of the given size."""
    width, height = size
    w, h = width * SUPERSAMPLE, height * SUPERSAMPLE
    image = Image.new("RGB", (w, h), scene.wall)
    draw = ImageDraw.Draw(image)
    floor, front = SETTINGS[scene.setting](draw, w, h, scene)

    # People stand across the middle; wide pictures (heroes) keep them in the centre.
    # Behind a stall, a counter or a table the people come closer, cut at the waist.
    count = len(scene.people)
    # A wide picture (a campaign hero) is cropped to different heights at different widths:
    # its people stand smaller, their heads around the middle, where every crop keeps them.
    wide = width > 2 * height
    close = scene.setting in CLOSE_UP and not wide
    if close:
        adult, floor = h * 0.95, h * 1.12
    elif wide:
        adult, floor = h * 0.62, h * 0.95
    else:
        adult = h * 0.8
    gap = min(w * 0.3, adult * 0.44)
    positions = []
    for index, person in enumerate(scene.people):
        x = w / 2 + (index - (count - 1) / 2) * gap
        scale = {"child": 0.82 if close or wide else 0.66, "adult": 1.0, "elder": 0.95}[person.age]
        scale *= 1 - 0.04 * ((index * 7) % 3)
        positions.append((x, floor, adult * scale))
    for (x, feet, tall), person in zip(positions, scene.people, strict=True):
        draw_person(draw, x, feet, tall, person)
    for index, kind in enumerate(p for p in scene.props if p != "night"):
        x, feet, tall = positions[index % count]
        side = 1 if index % 2 == 0 else -1
        if kind == "ball":
            _prop(draw, kind, x + side * tall * 0.22, feet - tall * 0.05, tall * 0.06)
        elif kind in ("guitar", "drum"):
            _prop(draw, kind, x - tall * 0.05, feet - tall * 0.52, tall * 0.12)
        elif kind in ("plate", "book", "phone", "scissors"):
            _prop(draw, kind, x, feet - tall * 0.56, tall * 0.07)
        elif kind == "handkerchief":
            _prop(draw, kind, x + tall * 0.18, feet - tall * 0.95, tall * 0.06)
    if front:
        front(draw)
    return image.resize(size, Image.Resampling.LANCZOS)


def random_scene(seed):
    """A scene for anything that is not a sample story: picked from its seed."""
    rng = random.Random(seed)
    setting = rng.choice(sorted(SETTINGS))
    skins = ["deep", "brown", "bronze", "tan", "olive", "light", "pale"]
    hairs = ["short", "long", "bun", "curly", "afro", "ponytail", "braids", "buzz", "headscarf"]
    people = tuple(
        Person(
            skin=rng.choice(skins),
            hair=rng.choice(hairs),
            hair_colour=rng.choice(["black", "brown", "auburn", "blond"]),
            shirt=rng.choice(SHIRTS),
            trousers=rng.choice(TROUSERS),
            age=rng.choice(["adult", "adult", "child", "elder"]),
            pose=rng.choice(["down", "wave", "hold", "open"]),
        )
        for _ in range(rng.randint(2, 3))
    )
    wall = mix(rng.choice(SHIRTS[:10]), (255, 255, 255), 0.7)
    return Scene(setting, people, wall=wall)
