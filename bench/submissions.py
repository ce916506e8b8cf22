"""Stories with photos sent at once by many people: are they all stored, with all their files?

Run: .venv/bin/python bench/submissions.py   (needs PostgreSQL on 127.0.0.1:5432 and Redis on
6379; takes a few minutes). Options: --submissions, --clients, --workers, --threads, --s3.
With S3_BENCH=1 (or --s3) the photos go to a bucket of moto's S3 server started here, instead of
a local folder.

It fills a database of its own (migrate, load_demo), serves the site with gunicorn (production
settings, Redis cache, rate limits and the minimum filling time off) and sends 500 stories, each
with a 2400 x 1800 phone JPEG carrying EXIF and GPS, from 50 clients at once, as a browser does:
the form first, for its cookie and tokens, then the multipart POST. Then it counts what the
database and the storage hold: stories, their photo files, and files no story lists.
Goal: 500 of 500 stories stored with all their files, and no server error.
"""

import argparse
import http.client
import io
import os
import random
import re
import secrets
import shutil
import string
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from html import unescape
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from pathlib import Path

from serving import (
    HOST,
    flush_redis,
    free_port,
    prepare_site,
    psql,
    serve,
    site_environment,
    stop,
)

from tests.s3 import S3Server

LANGUAGE = "es"
SHARE = f"/{LANGUAGE}/share/"
PHOTO_PREFIX = "photos/"
SHOWN_FAILURES = 5

TITLES = [
    "La cocina de la señora Rosa",
    "El primer día en el colegio",
    "Una vecina que nos abrió la puerta",
    "Los domingos de fútbol en el parque",
    "La feria de los sábados",
    "Aprendimos a bailar marinera",
    "El taller de costura del barrio",
    "Una arepa y un ceviche",
]
SENTENCES = [
    "Llegamos con dos maletas y muchas ganas de empezar de nuevo.",
    "La vecina del tercer piso nos prestó una cocina y nos enseñó a preparar causa.",
    "Al principio nadie entendía nuestras palabras, y nosotros tampoco las suyas.",
    "Mi hija hizo su primera amiga en el colegio a la semana de llegar.",
    "Los sábados vendemos arepas en la feria y siempre vuelven los mismos clientes.",
    "Un señor del mercado nos regaló fruta el día que no teníamos nada.",
    "Hoy cocinamos juntas los domingos y compartimos lo que hay.",
    "En el taller del barrio aprendí a coser y ahora enseño a otras mujeres.",
    "Extraño a mi madre, pero aquí encontré otra familia.",
    "Jugamos fútbol en el parque con los vecinos, venezolanos y peruanos mezclados.",
]
CITIES = ["Lima", "Santiago", "Arequipa", "Trujillo", "Valparaíso", "Cusco", "Bogotá", "Quito"]
COUNTRIES = ["PE", "CL", "CO", "EC", "BR"]
NAMES = ["María José Pérez", "Carlos Rivas", "Ana Lucía Torres", "Yolimar Díaz", "Pedro Gómez"]
ALTS = [
    "Mi familia y yo en el mercado",
    "La cocina donde aprendimos a cocinar juntas",
    "Niños jugando en el parque del barrio",
    "Nuestro puesto en la feria de los sábados",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--submissions", type=int, default=500)
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn WEB_CONCURRENCY")
    parser.add_argument("--threads", type=int, default=4, help="gunicorn GUNICORN_THREADS")
    parser.add_argument("--photos", type=int, default=4, help="distinct photos to send")
    parser.add_argument("--redis-db", type=int, help="Redis db number (default: an empty one)")
    parser.add_argument(
        "--s3",
        action="store_true",
        default=os.environ.get("S3_BENCH", "").strip().lower() in {"1", "true", "yes", "on"},
        help="store media in moto's S3 server (also S3_BENCH=1)",
    )
    return parser.parse_args()


def choose_redis_db(requested):
    """A Redis db of our own: the one asked for, or the first empty one from 9 on."""
    import redis

    if requested is not None:
        return requested, False
    for number in range(9, 16):
        if redis.Redis(host=HOST, port=6379, db=number).dbsize() == 0:
            return number, True
    raise RuntimeError("no empty Redis db between 9 and 15; pass --redis-db")


# Photos ------------------------------------------------------------------------------------


def phone_photo(index, width=2400, height=1800):
    """A distinct phone JPEG of 1-2 MB: gradients, shapes and sensor noise, EXIF with GPS."""
    from PIL import Image, ImageChops, ImageDraw

    rng = random.Random(index)
    channels = [
        Image.linear_gradient("L").rotate(rng.randrange(360)).resize((width, height)),
        Image.radial_gradient("L").resize((width, height)),
        Image.linear_gradient("L").rotate(rng.randrange(360)).resize((width, height)),
    ]
    rng.shuffle(channels)
    image = Image.merge("RGB", channels)
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(width), rng.randrange(height)
        size = rng.randrange(80, 500)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse([x, y, x + size, y + size * rng.uniform(0.5, 1.5)], fill=colour)
    noise = Image.merge("RGB", [Image.effect_noise((width, height), 14 + 2 * index) for _ in "RGB"])
    image = ImageChops.add(image, noise, scale=1.0, offset=-128)

    exif = Image.Exif()
    exif[0x010F] = "BenchPhone"  # Make
    exif[0x0110] = f"BP-{index}"  # Model
    exif[0x0112] = (1, 6, 1, 3, 8)[index % 5]  # Orientation: some sideways, as phones write
    exif[0x0132] = "2025:03:12 10:15:00"  # DateTime
    camera = exif.get_ifd(0x8769)
    camera[0x9003] = "2025:03:12 10:15:00"  # DateTimeOriginal
    camera[0xA431] = f"SN-{index:04d}-PRIVATE"  # BodySerialNumber
    camera[0x927C] = b"MAKERNOTE-PRIVATE"
    gps = exif.get_ifd(0x8825)
    gps.update(
        {
            1: "S",
            2: (12.0, float(rng.randrange(60)), rng.uniform(0, 60)),
            3: "W",
            4: (77.0, float(rng.randrange(60)), rng.uniform(0, 60)),
        }
    )
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, exif=exif.tobytes())
    return buffer.getvalue()


# The site ----------------------------------------------------------------------------------


def environment(args, database, redis_db, static_root, media_root, s3):
    env = site_environment(
        database=database,
        redis_db=redis_db,
        static_root=static_root,
        MEDIA_ROOT=media_root,
        FORM_MIN_FILL_SECONDS=0,
        WEB_CONCURRENCY=args.workers,
        GUNICORN_THREADS=args.threads,
        LOG_LEVEL="WARNING",
    )
    if s3:
        env.update(s3.server.settings(s3.bucket))
    return env


class MotoS3:
    """moto's S3 server in a thread of this process, with one bucket."""

    def __init__(self):
        self.server = S3Server()
        self.endpoint = self.server.endpoint
        self.bucket = self.server.new_bucket("somos-bench-media")

    def names(self):
        return set(self.bucket.keys())

    def stop(self):
        self.server.stop()


def local_names(media_root):
    root = Path(media_root)
    return {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}


# The clients -------------------------------------------------------------------------------


class ShareFormParser(HTMLParser):
    """The inputs and select options of the share page."""

    def __init__(self):
        super().__init__()
        self.inputs = []
        self.options = {}
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "input" and attrs.get("name"):
            self.inputs.append(attrs)
        elif tag == "select":
            self._select = attrs.get("name")
            self.options.setdefault(self._select, [])
        elif tag == "option" and self._select:
            self.options[self._select].append(attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None

    def value(self, name):
        for attrs in self.inputs:
            if attrs["name"] == name:
                return attrs.get("value", "")
        raise ValueError(f"no input {name!r} in the share page")

    def choices(self, name, kind):
        return [a.get("value", "") for a in self.inputs if a["name"] == name and a["type"] == kind]

    def consents(self):
        return [
            (a["name"], a.get("value") or "on")
            for a in self.inputs
            if a["name"].startswith("consent") and a.get("type") == "checkbox"
        ]


def multipart(fields, files):
    """A multipart/form-data body, as a browser builds it; returns (body, content type)."""
    boundary = "----SomosBenchBoundary" + secrets.token_hex(12)
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + str(value).encode()
            + b"\r\n"
        )
    for name, filename, content_type, content in files:
        parts.append(
            (
                f"--{boundary}\r\n"
                f'Content-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                f"Content-Type: {content_type}\r\n\r\n"
            ).encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def error_text(html):
    """A short account of what the page says went wrong."""
    text = html.decode("utf-8", "replace")
    found = re.search(r'<div class="error-summary".*?</ul>', text, re.S)
    if not found:
        found = re.search(r'<p class="field__error".*?</p>', text, re.S)
    if not found:
        found = re.search(r"<title>.*?</title>|<h1>.*?</h1>", text, re.S)
    snippet = found.group(0) if found else text[:300]
    snippet = unescape(re.sub(r"<[^>]+>", " ", snippet))
    return " ".join(snippet.split())[:300]


@dataclass
class Outcome:
    stored: bool
    get_status: int | None = None
    post_status: int | None = None
    latency: float | None = None
    failure: str = ""


class Client:
    """One person's browser: one keep-alive connection, fresh cookies for every story."""

    def __init__(self, port, user_agent):
        self.port = port
        self.user_agent = user_agent
        self.connection = None
        self.requests_on_connection = 0
        self.retries = 0

    def request(self, method, path, body=None, headers=()):
        headers = {"User-Agent": self.user_agent, "Accept": "text/html", **dict(headers)}
        while True:
            if self.connection is None:
                self.connection = http.client.HTTPConnection(HOST, self.port, timeout=180)
                self.requests_on_connection = 0
            reused = self.requests_on_connection > 0
            try:
                started = time.perf_counter()
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                content = response.read()
                elapsed = time.perf_counter() - started
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if not reused:
                    raise
                # The server had closed the idle kept-alive connection: a browser resends.
                self.retries += 1
                continue
            self.requests_on_connection += 1
            if response.will_close:
                self.close()
            return response.status, response.headers, content, elapsed

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def submit(self, number, marker, photo):
        rng = random.Random(number)
        outcome = Outcome(stored=False)
        status, headers, html, _ = self.request("GET", SHARE)
        outcome.get_status = status
        if status != 200:
            outcome.failure = f"GET {status}: {error_text(html)}"
            return outcome
        cookies = SimpleCookie()
        for header in headers.get_all("Set-Cookie") or []:
            cookies.load(header)
        if "csrftoken" not in cookies:
            outcome.failure = "GET 200 without a csrftoken cookie"
            return outcome
        form = ShareFormParser()
        form.feed(html.decode("utf-8", "replace"))

        campaigns = [value for value in form.options.get("campaign", []) if value]
        countries = [c for c in COUNTRIES if c in form.options.get("country", [])]
        themes = form.choices("themes", "checkbox")
        body = " ".join(rng.sample(SENTENCES, k=rng.randint(4, len(SENTENCES))))
        fields = [
            ("csrfmiddlewaretoken", form.value("csrfmiddlewaretoken")),
            ("form_token", form.value("form_token")),
            ("campaign", campaigns[number % len(campaigns)]),
            ("language", LANGUAGE),
            ("title", f"{marker} {number}: {rng.choice(TITLES)}"),
            ("body", f"Esta es la historia número {number} de esta prueba. {body}"),
            *(("themes", theme) for theme in rng.sample(themes, k=min(2, len(themes)))),
            ("author_display", rng.choice(form.choices("author_display", "radio"))),
            ("author_name", rng.choice(NAMES)),
            ("author_role", rng.choice(form.choices("author_role", "radio"))),
            ("country", rng.choice(countries)),
            ("city", rng.choice(CITIES)),
            *([("show_only_country", "on")] if number % 3 == 0 else []),
            ("photo_alt", f"{rng.choice(ALTS)} ({number})"),
            ("video_url", ""),
            ("contact_email", ""),
            *form.consents(),
            ("website", ""),
        ]
        payload, content_type = multipart(
            fields, [("photo", f"IMG_2025031{number % 10}_{number:04d}.jpg", "image/jpeg", photo)]
        )
        cookie = "; ".join(f"{name}={morsel.value}" for name, morsel in cookies.items())
        status, _, html, elapsed = self.request(
            "POST", SHARE, payload, {"Content-Type": content_type, "Cookie": cookie}
        )
        outcome.post_status, outcome.latency = status, elapsed
        if status == 200 and b'class="private-link' in html and b"/my-story/" in html:
            outcome.stored = True
        else:
            outcome.failure = f"POST {status}: {error_text(html)}"
        return outcome


def send(port, count, clients, photos, marker):
    """Send `count` stories from `clients` threads; return the outcomes, seconds, retries."""
    numbers = iter(range(1, count + 1))
    lock = threading.Lock()
    outcomes = []
    retries = []

    def work(index):
        client = Client(port, f"Mozilla/5.0 (Linux; Android 14) SomosBench/{index}")
        while True:
            with lock:
                number = next(numbers, None)
            if number is None:
                break
            try:
                outcome = client.submit(number, marker, photos[number % len(photos)])
            except Exception as exc:  # noqa: BLE001 - every failure is counted and shown
                client.close()
                outcome = Outcome(stored=False, failure=f"{type(exc).__name__}: {exc}"[:300])
            with lock:
                outcomes.append(outcome)
        client.close()
        with lock:
            retries.append(client.retries)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes, time.perf_counter() - started, sum(retries)


def warm_up(port, requests=16):
    def fetch():
        client = Client(port, "SomosBench/warm-up")
        client.request("GET", SHARE)
        client.close()

    threads = [threading.Thread(target=fetch) for _ in range(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


# Counting ----------------------------------------------------------------------------------


def stored_stories(database, marker):
    """(status, photo_files) of this run's stories, and every file any story lists."""
    import psycopg

    with psycopg.connect(f"postgresql://postgres@{HOST}:5432/{database}") as connection:
        ours = connection.execute(
            "SELECT status, photo_files FROM stories_story WHERE submitted_title LIKE %s",
            [f"{marker} %"],
        ).fetchall()
        listed = {
            file["name"]
            for (files,) in connection.execute("SELECT photo_files FROM stories_story")
            for file in files or []
        }
    return ours, listed


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


def main():
    args = parse_args()
    began = time.perf_counter()
    stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
    database = f"somos_bench_submissions_{stamp}_{os.getpid()}"
    marker = "Carga " + "".join(random.choices(string.ascii_lowercase, k=6))
    temp = Path(tempfile.mkdtemp(prefix="somos-bench-submissions-"))
    static_root, media_root = temp / "static", temp / "media"
    media_root.mkdir()
    log_path = temp / "gunicorn.log"
    redis_db, redis_owned = choose_redis_db(args.redis_db)
    port = free_port()
    mode = "S3 (moto)" if args.s3 else "local files"
    print(
        f"{mode}; database {database}; Redis db {redis_db}; gunicorn {args.workers} workers x "
        f"{args.threads} threads on port {port}; {args.submissions} stories from "
        f"{args.clients} clients"
    )

    photos = [phone_photo(i) for i in range(args.photos)]
    sizes = ", ".join(f"{len(p) / 1_048_576:.1f}" for p in photos)
    print(f"photos: {len(photos)} JPEGs of 2400 x 1800 with EXIF and GPS ({sizes} MB)")

    created = False
    s3 = server = None
    log = open(log_path, "w+b")  # noqa: SIM115 - closed in finally
    try:
        psql("postgres", f"CREATE DATABASE {database}")
        created = True
        if args.s3:
            s3 = MotoS3()
            print(f"moto S3 at {s3.endpoint}, bucket {s3.bucket.name}")
        env = environment(args, database, redis_db, static_root, media_root, s3)
        prepare_site(env)
        names_before = s3.names() if s3 else local_names(media_root)

        server = serve(env, port, log=log, settle=0)
        warm_up(port)
        print(f"sending {args.submissions} stories…")
        outcomes, seconds, retries = send(port, args.submissions, args.clients, photos, marker)

        ours, listed = stored_stories(database, marker)
        names = s3.names() if s3 else local_names(media_root)
    except BaseException:
        log.seek(0)
        print("gunicorn log, last 30 lines:", file=sys.stderr)
        for line in log.read().decode("utf-8", "replace").splitlines()[-30:]:
            print("  " + line, file=sys.stderr)
        raise
    finally:
        stop(server)
        if s3:
            s3.stop()
        if created:
            psql("postgres", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        if redis_owned:
            flush_redis(redis_db)
        log.seek(0)
        server_log = log.read().decode("utf-8", "replace")
        log.close()
        shutil.rmtree(temp, ignore_errors=True)

    statuses = Counter()
    for outcome in outcomes:
        if outcome.get_status is not None:
            statuses[f"GET {outcome.get_status}"] += 1
        if outcome.post_status is not None:
            statuses[f"POST {outcome.post_status}"] += 1
    server_errors = sum(
        1 for o in outcomes if (o.get_status or 0) >= 500 or (o.post_status or 0) >= 500
    )
    failures = [o for o in outcomes if not o.stored]
    other_failures = len(failures) - server_errors
    latencies = [o.latency * 1000 for o in outcomes if o.latency is not None]

    kept = [(status, files) for status, files in ours if status in ("submitted", "held")]
    complete = sum(1 for _, files in kept if files and all(f["name"] in names for f in files))
    photo_names = {name for name in names if name.startswith(PHOTO_PREFIX)}
    new_photo_files = photo_names - names_before
    expected_files = sum(len(files) for _, files in kept)
    orphans = photo_names - listed
    other_files = len(names - photo_names) - len(names_before - photo_names)

    print("\nHTTP statuses: " + ", ".join(f"{k} × {v}" for k, v in sorted(statuses.items())))
    if retries:
        print(f"requests resent on a closed kept-alive connection: {retries}")
    if failures:
        print(f"\nfirst distinct failures (of {len(failures)}):")
        seen = Counter(o.failure for o in failures)
        for text, count in list(seen.items())[:SHOWN_FAILURES]:
            print(f"  {count} × {text}")
    errors_in_log = [
        line for line in server_log.splitlines() if re.search(r"Traceback|ERROR|CRITICAL", line)
    ]
    if failures or errors_in_log:
        print(f"\ngunicorn log ({len(errors_in_log)} error lines), last 30 lines:")
        for line in server_log.splitlines()[-30:]:
            print("  " + line)
    if len(ours) != len(kept):
        print(f"\nstories stored with another status: {len(ours) - len(kept)}")
    if orphans:
        print(f"\nsome orphan files: {sorted(orphans)[:5]}")

    sent = len(outcomes)
    print(f"\n### Story submissions with photos ({mode})\n")
    print("| measure | value |")
    print("|---|---:|")
    rows = [
        ("submissions sent", f"{sent}"),
        ("stories stored (submitted or held)", f"{len(kept)}"),
        ("stories with all their files", f"{complete}"),
        ("photo files stored by this run", f"{len(new_photo_files)} of {expected_files} listed"),
        ("orphan files (listed by no story)", f"{len(orphans)}"),
        ("other new files (share images, logos)", f"{other_files}"),
        ("server errors (5xx)", f"{server_errors}"),
        ("other failures", f"{other_failures}"),
        ("POST latency p50", f"{percentile(latencies, 0.50):,.0f} ms"),
        ("POST latency p95", f"{percentile(latencies, 0.95):,.0f} ms"),
        ("POST latency p99", f"{percentile(latencies, 0.99):,.0f} ms"),
        ("wall time of the submissions", f"{seconds:.1f} s"),
        ("submissions per second", f"{sent / seconds:.2f}"),
    ]
    for name, value in rows:
        print(f"| {name} | {value} |")
    print(f"\nwhole run, with setup and clean-up: {time.perf_counter() - began:.0f} s")

    goal = len(kept) == complete == args.submissions and server_errors == 0
    print(
        f"Goal ({args.submissions} of {args.submissions} stored with all their files, "
        f"0 server errors): {'met' if goal else 'NOT met'} — {complete} of {args.submissions} "
        f"complete, {server_errors} server errors, {len(orphans)} orphan files."
    )
    return 0 if goal else 1


if __name__ == "__main__":
    sys.exit(main())
