"""Time and peak memory of the photo pipeline on a 24-megapixel phone photo.

Run: .venv/bin/python bench/photos.py   (goals on this machine: under 1 s, under 250 MB)

The photo is made in this process; the pipeline runs in a fresh one, so that its peak memory
is its own.
"""

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5


def phone_photo(width=6000, height=4000):
    """A 24 MP JPEG with detail, an EXIF orientation, GPS and a camera serial number."""
    from PIL import Image, ImageDraw

    image = Image.radial_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(image)
    for x in range(0, width, 37):
        draw.line([(x, 0), (width - x, height)], fill=(x % 255, 90, 160), width=3)
    exif = Image.Exif()
    exif[0x010F] = "BenchCam"
    exif[0x0112] = 6
    exif.get_ifd(0x8825).update({1: "S", 2: (12.0, 3.0, 1.0), 3: "W", 4: (77.0, 2.0, 3.0)})
    exif.get_ifd(0x8769)[0xA431] = "SERIAL-0001"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92, exif=exif.tobytes())
    return buffer.getvalue()


def measure(path):
    """Run the pipeline on the file RUNS times; print timings and this process's peak memory."""
    import resource
    import statistics
    import time

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "somos.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    from django.core.files.uploadedfile import SimpleUploadedFile

    from somos.images import prepare_photo

    content = Path(path).read_bytes()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    timings = []
    for _ in range(RUNS):
        upload = SimpleUploadedFile("photo.jpg", content, content_type="image/jpeg")
        started = time.perf_counter()
        prepared = prepare_photo(upload)
        timings.append(time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    for rendition in prepared.renditions:
        print(
            f"  {rendition.format:4} {rendition.width:>4} x {rendition.height:<4}"
            f" {len(rendition.content) / 1024:>6.0f} KB"
        )
    print(f"time per photo:  median {statistics.median(timings):.3f} s, worst {max(timings):.3f} s")
    print(
        f"peak memory:     {peak:.0f} MB for the whole process ({before:.0f} MB before the photo)"
    )


def main():
    content = phone_photo()
    with tempfile.NamedTemporaryFile(suffix=".jpg") as file:
        file.write(content)
        file.flush()
        print(f"input: 6000 x 4000 JPEG of {len(content) / 1_048_576:.1f} MB with EXIF and GPS")
        print(f"{RUNS} runs of validate, strip, rotate and resize; web sizes made:")
        subprocess.run([sys.executable, __file__, "--measure", file.name], check=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        measure(sys.argv[2])
    else:
        main()
