"""Storytellers' photos: accepted by content, stripped of all metadata, resized for the web.

The uploaded bytes are never stored. Only re-encoded copies are written, and nothing of the
original's EXIF (GPS, camera, serial number), XMP or maker notes is passed on to them.
"""

import functools
import io
import logging
import secrets
import threading
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

from .faces import FOUND, NONE, blur_face_records, look_for_faces

register_heif_opener()

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 50_000_000
# A 1-bit PNG of 50 megapixels is a few kilobytes, and 200 MB once decoded for resizing.
MAX_DECODED_BYTES = 120 * 1024 * 1024
MIN_SIDE = 200
WIDTHS = (480, 960, 1600)
ACCEPTED_FORMATS = ["JPEG", "PNG", "WEBP", "HEIF"]
ENCODINGS = {
    # Method 2 writes files as small as the default method 4, in less than half the time.
    "webp": ("WEBP", {"quality": 80, "method": 2}),
    "jpeg": ("JPEG", {"quality": 82, "optimize": True, "progressive": True}),
}
EXTENSIONS = {"webp": "webp", "jpeg": "jpg"}

# Pillow then refuses an image above the limit from its header, before decoding it.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

NOT_A_PHOTO = _(
    "This file is not a photo we can read. Please choose a JPEG, PNG, WebP or HEIC photo."
)
DAMAGED = _("This photo seems damaged or incomplete. Please choose it again or try another one.")


@dataclass(frozen=True)
class Rendition:
    width: int
    height: int
    format: str
    content: bytes


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo ready to store: its web sizes, largest last, and the faces looked for in it
    (as `somos.faces.look_for_faces` gives them)."""

    renditions: list[Rendition]
    faces: tuple = ()
    face_detection: str = ""

    @property
    def width(self):
        return self.renditions[-1].width

    @property
    def height(self):
        return self.renditions[-1].height


def target_widths(width):
    """The web widths to make from an image this wide, never enlarging it."""
    widths = [w for w in WIDTHS if w < width]
    widths.append(min(width, WIDTHS[-1]))
    return sorted(set(widths))


def decoded_bytes(image):
    """The memory the decoded image takes: JPEGs are decoded at the reduced scale the largest
    web size needs, other formats whole, as RGBA at most."""
    width, height = image.size
    if image.format == "JPEG":
        scale = 1
        while scale < 8 and min(width, height) // (scale * 2) >= WIDTHS[-1]:
            scale *= 2
        width, height = -(-width // scale), -(-height // scale)
    return width * height * 4


def open_photo(upload):
    """Open an upload as one of the accepted formats, refusing bombs before decoding."""
    image = open_image(upload)
    width, height = image.size
    if width * height > MAX_PIXELS or decoded_bytes(image) > MAX_DECODED_BYTES:
        raise too_many_pixels()
    if min(width, height) < MIN_SIDE:
        raise ValidationError(
            _("This photo is too small. Please choose one at least %(size)s pixels wide and high.")
            % {"size": MIN_SIDE},
            code="too_small",
        )
    if getattr(image, "n_frames", 1) > 1:
        raise ValidationError(
            _("Animated images are not accepted. Please choose a still photo."), code="animated"
        )
    return image


def too_many_pixels():
    return ValidationError(
        _("This image has too many pixels. Please choose a photo of at most %(mp)s megapixels.")
        % {"mp": MAX_PIXELS // 1_000_000},
        code="too_many_pixels",
    )


def to_srgb(image):
    """Return the image as plain RGB in sRGB, with any transparency laid on white."""
    icc = image.info.get("icc_profile")
    if icc:
        try:
            output_mode = "RGBA" if "A" in image.getbands() else "RGB"
            image = ImageCms.profileToProfile(
                image, io.BytesIO(icc), ImageCms.createProfile("sRGB"), outputMode=output_mode
            )
        except (ImageCms.PyCMSError, OSError, ValueError):
            logger.info("Photo colour profile could not be applied; converting as is.")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flattened = Image.new("RGB", rgba.size, (255, 255, 255))
        flattened.paste(rgba, mask=rgba.getchannel("A"))
        return flattened
    return image if image.mode == "RGB" else image.convert("RGB")


def without_text(image):
    """The image without what its file carried besides pixels.

    Pillow keeps a file's comment (JPEG COM), text chunks (PNG tEXt, iTXt, zTXt), EXIF, XMP
    and colour profile in `info`, copies it through conversions and resizing, and some
    encoders write it out again: a storyteller's comment would reach every stored copy.
    """
    image.info.clear()
    return image


def strip_metadata(image):
    """Encode the image in each web format; the encoders get no EXIF, XMP or profile."""
    return [
        Rendition(
            width=image.width,
            height=image.height,
            format=key,
            content=encode(image, pillow_format, options),
        )
        for key, (pillow_format, options) in ENCODINGS.items()
    ]


def encode(image, pillow_format, options):
    buffer = io.BytesIO()
    image.save(buffer, pillow_format, **options)
    return buffer.getvalue()


BUSY = _("Many photos are arriving right now. Please send the form again in a minute.")


@functools.cache
def decoding_slots(count):
    """Decoding is what costs memory and time: only so many photos at once in a process."""
    return threading.BoundedSemaphore(count)


def prepare_photo(upload, *, blur_faces=False):
    """Check an uploaded photo and return its web sizes, with the faces found in it blurred if
    asked; raise ValidationError if unusable."""
    slots = decoding_slots(settings.PHOTO_DECODES_AT_ONCE)
    if not slots.acquire(timeout=settings.PHOTO_DECODE_WAIT_SECONDS):
        raise ValidationError(BUSY, code="busy")
    try:
        return decode_photo(upload, blur_faces=blur_faces)
    finally:
        slots.release()


def decode_photo(upload, *, blur_faces):
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("This photo is %(size)s MB. Please choose one of at most %(max)s MB.")
            % {"size": round(upload.size / 1_048_576, 1), "max": MAX_UPLOAD_BYTES // 1_048_576},
            code="too_large",
        )
    image = open_photo(upload)
    try:
        if image.format == "JPEG":
            # Decode at a reduced scale that still covers the largest web size.
            image.draft("RGB", (WIDTHS[-1], WIDTHS[-1]))
        image.load()
        # In place, and no copy of what is already RGB: a 12 MP photo decoded whole is 36 MB.
        ImageOps.exif_transpose(image, in_place=True)
        image = without_text(to_srgb(image))
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ValidationError(DAMAGED, code="damaged") from exc
    # The decoded photo is let go here: faces are looked for once only the largest size is left.
    image = resized(image, target_widths(image.width)[-1])
    found, detection = look_for_faces(image, blur=blur_faces)
    return web_sizes(image, found, detection)


def resized(image, width):
    height = max(1, round(image.height * width / image.width))
    if (width, height) == image.size:
        return image
    return image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)


def web_sizes(image, faces, face_detection):
    """The web sizes of an RGB image at its largest web size, whose faces are already blurred:
    the smaller sizes are made from it, so they carry the blur too."""
    renditions = []
    for width in reversed(target_widths(image.width)):
        image = resized(image, width)
        renditions = strip_metadata(image) + renditions
    return PreparedPhoto(renditions=renditions, faces=tuple(faces), face_detection=face_detection)


def remake_photo(content, *, blur=None, faces=()):
    """The web sizes made again from the largest stored one (the original is never kept).

    Without `blur`, faces are looked for in it and blurred; with `blur` (stored face records),
    those are blurred and `faces` are the records the photo then has.
    """
    try:
        image = Image.open(io.BytesIO(content), formats=["JPEG", "WEBP"])
        image.load()
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ValidationError(DAMAGED, code="damaged") from exc
    image = without_text(to_srgb(image))
    if blur is None:
        found, detection = look_for_faces(image, blur=True)
    else:
        blur_face_records(image, blur)
        found, detection = faces, FOUND if faces else NONE
    return web_sizes(image, found, detection)


def jpeg_sizes(files):
    """A photo's stored JPEG sizes, smallest first."""
    return sorted((f for f in files if f["format"] == "jpeg"), key=lambda f: f["width"])


def largest_jpeg(files):
    """The stored name of a photo's largest JPEG size."""
    return jpeg_sizes(files)[-1]["name"]


def read_file(name):
    with default_storage.open(name, "rb") as file:
        return file.read()


def store_photo(prepared, kind="photos"):
    """Write the web sizes under a random name; return what was stored, or nothing at all."""
    folder = f"{kind}/{secrets.token_hex(16)}"
    stored = []
    try:
        for rendition in prepared.renditions:
            name = default_storage.save(
                f"{folder}/{rendition.width}.{EXTENSIONS[rendition.format]}",
                ContentFile(rendition.content),
            )
            stored.append(
                {
                    "name": name,
                    "width": rendition.width,
                    "height": rendition.height,
                    "format": rendition.format,
                }
            )
    except Exception:
        discard_photo_files(stored)
        raise
    return stored


def delete_photo_files(files):
    """Delete every stored file of a photo; a failure propagates so the caller can retry."""
    for file in files:
        default_storage.delete(file["name"])


def discard_photo_files(files):
    """Delete files left by a failed submission, logging rather than raising on failure."""
    try:
        delete_photo_files(files)
    except Exception:
        logger.exception("Could not delete %d photo files of a failed submission.", len(files))


LOGO_BOX = (320, 120)


def prepare_logo(upload):
    """A partner's logo as a PNG of at most 320 x 120 pixels, with no metadata."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("Please choose a logo of at most 10 MB."), code="too_large")
    image = open_image(upload)
    try:
        image.load()
        image = without_text(to_srgb(ImageOps.exif_transpose(image)))
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ValidationError(DAMAGED, code="damaged") from exc
    image.thumbnail(LOGO_BOX, Image.Resampling.LANCZOS)
    return Rendition(
        width=image.width,
        height=image.height,
        format="png",
        content=encode(image, "PNG", {"optimize": True}),
    )


def open_image(upload):
    """Open an upload as an accepted image; logos may be smaller than photos."""
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(upload, formats=ACCEPTED_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise too_many_pixels() from exc
    except UnidentifiedImageError as exc:
        raise ValidationError(NOT_A_PHOTO, code="not_a_photo") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ValidationError(DAMAGED, code="damaged") from exc


def store_logo(rendition):
    name = default_storage.save(
        f"logos/{secrets.token_hex(16)}.png", ContentFile(rendition.content)
    )
    return {"name": name, "width": rendition.width, "height": rendition.height}


@dataclass(frozen=True)
class WebImage:
    """Stored web sizes of one image, as a <picture> shows them."""

    files: list
    alt: str

    def __bool__(self):
        return bool(self.files)

    def _srcset(self, image_format):
        return ", ".join(
            f"{default_storage.url(f['name'])} {f['width']}w"
            for f in self.files
            if f["format"] == image_format
        )

    @property
    def srcset_webp(self):
        return self._srcset("webp")

    @property
    def srcset_jpeg(self):
        return self._srcset("jpeg")

    @property
    def largest(self):
        return max(self.files, key=lambda f: f["width"])

    @property
    def smallest_url(self):
        """The smallest JPEG: the fallback for browsers that pick no size."""
        jpegs = jpeg_sizes(self.files)
        return default_storage.url(jpegs[0]["name"]) if jpegs else ""
