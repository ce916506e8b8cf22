"""Drawn people for the demo illustrations: varied ages, skin tones, hair and clothes.

Flat shapes only, drawn with Pillow, so the demo needs nothing but Python. Nobody drawn here
is a real person; the figures are built from a few parts chosen per story.
"""

from dataclasses import dataclass

# From deep to light; every scene mixes several.
SKIN = {
    "deep": (92, 56, 36),
    "brown": (125, 78, 48),
    "bronze": (160, 104, 66),
    "tan": (190, 134, 90),
    "olive": (204, 158, 112),
    "light": (232, 186, 150),
    "pale": (244, 208, 180),
}
HAIR = {
    "black": (30, 26, 26),
    "brown": (84, 52, 34),
    "auburn": (140, 66, 36),
    "blond": (214, 170, 90),
    "grey": (170, 168, 164),
    "white": (226, 224, 220),
}
INK = (40, 32, 30)


@dataclass(frozen=True)
class Person:
    """One figure: `age` is "child", "adult" or "elder"; colours are (r, g, b)."""

    skin: str = "tan"
    hair: str = "short"
    hair_colour: str = "black"
    shirt: tuple = (60, 110, 160)
    trousers: tuple = (50, 50, 70)
    age: str = "adult"
    pose: str = "down"
    extras: tuple = ()
    skirt: bool = False
    # The colour of a headscarf or a cap.
    accent: tuple = (200, 80, 90)


def mix(colour, other, amount):
    """`colour` moved towards `other` by `amount` (0 to 1)."""
    return tuple(round(a + (b - a) * amount) for a, b in zip(colour, other, strict=True))


def _shade(colour, amount):
    """The colour darkened (amount < 0) or lightened (amount > 0)."""
    return mix(colour, (255, 255, 255) if amount > 0 else (0, 0, 0), abs(amount))


def draw_person(draw, x, feet, height, person):
    """Draw the person standing with their feet on `feet`, centred on `x`, `height` tall."""
    h = height
    skin = SKIN[person.skin]
    hair = HAIR[person.hair_colour]
    head_w = h * (0.19 if person.age == "child" else 0.15)
    head_h = head_w * 1.18
    head_top = feet - h
    head_cy = head_top + head_h / 2
    shoulder_y = head_top + head_h * 1.12
    hip_y = feet - h * 0.44
    shoulder_w = h * (0.15 if person.age == "child" else 0.17)
    hip_w = shoulder_w * (1.05 if person.skirt else 0.82)
    limb = h * 0.055

    # Legs and shoes.
    for side in (-1, 1):
        leg_x = x + side * hip_w * 0.45
        draw.rounded_rectangle(
            [leg_x - limb, hip_y - limb, leg_x + limb, feet - limb * 0.6],
            radius=limb,
            fill=skin if person.skirt else person.trousers,
        )
        draw.ellipse(
            [
                leg_x - limb * 1.5 + side * limb * 0.4,
                feet - limb * 1.3,
                leg_x + limb * 1.5 + side * limb * 0.4,
                feet + limb * 0.3,
            ],
            fill=(45, 40, 40),
        )
    if person.skirt:
        draw.polygon(
            [
                (x - shoulder_w * 0.8, hip_y - h * 0.06),
                (x + shoulder_w * 0.8, hip_y - h * 0.06),
                (x + hip_w * 1.25, hip_y + h * 0.2),
                (x - hip_w * 1.25, hip_y + h * 0.2),
            ],
            fill=person.trousers,
        )

    # Arms behind the torso when down, raised when singing or waving.
    arm_len = h * 0.36
    for side in (-1, 1):
        sx = x + side * (shoulder_w - limb * 0.6)
        pose = person.pose
        if pose == "both_up" or (pose == "wave" and side == 1):
            end = (sx + side * arm_len * 0.35, shoulder_y - arm_len * 0.85)
        elif pose == "hold":
            end = (x + side * shoulder_w * 0.35, shoulder_y + arm_len * 0.55)
        elif pose == "open":
            end = (sx + side * arm_len * 0.55, shoulder_y + arm_len * 0.6)
        else:
            end = (sx + side * limb * 0.8, shoulder_y + arm_len)
        draw.line([(sx, shoulder_y + limb), end], fill=person.shirt, width=round(limb * 2))
        draw.ellipse([sx - limb, shoulder_y, sx + limb, shoulder_y + limb * 2], fill=person.shirt)
        draw.ellipse(
            [
                end[0] - limb * 1.05,
                end[1] - limb * 1.05,
                end[0] + limb * 1.05,
                end[1] + limb * 1.05,
            ],
            fill=(230, 230, 230) if "gloves" in person.extras else skin,
        )

    # Torso.
    torso = [
        (x - shoulder_w, shoulder_y + limb),
        (x + shoulder_w, shoulder_y + limb),
        (x + hip_w, hip_y + limb * 0.5),
        (x - hip_w, hip_y + limb * 0.5),
    ]
    draw.polygon(torso, fill=person.shirt)
    draw.rounded_rectangle(
        [x - shoulder_w, shoulder_y, x + shoulder_w, shoulder_y + limb * 3],
        radius=limb * 1.4,
        fill=person.shirt,
    )
    if "stripes" in person.extras:
        for i in range(1, 4):
            y = shoulder_y + (hip_y - shoulder_y) * i / 4
            draw.line(
                [(x - shoulder_w * 0.95, y), (x + shoulder_w * 0.95, y)],
                fill=_shade(person.shirt, 0.45),
                width=round(limb * 0.6),
            )
    if "apron" in person.extras:
        draw.rounded_rectangle(
            [x - shoulder_w * 0.62, shoulder_y + h * 0.08, x + shoulder_w * 0.62, hip_y + h * 0.1],
            radius=limb * 0.6,
            fill=(248, 244, 236),
        )
        draw.line(
            [(x - shoulder_w * 0.4, shoulder_y + h * 0.08), (x - shoulder_w * 0.2, shoulder_y)],
            fill=(248, 244, 236),
            width=round(limb * 0.4),
        )
        draw.line(
            [(x + shoulder_w * 0.4, shoulder_y + h * 0.08), (x + shoulder_w * 0.2, shoulder_y)],
            fill=(248, 244, 236),
            width=round(limb * 0.4),
        )
    if "scarf" in person.extras:
        draw.rounded_rectangle(
            [
                x - shoulder_w * 0.7,
                shoulder_y - limb * 0.2,
                x + shoulder_w * 0.7,
                shoulder_y + limb * 1.6,
            ],
            radius=limb,
            fill=_shade(person.shirt, -0.35) if sum(person.shirt) > 300 else (230, 190, 60),
        )
    if "vest" in person.extras:
        for side in (-1, 1):
            draw.polygon(
                [
                    (x + side * shoulder_w * 0.2, shoulder_y + limb),
                    (x + side * shoulder_w, shoulder_y + limb),
                    (x + side * hip_w, hip_y + limb * 0.5),
                    (x + side * shoulder_w * 0.3, hip_y + limb * 0.5),
                ],
                fill=_shade(person.shirt, -0.4),
            )

    # Neck and head.
    neck_w = head_w * 0.22
    draw.rectangle([x - neck_w, head_cy + head_h * 0.3, x + neck_w, shoulder_y + limb], fill=skin)
    _hair_behind(draw, x, head_cy, head_w, head_h, person, hair)
    draw.ellipse(
        [x - head_w / 2, head_cy - head_h / 2, x + head_w / 2, head_cy + head_h / 2], fill=skin
    )
    # Ears.
    for side in (-1, 1):
        ex = x + side * head_w * 0.5
        draw.ellipse(
            [
                ex - head_w * 0.07,
                head_cy - head_h * 0.02,
                ex + head_w * 0.07,
                head_cy + head_h * 0.16,
            ],
            fill=skin,
        )
    _face(draw, x, head_cy, head_w, head_h, person, skin, hair)
    _hair_front(draw, x, head_cy, head_w, head_h, person, hair)


def _hair_behind(draw, x, cy, w, h, person, hair):
    style = person.hair
    if style == "long":
        draw.ellipse([x - w * 0.6, cy - h * 0.56, x + w * 0.6, cy + h * 0.3], fill=hair)
        for side in (-1, 1):
            draw.rounded_rectangle(
                [
                    x + side * w * 0.6 - w * 0.22,
                    cy - h * 0.1,
                    x + side * w * 0.6 + w * 0.22,
                    cy + h * 0.95,
                ],
                radius=w * 0.2,
                fill=hair,
            )
    elif style == "braids":
        for side in (-1, 1):
            bx = x + side * w * 0.48
            for i in range(5):
                by = cy + h * (0.05 + i * 0.17)
                draw.ellipse([bx - w * 0.1, by - w * 0.1, bx + w * 0.1, by + w * 0.1], fill=hair)
    elif style == "afro":
        draw.ellipse([x - w * 0.82, cy - h * 0.78, x + w * 0.82, cy + h * 0.42], fill=hair)
    elif style == "curly":
        for angle_x, angle_y in (
            (-0.5, -0.3),
            (0.5, -0.3),
            (-0.55, 0.1),
            (0.55, 0.1),
            (-0.3, -0.55),
            (0.3, -0.55),
            (0, -0.62),
            (-0.5, 0.45),
            (0.5, 0.45),
        ):
            cx_, cy_ = x + angle_x * w, cy + angle_y * h
            draw.ellipse(
                [cx_ - w * 0.25, cy_ - w * 0.25, cx_ + w * 0.25, cy_ + w * 0.25], fill=hair
            )
    elif style == "ponytail":
        draw.ellipse([x + w * 0.35, cy - h * 0.2, x + w * 0.75, cy + h * 0.55], fill=hair)
    elif style == "headscarf":
        draw.rounded_rectangle(
            [x - w * 0.66, cy - h * 0.62, x + w * 0.66, cy + h * 0.75],
            radius=w * 0.5,
            fill=person.accent,
        )


def _hair_front(draw, x, cy, w, h, person, hair):
    style = person.hair
    top = cy - h / 2
    if style in ("short", "long", "ponytail", "braids", "bun"):
        draw.chord([x - w * 0.54, top - h * 0.06, x + w * 0.54, cy + h * 0.3], 180, 360, fill=hair)
        if style in ("long", "ponytail", "braids", "bun"):
            # A side parting.
            draw.polygon(
                [
                    (x - w * 0.5, cy - h * 0.05),
                    (x - w * 0.1, top + h * 0.05),
                    (x - w * 0.54, cy + h * 0.2),
                ],
                fill=hair,
            )
        if style == "bun":
            draw.ellipse([x - w * 0.24, top - h * 0.3, x + w * 0.24, top + h * 0.1], fill=hair)
    elif style == "buzz":
        draw.chord([x - w * 0.51, top - h * 0.01, x + w * 0.51, cy + h * 0.1], 180, 360, fill=hair)
    elif style == "receding":
        for side in (-1, 1):
            draw.chord(
                [
                    x + (side - 1) * w * 0.27 - w * 0.0,
                    cy - h * 0.3,
                    x + (side + 1) * w * 0.27,
                    cy + h * 0.2,
                ],
                180,
                300 if side < 0 else 360,
                fill=hair,
            )
    elif style == "cap":
        draw.chord(
            [x - w * 0.55, top - h * 0.08, x + w * 0.55, cy + h * 0.12],
            180,
            360,
            fill=person.accent,
        )
        draw.rounded_rectangle(
            [x - w * 0.1, cy - h * 0.22, x + w * 0.78, cy - h * 0.1],
            radius=h * 0.05,
            fill=_shade(person.accent, -0.2),
        )
    elif style == "headscarf":
        draw.chord(
            [x - w * 0.6, top - h * 0.1, x + w * 0.6, cy + h * 0.22], 180, 360, fill=person.accent
        )
    elif style == "afro":
        draw.chord([x - w * 0.56, top - h * 0.1, x + w * 0.56, cy + h * 0.2], 180, 360, fill=hair)
    elif style == "curly":
        for dx in (-0.32, 0, 0.32):
            draw.ellipse(
                [x + dx * w - w * 0.24, top - h * 0.06, x + dx * w + w * 0.24, top + h * 0.3],
                fill=hair,
            )


def _face(draw, x, cy, w, h, person, skin, hair):
    eye_y = cy + h * 0.04
    eye_r = w * 0.055
    for side in (-1, 1):
        ex = x + side * w * 0.2
        draw.ellipse([ex - eye_r, eye_y - eye_r * 1.2, ex + eye_r, eye_y + eye_r * 1.2], fill=INK)
        brow = hair if person.hair not in ("headscarf", "cap", "bald") else _shade(skin, -0.55)
        draw.line(
            [(ex - eye_r * 2, eye_y - eye_r * 3.2), (ex + eye_r * 2, eye_y - eye_r * 3.5)],
            fill=brow,
            width=max(2, round(w * 0.035)),
        )
    # Cheeks, nose and a smile.
    cheek = (
        _shade((214, 110, 100), 0.2)
        if person.skin in ("pale", "light", "olive")
        else _shade(skin, -0.18)
    )
    for side in (-1, 1):
        cx_ = x + side * w * 0.3
        draw.ellipse(
            [cx_ - w * 0.07, eye_y + h * 0.1, cx_ + w * 0.07, eye_y + h * 0.16], fill=cheek
        )
    draw.arc(
        [x - w * 0.06, eye_y + h * 0.02, x + w * 0.06, eye_y + h * 0.14],
        20,
        160,
        fill=_shade(skin, -0.4),
        width=max(2, round(w * 0.03)),
    )
    mouth = [x - w * 0.16, eye_y + h * 0.1, x + w * 0.16, eye_y + h * 0.3]
    if "singing" in person.extras:
        draw.ellipse(
            [x - w * 0.08, eye_y + h * 0.18, x + w * 0.08, eye_y + h * 0.32], fill=(120, 40, 40)
        )
    else:
        draw.chord(mouth, 10, 170, fill=(150, 50, 50))
        draw.chord(
            [mouth[0] + w * 0.04, mouth[1], mouth[2] - w * 0.04, mouth[3] - h * 0.06],
            20,
            160,
            fill=(250, 250, 250),
        )
    if "beard" in person.extras:
        draw.chord([x - w * 0.5, cy - h * 0.1, x + w * 0.5, cy + h * 0.52], 0, 180, fill=hair)
        draw.chord(mouth, 10, 170, fill=(150, 50, 50))
    if "moustache" in person.extras:
        draw.chord(
            [x - w * 0.2, eye_y + h * 0.1, x + w * 0.2, eye_y + h * 0.24], 180, 360, fill=hair
        )
    if "glasses" in person.extras:
        for side in (-1, 1):
            ex = x + side * w * 0.2
            draw.ellipse(
                [ex - w * 0.13, eye_y - w * 0.12, ex + w * 0.13, eye_y + w * 0.12],
                outline=INK,
                width=max(2, round(w * 0.03)),
            )
        draw.line(
            [(x - w * 0.07, eye_y), (x + w * 0.07, eye_y)], fill=INK, width=max(2, round(w * 0.03))
        )
    if person.age == "elder":
        for side in (-1, 1):
            ex = x + side * w * 0.32
            draw.line(
                [(ex, eye_y + h * 0.02), (ex + side * w * 0.06, eye_y + h * 0.05)],
                fill=_shade(skin, -0.3),
                width=max(1, round(w * 0.02)),
            )
