"""Images made for the tests, with the metadata a phone would leave in them."""

import io
import struct
import zlib

from PIL import Image

CAMERA_MAKE = "Fairphone"
CAMERA_MODEL = "FP-TEST-5"
SERIAL_NUMBER = "SN-8D31-77Q0-4471"
MAKER_NOTE = b"MAKERNOTE-PRIVATE-DATA"
XMP_SECRET = b"XMP-LOCATION-LIMA-MIRAFLORES"
GPS = {1: "S", 2: (12.0, 7.0, 21.5), 3: "W", 4: (77.0, 1.0, 48.2)}
# Bytes of the phone's metadata that no stored file may contain.
PRIVATE_BYTES = [
    CAMERA_MAKE.encode(),
    CAMERA_MODEL.encode(),
    SERIAL_NUMBER.encode(),
    MAKER_NOTE,
    XMP_SECRET,
    b"Exif\x00\x00",
    b"http://ns.adobe.com/xap",
    b"xmpmeta",
]


def phone_exif(orientation=1):
    exif = Image.Exif()
    exif[0x010F] = CAMERA_MAKE
    exif[0x0110] = CAMERA_MODEL
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps.update(GPS)
    camera = exif.get_ifd(0x8769)
    camera[0xA431] = SERIAL_NUMBER
    camera[0x927C] = MAKER_NOTE
    return exif


def sideways_image(width=1200, height=900):
    """A landscape image as a sensor stores a portrait photo: a red mark at its top left."""
    image = Image.new("RGB", (width, height), (240, 240, 240))
    image.paste((220, 0, 0), (0, 0, width // 4, height // 4))
    return image


def encode(image, image_format, **options):
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def phone_jpeg(width=1200, height=900, orientation=6):
    """A JPEG as phones write them: rotated by EXIF, with GPS, camera, serial, maker note, XMP."""
    return encode(
        sideways_image(width, height),
        "JPEG",
        quality=90,
        exif=phone_exif(orientation).tobytes(),
        xmp=b"<x:xmpmeta xmlns:x='adobe:ns:meta/'>" + XMP_SECRET + b"</x:xmpmeta>",
    )


def png_bomb(width=30_000, height=30_000):
    """A real PNG of width x height black pixels, a few hundred KB compressed."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    row = b"\x00" + bytes((width + 7) // 8)
    compressor = zlib.compressobj(9)
    compressed = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", compressed)
        + chunk(b"IEND", b"")
    )


# scikit-image's astronaut (a NASA portrait, public domain), her face boxed by hand.
ASTRONAUT_FACE = (180, 78, 276, 186)


def face_photo(size=1024):
    """A JPEG of a portrait with one known face, and the face's box in its pixels."""
    from skimage import data

    scale = size / 512
    image = Image.fromarray(data.astronaut()).resize((size, size), Image.Resampling.LANCZOS)
    return encode(image, "JPEG", quality=92), tuple(round(v * scale) for v in ASTRONAUT_FACE)


def crowd_photo(count=50, face_width=70, columns=10):
    """A JPEG of `count` copies of the astronaut's head in rows."""
    from skimage import data

    source = Image.fromarray(data.astronaut())
    x0, y0, x1, y1 = ASTRONAUT_FACE
    head = source.crop((x0 - 30, y0 - 40, x1 + 30, y1 + 30))
    head = head.resize((round(head.width * face_width / (x1 - x0)),) * 2)
    rows = -(-count // columns)
    image = Image.new("RGB", (columns * head.width, rows * head.height), (200, 200, 200))
    for number in range(count):
        image.paste(head, ((number % columns) * head.width, (number // columns) * head.height))
    return encode(image, "JPEG", quality=90)
