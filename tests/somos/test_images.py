"""Photos keep nothing that could tell where, when or with what they were taken."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, PngImagePlugin

from somos import images
from tests.images import (
    PRIVATE_BYTES,
    SERIAL_NUMBER,
    encode,
    phone_exif,
    phone_jpeg,
    png_bomb,
    sideways_image,
)


def upload(content, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def stored_images(files):
    for file in files:
        with default_storage.open(file["name"]) as handle:
            content = handle.read()
        yield file, content, Image.open(io.BytesIO(content))


def assert_no_metadata(content, image):
    for secret in PRIVATE_BYTES:
        assert secret not in content
    assert len(image.getexif()) == 0
    assert "exif" not in image.info
    assert "xmp" not in image.info
    assert not image.info.get("icc_profile")


def test_every_stored_size_is_upright_and_has_no_metadata(media_root):
    prepared = images.prepare_photo(upload(phone_jpeg(width=2400, height=1800, orientation=6)))
    files = images.store_photo(prepared)

    assert {(f["format"], f["width"]) for f in files} == {
        (image_format, width) for image_format in ("webp", "jpeg") for width in (480, 960, 1600)
    }
    for file, content, image in stored_images(files):
        assert_no_metadata(content, image)
        # Orientation 6 means "turn right": the portrait shows with the mark at its top right.
        assert image.height > image.width
        assert (image.width, image.height) == (file["width"], file["height"])
        red, green, _blue = image.convert("RGB").getpixel((image.width - 5, 5))
        assert red > 180 and green < 80


def test_heic_from_a_phone_is_accepted_and_stripped(media_root):
    heic = encode(sideways_image(), "HEIF", exif=phone_exif(orientation=1).tobytes())
    assert SERIAL_NUMBER.encode() in heic

    files = images.store_photo(images.prepare_photo(upload(heic, "IMG_0042.HEIC", "image/heic")))

    for _file, content, image in stored_images(files):
        assert_no_metadata(content, image)


@pytest.mark.parametrize(
    ("image_format", "mode"), [("PNG", "RGBA"), ("PNG", "P"), ("WEBP", "RGB"), ("JPEG", "CMYK")]
)
def test_other_formats_and_colour_modes_become_rgb_web_sizes(media_root, image_format, mode):
    image = sideways_image(800, 600).convert(mode)

    prepared = images.prepare_photo(upload(encode(image, image_format), "photo.bin"))

    assert [r.width for r in prepared.renditions] == [480, 480, 800, 800]
    for rendition in prepared.renditions:
        assert Image.open(io.BytesIO(rendition.content)).mode == "RGB"


def test_a_small_photo_is_not_enlarged():
    prepared = images.prepare_photo(upload(phone_jpeg(width=400, height=300, orientation=1)))

    assert {(r.width, r.height) for r in prepared.renditions} == {(400, 300)}


def test_uploaded_name_is_never_used_and_names_are_random(media_root):
    prepared = images.prepare_photo(upload(phone_jpeg(), "Maria_Lima_Miraflores.jpg"))

    first = images.store_photo(prepared)
    second = images.store_photo(prepared)

    names = [f["name"] for f in first + second]
    assert not any("Maria" in name or "Miraflores" in name for name in names)
    assert first[0]["name"].rsplit("/", 1)[0] != second[0]["name"].rsplit("/", 1)[0]


def test_the_uploaded_bytes_are_never_stored(media_root):
    original = phone_jpeg(width=1000, height=800, orientation=1)

    files = images.store_photo(images.prepare_photo(upload(original)))

    assert all(content != original for _file, content, _image in stored_images(files))
    stored = sorted(p.name for p in media_root.rglob("*") if p.is_file())
    assert len(stored) == len(files)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"Hola, esto es un archivo de texto.\n" * 20, "not_a_photo"),
        (b"<!doctype html><html><script>alert(1)</script></html>", "not_a_photo"),
        (encode(Image.new("RGB", (300, 300)), "GIF"), "not_a_photo"),
        (encode(Image.new("RGB", (300, 300)), "BMP"), "not_a_photo"),
        (phone_jpeg(orientation=1)[:3000], "damaged"),
        (encode(Image.new("RGB", (120, 90)), "JPEG"), "too_small"),
    ],
    ids=["text", "html", "gif", "bmp", "truncated-jpeg", "tiny"],
)
def test_files_that_are_not_usable_photos_are_refused(content, code):
    with pytest.raises(ValidationError) as error:
        images.prepare_photo(upload(content, "photo.jpg"))

    assert error.value.code == code


def test_a_decompression_bomb_is_refused_before_decoding():
    bomb = png_bomb(30_000, 30_000)

    with pytest.raises(ValidationError) as error:
        images.prepare_photo(upload(bomb, "bomb.png", "image/png"))

    assert error.value.code == "too_many_pixels"


def test_an_animated_image_is_refused():
    frames = [Image.new("RGB", (300, 300), colour) for colour in ("red", "blue")]
    animated = encode(frames[0], "WEBP", save_all=True, append_images=frames[1:])

    with pytest.raises(ValidationError) as error:
        images.prepare_photo(upload(animated, "animated.webp", "image/webp"))

    assert error.value.code == "animated"


def test_a_file_over_ten_megabytes_is_refused_by_its_size():
    big = upload(b"\xff\xd8" + b"\x00" * (images.MAX_UPLOAD_BYTES + 1))

    with pytest.raises(ValidationError) as error:
        images.prepare_photo(big)

    assert error.value.code == "too_large"


def test_a_storage_failure_leaves_no_file_behind(media_root, monkeypatch):
    prepared = images.prepare_photo(upload(phone_jpeg()))
    real_save = default_storage.save
    calls = []

    def failing_save(name, content, **kwargs):
        calls.append(name)
        if len(calls) == 3:
            raise OSError("the bucket refused the file")
        return real_save(name, content, **kwargs)

    monkeypatch.setattr(default_storage, "save", failing_save)

    with pytest.raises(OSError):
        images.store_photo(prepared)

    assert [p for p in media_root.rglob("*") if p.is_file()] == []


MARKER = "PRIVATE-NOTE-Lima-Surquillo-7Q"


def text_carrying_upload(image_format):
    """A photo whose file carries the marker in every text place its format has."""
    image = sideways_image(800, 600)
    exif = Image.Exif()
    exif[0x010E] = MARKER
    if image_format == "JPEG":
        content = encode(image, "JPEG", comment=MARKER.encode(), exif=exif.tobytes())
    elif image_format == "PNG":
        chunks = PngImagePlugin.PngInfo()
        chunks.add_text("Comment", MARKER)
        chunks.add_text("Author", MARKER, zip=True)
        chunks.add_itxt("Description", MARKER)
        content = encode(image, "PNG", pnginfo=chunks)
    elif image_format == "WEBP":
        content = encode(image, "WEBP", exif=exif.tobytes(), xmp=MARKER.encode())
    else:
        content = encode(image, "HEIF", exif=exif.tobytes())
    assert MARKER.encode() in content
    return upload(content, f"photo.{image_format.lower()}")


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP", "HEIF"])
def test_no_stored_photo_or_logo_carries_the_text_of_the_upload(image_format):
    files = images.store_photo(images.prepare_photo(text_carrying_upload(image_format)))
    logo = images.store_logo(images.prepare_logo(text_carrying_upload(image_format)))

    for name in [f["name"] for f in files] + [logo["name"]]:
        with default_storage.open(name) as stored:
            assert MARKER.encode() not in stored.read(), name
