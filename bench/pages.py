"""Requests per second and latency of the campaign and story pages at 100 and 100,000 stories.

Run: .venv/bin/python bench/pages.py   (needs PostgreSQL on 127.0.0.1:5432 and Redis on 6379;
installs wrk from Debian's packages if it is missing; takes about a quarter of an hour)

It fills a database for each size, serves each with gunicorn (production settings, Redis
cache), and loads them with wrk from another process on loopback: a trivial view
(robots.txt), the campaign page and a story page, in three states of the cache:

- cached: whole pages from the cache;
- after a change: every page made again, its story cards from the cache, as after an approval;
- cold: nothing in the cache, as after a deploy or a Redis restart.

Every page of every size is measured three times in turn and the median kept, so that the
machine slowing down or speeding up weighs on both sizes alike; then each page once more with
one connection, for its latency without queueing. Goals, as ratios to the trivial view at
100,000 stories: cached >= 0.9, after a change >= 0.15, cold >= 0.08; latency with one
connection at 100,000 stories <= 1.2 x the latency at 100.
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import urllib.request

from serving import (
    PYTHON,
    ensure_wrk,
    flush_redis,
    prepare_site,
    psql,
    run,
    serve,
    site_environment,
    stop,
)

PORT = 8765
DURATION = "4s"
# Each page is measured this many times, in turn with the others, and the median is kept:
# the machine's own noise (autovacuum, a worker still starting) then weighs on every page alike.
ROUNDS = 3
CONNECTIONS = 16
# `bench/pages.py 100` measures one size only, for a quick look.
SIZES = tuple(int(size) for size in sys.argv[1:]) or (100, 100_000)
CAMPAIGN = "tu-causa-es-mi-causa"
# A log line per request is part of the cost; printing them here is not.
QUIET = ("--log-level", "warning")
# What a phone's browser sends that changes the answer.
BROWSER = {"Accept-Encoding": "gzip, deflate, br"}


# Each state of the cache: seconds pages and parts of pages are kept, and the goal.
ALL_STATES = {
    "cached": (900, 900, 0.9),
    "after a change": (0, 900, 0.15),
    "cold": (0, 0, 0.08),
}
# BENCH_STATES="cached" measures only some of them, for a quicker look.
STATES = {
    name: ALL_STATES[name]
    for name in os.environ.get("BENCH_STATES", ",".join(ALL_STATES)).split(",")
}


def environment(database, static_root, state="cached", redis_db=7):
    page_seconds, parts_seconds, _goal = ALL_STATES[state]
    return site_environment(
        database=database,
        redis_db=redis_db,
        static_root=static_root,
        PAGE_CACHE_SECONDS=page_seconds,
        PAGE_PARTS_CACHE_SECONDS=parts_seconds,
    )


FILL = """
import datetime, random
from django.db import transaction
from django.utils import timezone
from campaigns.models import Campaign
from stories.models import Story, Theme

count = int({count})
campaign = Campaign.objects.get(slug="{campaign}")
themes = list(Theme.objects.all())
existing = Story.objects.filter(campaign=campaign).count()
now = timezone.now()
body = ("Llegamos a Lima con muy poco. La vecina del tercer piso nos prestó una cocina y nos "
        "enseñó a preparar causa. Hoy cocinamos juntas los domingos. ") * 3
for start in range(existing, count, 5000):
    batch = [
        Story(campaign=campaign, language="es", title_es=f"Historia de prueba {{n}}",
              body_es=body, author_display="anonymous", author_role="migrant", country="PE",
              city="Lima", status="approved", published_at=now - datetime.timedelta(minutes=n),
              management_token_hash=f"bench-{{n}}", submission_key=f"bench-{{n}}")
        for n in range(start, min(start + 5000, count))
    ]
    with transaction.atomic():
        stories = Story.objects.bulk_create(batch)
        Story.themes.through.objects.bulk_create(
            [Story.themes.through(story_id=s.pk, theme_id=random.choice(themes).pk)
             for s in stories])
print(Story.objects.published().filter(campaign=campaign).count(),
      Story.objects.published().filter(campaign=campaign).order_by("-published_at").first().pk)
"""


def fill(env, count):
    """Top the campaign up to `count` published stories; return (published, a story's id)."""
    script = FILL.format(count=count, campaign=CAMPAIGN)
    output = run(
        PYTHON, "manage.py", "shell", "-c", script, env=env, capture_output=True, text=True
    ).stdout.split()
    psql(env["DATABASE_URL"].rsplit("/", 1)[1], "VACUUM ANALYZE")
    return int(output[-2]), int(output[-1])


def load(port, path, connections=CONNECTIONS, warm=True):
    """Warm up, then run wrk; return (requests per second, p50 ms, p99 ms, non-2xx)."""
    url = f"http://127.0.0.1:{port}{path}"
    for _ in range(200 if warm else 0):
        urllib.request.urlopen(urllib.request.Request(url, headers=BROWSER), timeout=10).read()
    headers = [arg for name, value in BROWSER.items() for arg in ("-H", f"{name}: {value}")]
    threads = min(2, connections)
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{DURATION}", "--latency", *headers, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))

    def percentile(name):
        value, unit = re.search(rf"\s{name}%\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, percentile("50"), percentile("99"), int(errors.group(1)) if errors else 0


def main():
    ensure_wrk()
    databases = {size: f"somos_bench_{os.getpid()}_{size}" for size in SIZES}
    static_root = tempfile.mkdtemp(prefix="somos-bench-static-")
    results, latency = {}, {}
    try:
        first = databases[SIZES[0]]
        psql("postgres", f"CREATE DATABASE {first}")
        prepare_site(environment(first, static_root))
        pages = {}
        for size in SIZES:
            if databases[size] != first:
                # The smaller database, topped up: the same demo content, more stories.
                psql("postgres", f"CREATE DATABASE {databases[size]} TEMPLATE {first}")
            published, story_id = fill(environment(databases[size], static_root), size)
            print(f"{published} published stories in the campaign")
            pages[size] = {
                "trivial view": "/robots.txt",
                "campaign page": f"/es/campaigns/{CAMPAIGN}/",
                "story page": f"/es/stories/{story_id}/",
            }
        for label in STATES:
            servers = {}
            try:
                for index, size in enumerate(SIZES):
                    redis_db = 7 + index
                    flush_redis(redis_db)
                    env = environment(databases[size], static_root, label, redis_db)
                    servers[size] = (PORT + index, serve(env, PORT + index, args=QUIET))
                runs = {(size, name): [] for size in SIZES for name in pages[size]}
                for _round in range(ROUNDS):
                    for size in SIZES:
                        for name, path in pages[size].items():
                            if label == "cold":
                                flush_redis(7 + SIZES.index(size))
                            runs[(size, name)].append(
                                load(servers[size][0], path, warm=label != "cold")
                            )
                for (size, name), measured in runs.items():
                    rps, p50, p99 = (statistics.median(m[i] for m in measured) for i in range(3))
                    errors = sum(m[3] for m in measured)
                    results[(size, label, name)] = (rps, p50, p99, errors)
                    print(
                        f"  {size:>7,} {label:14} {name:14} {rps:8.0f} req/s  p50 {p50:6.1f} ms"
                        f"  p99 {p99:6.1f} ms  errors {errors}"
                    )
                for size in SIZES:
                    for name, path in pages[size].items():
                        latency[(size, label, name)] = load(servers[size][0], path, 1)[1]
            finally:
                for _port, server in servers.values():
                    stop(server)
    finally:
        for database in databases.values():
            psql("postgres", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        shutil.rmtree(static_root, ignore_errors=True)

    print("\n| stories | page | cache | req/s | × trivial | goal | p50 ms | p99 ms |")
    print("|---:|---|---|---:|---:|---:|---:|---:|")
    rows = [
        (size, label, name)
        for size in SIZES
        for label in STATES
        for name in ("campaign page", "story page")
    ]
    for size, label, name in rows:
        rps, p50, p99, _errors = results[(size, label, name)]
        trivial = results[(size, label, "trivial view")][0]
        goal = STATES[label][2]
        met = "met" if rps / trivial >= goal else "NOT met"
        print(
            f"| {size:,} | {name} | {label} | {rps:,.0f} | {rps / trivial:.2f} | "
            f"≥ {goal} {met} | {p50:.1f} | {p99:.1f} |"
        )
    if len(SIZES) < 2:
        return
    print(f"\nlatency with one connection, at {SIZES[-1]:,} stories / at {SIZES[0]:,} (p50):")
    for label in STATES:
        for name in ("campaign page", "story page"):
            ratio = latency[(SIZES[-1], label, name)] / latency[(SIZES[0], label, name)]
            met = "met" if ratio <= 1.2 else "NOT met"
            print(f"  {name:14} {label:14} {ratio:.2f}  (≤ 1.2 {met})")


if __name__ == "__main__":
    main()
