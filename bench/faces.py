"""How well faces are found and hidden, and what it costs a 12-megapixel photo.

Run: .venv/bin/python bench/faces.py            (report on both halves of the labelled set)
     .venv/bin/python bench/faces.py --tune     (sweep the score threshold on the development half)

Goals: recall >= 95% for faces of at least 40 px, <= 0.2 false boxes per image, under 1 s added
to the photo pipeline with peak memory under 250 MB.

The labelled set is made here from images that ship in packages (scikit-image needed, a
development dependency): scikit-image's astronaut and cameraman, whose faces were boxed by hand
(eyebrows to chin, ear to ear), at several sizes and mirrored; group scenes pasting their heads,
scaled and turned, onto photos without faces; and images without faces (scikit-image's
landscapes, animals and objects, and scenes drawn like the demo's illustrations). Sizes are
those of the photo as stored at its largest (at most 1600 px wide), where faces are looked for.

The set is split into a development half and a held-out half by a fixed shuffle made before any
threshold was chosen; thresholds are tuned on the development half only, and both are reported.

A face counts as hidden when at least 90% of its box is inside the blurred areas; a found box
is false when it overlaps no labelled face.
"""

import io
import math
import os
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "somos.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from somos import faces  # noqa: E402

# The labelled set's sources, imported only where the set is made: the process that measures
# the pipeline's memory loads only what the site does.
data = None

SPLIT_SEED = 20261129
MIN_FACE = 40
HIDDEN = 0.9
# Faces boxed by hand in the 512 x 512 images: (left, top, right, bottom).
LABELLED = {
    "astronaut": (180, 78, 276, 186),
    "camera": (186, 118, 262, 200),
}
NO_FACES = [
    "chelsea",
    "coffee",
    "rocket",
    "hubble_deep_field",
    "grass",
    "gravel",
    "brick",
    "clock",
    "horse",
    "coins",
    "page",
    "text",
    "moon",
    "retina",
    "immunohistochemistry",
    "colorwheel",
    "logo",
    "cell",
]
DEMO_COLOURS = ["#1f5f8b", "#c0392b", "#7a4fa0", "#2e7d32", "#e67e22"]


@dataclass
class Item:
    name: str
    image: Image.Image
    boxes: list  # (left, top, right, bottom) of each face, in the image's pixels


def rgb(array):
    image = Image.fromarray(array)
    if image.mode == "1" or array.dtype == bool:
        image = Image.fromarray((array * 255).astype(np.uint8))
    return image.convert("RGB")


def drawn(seed, colour, size):
    """A scene drawn as the demo's illustrations are (nothing may import the demo app): sky,
    sun, hills and two people whose heads are plain ovals."""
    from PIL import ImageDraw

    rng = random.Random(seed)
    width, height = size
    base = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    image = Image.new("RGB", size, tuple(c + (255 - c) * 4 // 5 for c in base))
    draw = ImageDraw.Draw(image)
    sun_x = rng.randint(width // 5, width * 4 // 5)
    draw.ellipse([sun_x - 90, 90, sun_x + 90, 270], fill=(255, 206, 84))
    for layer in range(3):
        top = height * (0.55 + 0.12 * layer)
        hills = [(0, height)] + [
            (x, top + rng.randint(-60, 40)) for x in range(0, width + 200, 200)
        ]
        draw.polygon([*hills, (width, height)], fill=tuple(c * (3 - layer) // 3 for c in base))
    ground = int(height * 0.86)
    for x in (width // 2 - 110, width // 2 + 110):
        skin = rng.choice([(141, 85, 36), (198, 134, 66), (224, 172, 105), (120, 70, 40)])
        tall = rng.randint(0, 60)
        draw.rounded_rectangle([x - 70, ground - 330 + tall, x + 70, ground], radius=60, fill=base)
        draw.ellipse([x - 55, ground - 460 + tall, x + 55, ground - 350 + tall], fill=skin)
    return image


def source(name, mirrored=False):
    image = rgb(getattr(data, name)())
    box = LABELLED[name]
    if mirrored:
        image = image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        box = (image.width - box[2], box[1], image.width - box[0], box[3])
    return image, box


def portraits():
    for name in LABELLED:
        for mirrored in (False, True):
            for size in (200, 320, 512, 800, 1200, 1600):
                image, box = source(name, mirrored)
                scale = size / image.width
                image = image.resize((size, size), Image.Resampling.LANCZOS)
                yield Item(
                    f"{name}{'-mirrored' if mirrored else ''}-{size}",
                    image,
                    [tuple(v * scale for v in box)],
                )


def background(rng, width, height):
    """A photo without faces, cropped and scaled to fill the size."""
    if rng.random() < 0.25:
        image = drawn(rng.randint(0, 999), rng.choice(DEMO_COLOURS), (width, height))
    else:
        image = rgb(getattr(data, rng.choice(NO_FACES[:9]))())
    scale = max(width / image.width, height / image.height)
    image = image.resize((math.ceil(image.width * scale), math.ceil(image.height * scale)))
    left = (image.width - width) // 2
    top = (image.height - height) // 2
    return image.crop((left, top, left + width, top + height))


def head(rng, face_width):
    """A head and shoulders cut from a labelled image, scaled so its face is `face_width` wide
    and turned a little; with its mask and the face's box inside it."""
    image, box = source(rng.choice(list(LABELLED)), mirrored=rng.random() < 0.5)
    fw, fh = box[2] - box[0], box[3] - box[1]
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    crop = (
        max(0, round(cx - fw * 1.3)),
        max(0, round(cy - fh * 1.1)),
        min(image.width, round(cx + fw * 1.3)),
        min(image.height, round(cy + fh * 1.6)),
    )
    piece = image.crop(crop)
    scale = face_width / fw
    piece = piece.resize(
        (max(1, round(piece.width * scale)), max(1, round(piece.height * scale))),
        Image.Resampling.LANCZOS,
    )
    mask = Image.new("L", piece.size, 255)
    angle = rng.uniform(-25, 25)
    centre = ((cx - crop[0]) * scale, (cy - crop[1]) * scale)
    turned = piece.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    mask = mask.rotate(angle, expand=True)
    # Where the face's centre went when the piece turned about its own centre.
    theta = math.radians(angle)
    dx, dy = centre[0] - piece.width / 2, centre[1] - piece.height / 2
    new_cx = turned.width / 2 + dx * math.cos(theta) + dy * math.sin(theta)
    new_cy = turned.height / 2 - dx * math.sin(theta) + dy * math.cos(theta)
    w, h = fw * scale, fh * scale
    return turned, mask, (new_cx - w / 2, new_cy - h / 2, new_cx + w / 2, new_cy + h / 2)


def group(rng, index):
    width, height = rng.choice([(1600, 1200), (1600, 900), (1200, 1600), (1600, 1067)])
    canvas = background(rng, width, height)
    boxes, taken = [], []
    for _ in range(rng.randint(2, 8)):
        face_width = round(math.exp(rng.uniform(math.log(30), math.log(320))))
        piece, mask, box = head(rng, face_width)
        if piece.width >= width or piece.height >= height:
            continue
        for _try in range(30):
            left = rng.randint(0, width - piece.width)
            top = rng.randint(0, height - piece.height)
            area = (left, top, left + piece.width, top + piece.height)
            if all(
                area[2] <= t[0] or t[2] <= area[0] or area[3] <= t[1] or t[3] <= area[1]
                for t in taken
            ):
                canvas.paste(piece, area[:2], mask)
                taken.append(area)
                boxes.append((box[0] + left, box[1] + top, box[2] + left, box[3] + top))
                break
    return Item(f"group-{index}", canvas, boxes)


def without_faces():
    for name in NO_FACES:
        image = rgb(getattr(data, name)())
        for size in (512, 1600):
            scale = size / max(image.size)
            yield Item(
                f"{name}-{size}",
                image.resize((round(image.width * scale), round(image.height * scale))),
                [],
            )
    for seed in range(10):
        yield Item(f"illustration-{seed}", drawn(seed, DEMO_COLOURS[seed % 5], (1200, 900)), [])


def load_sources():
    global data
    from skimage import data


def labelled_set():
    """Every item, and the split into development and held-out halves (fixed by SPLIT_SEED)."""
    load_sources()
    rng = random.Random(SPLIT_SEED)
    items = [*portraits(), *(group(rng, i) for i in range(60)), *without_faces()]
    order = list(range(len(items)))
    random.Random(SPLIT_SEED).shuffle(order)
    half = set(order[: len(order) // 2])
    development = [item for i, item in enumerate(items) if i in half]
    held_out = [item for i, item in enumerate(items) if i not in half]
    return development, held_out


def overlaps(a, b):
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def score(item, found):
    """(faces >= 40 px, of them hidden, smaller faces, of them hidden, false boxes)."""
    mask = np.zeros((item.image.height, item.image.width), dtype=bool)
    for face in found:
        x0, y0, x1, y1 = faces.blur_area(face, item.image.width, item.image.height)
        mask[y0:y1, x0:x1] = True
    big = big_hidden = small = small_hidden = 0
    for box in item.boxes:
        x0, y0 = max(0, round(box[0])), max(0, round(box[1]))
        x1, y1 = min(item.image.width, round(box[2])), min(item.image.height, round(box[3]))
        hidden = mask[y0:y1, x0:x1].mean() >= HIDDEN if x1 > x0 and y1 > y0 else True
        if box[2] - box[0] >= MIN_FACE:
            big, big_hidden = big + 1, big_hidden + hidden
        else:
            small, small_hidden = small + 1, small_hidden + hidden
    false = sum(
        not any(overlaps((f.x0, f.y0, f.x1, f.y1), box) for box in item.boxes) for f in found
    )
    return np.array([big, big_hidden, small, small_hidden, false])


def evaluate(items, candidates, threshold):
    totals = np.zeros(5, dtype=int)
    for item in items:
        found = faces.merge([f for f in candidates[item.name] if f.score >= threshold])
        totals += score(item, found)
    big, big_hidden, small, small_hidden, false = totals
    return {
        "recall": big_hidden / big if big else 1.0,
        "faces": big,
        "small_recall": small_hidden / small if small else 1.0,
        "small": small,
        "false_per_image": false / len(items),
        "images": len(items),
    }


def all_candidates(items, lowest):
    return {item.name: faces.candidates(item.image, lowest) for item in items}


def report(label, result):
    print(
        f"{label:>12}: {result['images']} images, recall {result['recall']:.1%} of "
        f"{result['faces']} faces >= {MIN_FACE} px (smaller: {result['small_recall']:.0%} of "
        f"{result['small']}), {result['false_per_image']:.2f} false boxes per image"
    )


def tune(development):
    candidates = all_candidates(development, 0.3)
    for threshold in np.arange(0.4, 0.86, 0.02):
        report(f"score {threshold:.2f}", evaluate(development, candidates, threshold))


def twelve_megapixels():
    """A 4000 x 3000 JPEG of a group scene, as a phone would send it."""
    load_sources()
    item = group(random.Random(7), 0)
    buffer = io.BytesIO()
    item.image.resize((4000, 3000), Image.Resampling.LANCZOS).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def measure(path, blur):
    """In a fresh process: the pipeline's median time on the photo and the peak memory."""
    import resource
    import statistics
    import time

    from django.core.files.uploadedfile import SimpleUploadedFile

    from somos import images
    from somos.images import prepare_photo

    content = Path(path).read_bytes()
    if not blur:
        # The pipeline as it was before faces were looked for.
        images.look_for_faces = lambda image, blur: ([], "")
    else:
        faces.detectors()
    timings = []
    for _ in range(5):
        upload = SimpleUploadedFile("photo.jpg", content, content_type="image/jpeg")
        started = time.perf_counter()
        prepare_photo(upload, blur_faces=blur)
        timings.append(time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{statistics.median(timings):.3f} {peak:.0f}")


def timing():
    with tempfile.NamedTemporaryFile(suffix=".jpg") as file:
        file.write(twelve_megapixels())
        file.flush()
        results = {}
        for blur in (False, True):
            out = subprocess.run(
                [sys.executable, __file__, "--measure", file.name, str(int(blur))],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()
            results[blur] = float(out[0]), float(out[1])
    added = results[True][0] - results[False][0]
    print(
        f"12 MP photo: {results[False][0]:.3f} s without faces, {results[True][0]:.3f} s "
        f"looking for and blurring them: {added:.3f} s added; peak memory "
        f"{results[True][1]:.0f} MB (without: {results[False][1]:.0f} MB)"
    )


def main():
    if sys.argv[1:2] == ["--tune"]:
        tune(labelled_set()[0])
        return
    # First, while this process is small: a child's peak memory starts from its parent's.
    timing()
    development, held_out = labelled_set()
    print(f"score threshold {faces.MIN_SCORE} (chosen on the development half)")
    for label, items in (("development", development), ("held-out", held_out)):
        report(label, evaluate(items, all_candidates(items, faces.MIN_SCORE), faces.MIN_SCORE))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        measure(sys.argv[2], sys.argv[3] == "1")
    else:
        main()
