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

Then a viral day at the largest size: wrk (bench/viral_day.lua) asks for addresses drawn
beforehand, 70 % story pages Zipf-distributed (s = 1.1) over every published story, 15 %
campaign pages with random filters and page numbers, 10 % home pages, 5 % searches, in the four
languages, after as long a warm-up on the other half of the addresses, as on a site that has
been up for a while. Meanwhile another process takes a pledge a second, approves a story every ten
seconds, and half-way withdraws the most read story; from the withdrawal's commit on it reads
that story's pages, its campaign's first page, the home pages and a search for it, and counts
the answers that still show it. Goals: >= 0.5 x the trivial view's requests per second, p99
<= 20 x its p99, no error, no answer showing the withdrawn story. BENCH_VIRAL_SECONDS sets its
length (40); BENCH_VIRAL=0 leaves it out. BENCH_SECONDS sets the length of each other
measurement (4).
"""

import json
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
    ROOT,
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
# Seconds of each measurement (BENCH_SECONDS): longer runs weigh less on a machine whose speed
# wanders.
DURATION = f"{int(os.environ.get('BENCH_SECONDS', '4'))}s"
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
VIRAL = os.environ.get("BENCH_VIRAL", "1") != "0"
VIRAL_SECONDS = int(os.environ.get("BENCH_VIRAL_SECONDS", "40"))
VIRAL_GOALS = {"throughput": 0.5, "p99": 20}
VIRAL_ADDRESSES = 200_000


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
    if name
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


VIRAL_SETUP = """
import itertools, json, random
from django.contrib.auth import get_user_model
from django.utils import timezone
from campaigns.models import Campaign
from stories.listing import ROLES
from stories.models import Story, Theme
from somos.pagecache import invalidate_pages, REMOVALS

rng = random.Random(1)
campaign = Campaign.objects.get(slug="{campaign}")
published = list(Story.objects.published().filter(campaign=campaign).values_list("pk", flat=True))
hot = Story.objects.published().filter(campaign=campaign).order_by("-published_at").first()
# A new version too, as a save would set: kept parts are found by it.
Story.objects.filter(pk=hot.pk).update(
    title_es="{hot_title}", featured=True, updated_at=timezone.now()
)
invalidate_pages(REMOVALS)
waiting = [
    Story(campaign=campaign, language="es", title_es=f"Historia en espera {{n}}",
          body_es="Una vecina nos ayudó con la mudanza y hoy somos amigas.",
          author_display="anonymous", author_role="migrant", country="PE", city="Lima",
          status="submitted", management_token_hash=f"viral-{{n}}", submission_key=f"viral-{{n}}")
    for n in range(60)
]
Story.objects.bulk_create(waiting)
get_user_model().objects.filter(username="viral-moderator").delete()
get_user_model().objects.create_superuser("viral-moderator", "moderator@example.org", None)

# Story pages: rank 1, the most read, is the story that will be withdrawn.
rng.shuffle(published)
ranked = [hot.pk] + [pk for pk in published if pk != hot.pk]
weights = list(itertools.accumulate(1 / rank ** 1.1 for rank in range(1, len(ranked) + 1)))
languages = ["es", "en", "pt", "pap"]
themes = list(Theme.objects.values_list("slug", flat=True))
countries = ["PE", "CL", "CO", "EC"]
words = ["cocina", "vecina", "Lima", "domingos", "causa", "trabajo", "escuela", "amigas"]
campaigns = list(Campaign.objects.active().values_list("slug", flat=True))

def campaign_page(language):
    query = rng.choice(
        [{{}}, {{}}, {{"theme": rng.choice(themes)}}, {{"role": rng.choice(list(ROLES))}},
         {{"country": rng.choice(countries)}}]
    )
    page = rng.choices(range(1, 21), weights=[1 / n for n in range(1, 21)])[0]
    if page > 1:
        query["page"] = page
    text = "&".join(f"{{name}}={{value}}" for name, value in query.items())
    return f"/{{language}}/campaigns/{{rng.choice(campaigns)}}/" + (f"?{{text}}" if text else "")

addresses = []
for _ in range({count}):
    language = rng.choice(languages)
    kind = rng.random()
    if kind < 0.70:
        pk = rng.choices(ranked, cum_weights=weights)[0]
        addresses.append(f"/{{language}}/stories/{{pk}}/")
    elif kind < 0.85:
        addresses.append(campaign_page(language))
    elif kind < 0.95:
        addresses.append(f"/{{language}}/")
    else:
        addresses.append(f"/{{language}}/search/?q={{rng.choice(words)}}")
with open("{addresses}", "w") as file:
    file.write("\\n".join(addresses) + "\\n")
print(json.dumps({{"hot": hot.pk}}))
"""

# The other process of the viral day: pledges, approvals, one withdrawal, and the check that no
# answer after the withdrawal's commit shows the story.
VIRAL_CHANGES = """
import json, time, urllib.error, urllib.request
from django.contrib.auth import get_user_model
from django.db import transaction
from campaigns.models import Campaign, Pledge
from moderation.decisions import approve
from stories.models import Story
from stories.withdrawal import withdraw_story

seconds, hot_pk, port = {seconds}, {hot}, {port}
campaign = Campaign.objects.get(slug="{campaign}")
moderator = get_user_model().objects.get(username="viral-moderator")
waiting = list(Story.objects.filter(status="submitted", title_es__startswith="Historia en espera"))
base = f"http://127.0.0.1:{{port}}"
checked = [f"/{{language}}/stories/{{hot_pk}}/" for language in ("es", "en", "pt", "pap")]
checked += [f"/{{language}}/campaigns/{{campaign.slug}}/" for language in ("es", "en", "pt", "pap")]
checked += [f"/{{language}}/" for language in ("es", "en", "pt", "pap")]
# A word of its title: the search page repeats what was asked.
checked += ["/es/search/?q=todos"]
pledges = approvals = reads = stale = unanswered = 0
withdrawn_at = None
start = time.monotonic()
next_pledge = next_approval = start
while time.monotonic() - start < seconds:
    now = time.monotonic()
    if now >= next_pledge:
        Pledge.objects.create(campaign=campaign, country="PE", language="es")
        pledges += 1
        next_pledge += 1
    if now >= next_approval and waiting:
        approve(story=waiting.pop(), moderator=moderator, flags_confirmed=True)
        approvals += 1
        next_approval += 10
    if withdrawn_at is None and now - start >= seconds / 2:
        with transaction.atomic():
            withdraw_story(Story.objects.get(pk=hot_pk))
        withdrawn_at = time.monotonic() - start
    if withdrawn_at is not None:
        for path in checked:
            request = urllib.request.Request(base + path, headers={{"Accept-Encoding": "identity"}})
            try:
                body = urllib.request.urlopen(request, timeout=30).read().decode()
            except urllib.error.HTTPError as error:
                body = error.read().decode()
            except OSError:
                unanswered += 1
                continue
            reads += 1
            stale += "{hot_title}" in body
    else:
        time.sleep(0.05)
print(json.dumps({{"pledges": pledges, "approvals": approvals, "withdrawn_at": withdrawn_at,
                  "reads": reads, "stale": stale, "unanswered": unanswered}}))
"""

HOT_TITLE = "La historia que todos leen"


def viral_day(env, port, workdir):
    """The viral day against the site at `port`; returns its figures and the trivial view's."""
    addresses = os.path.join(workdir, "addresses.txt")
    setup = VIRAL_SETUP.format(
        campaign=CAMPAIGN, hot_title=HOT_TITLE, addresses=addresses, count=VIRAL_ADDRESSES
    )
    output = run(PYTHON, "manage.py", "shell", "-c", setup, env=env, capture_output=True, text=True)
    hot = json.loads(output.stdout.strip().splitlines()[-1])
    trivial = load(port, "/robots.txt", warm=True, duration=f"{VIRAL_SECONDS}s")
    script = str(ROOT / "bench" / "viral_day.lua")
    # The site has been up for a while: the first half of the addresses warms the cache.
    load(port, "/", warm=False, duration=f"{VIRAL_SECONDS}s", script=(script, addresses, "0"))
    changes = subprocess.Popen(
        [
            PYTHON,
            "manage.py",
            "shell",
            "-c",
            VIRAL_CHANGES.format(
                seconds=VIRAL_SECONDS,
                hot=hot["hot"],
                port=port,
                campaign=CAMPAIGN,
                hot_title=HOT_TITLE,
            ),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    half = str(VIRAL_ADDRESSES // 2)
    mixed = load(
        port, "/", warm=False, duration=f"{VIRAL_SECONDS}s", script=(script, addresses, half)
    )
    changed = json.loads(changes.communicate(timeout=120)[0].strip().splitlines()[-1])
    return trivial, mixed, changed


def fill(env, count):
    """Top the campaign up to `count` published stories; return (published, a story's id)."""
    script = FILL.format(count=count, campaign=CAMPAIGN)
    output = run(
        PYTHON, "manage.py", "shell", "-c", script, env=env, capture_output=True, text=True
    ).stdout.split()
    psql(env["DATABASE_URL"].rsplit("/", 1)[1], "VACUUM ANALYZE")
    return int(output[-2]), int(output[-1])


def load(port, path, connections=CONNECTIONS, warm=True, duration=DURATION, script=None):
    """Warm up, then run wrk; return (requests per second, p50 ms, p99 ms, errors).

    Errors: answers other than 2xx and 3xx, or with a `script`, answers of 500 and above (it
    counts them), and in both cases connections that failed or timed out.
    """
    url = f"http://127.0.0.1:{port}{path}"
    for _ in range(200 if warm else 0):
        urllib.request.urlopen(urllib.request.Request(url, headers=BROWSER), timeout=10).read()
    headers = [arg for name, value in BROWSER.items() for arg in ("-H", f"{name}: {value}")]
    threads = min(2, connections)
    scripted = ["-s", script[0], url, "--", *script[1:]] if script else [url]
    output = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration}",
            "--timeout",
            "10s",
            "--latency",
            *headers,
            *scripted,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))

    def percentile(name):
        value, unit = re.search(rf"\s{name}%\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    counted = r"server errors: (\d+)" if script else r"Non-2xx or 3xx responses: (\d+)"
    errors = sum(int(found) for found in re.findall(counted, output))
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors += sum(int(count) for count in socket.groups()) if socket else 0
    return rps, percentile("50"), percentile("99"), errors


def main():
    ensure_wrk()
    databases = {size: f"somos_bench_{os.getpid()}_{size}" for size in SIZES}
    static_root = tempfile.mkdtemp(prefix="somos-bench-static-")
    results, latency, viral = {}, {}, None
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
        if VIRAL:
            size = SIZES[-1]
            flush_redis(7)
            env = environment(databases[size], static_root, "cached", 7)
            server = serve(env, PORT, args=QUIET)
            try:
                viral = viral_day(env, PORT, static_root)
            finally:
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
    if viral:
        (trivial, _, trivial_p99, _), (rps, p50, p99, errors), changed = viral
        ratio, tail = rps / trivial, p99 / trivial_p99
        met = ratio >= VIRAL_GOALS["throughput"] and tail <= VIRAL_GOALS["p99"] and not errors
        goal = f"≥ {VIRAL_GOALS['throughput']}, p99 ≤ {VIRAL_GOALS['p99']} ×"
        print(
            f"| {SIZES[-1]:,} | viral day mix | as it comes | {rps:,.0f} | {ratio:.2f} | "
            f"{goal} {'met' if met else 'NOT met'} | {p50:.1f} | {p99:.1f} |"
        )
        print(
            f"\nviral day, {VIRAL_SECONDS} s: the trivial view alone {trivial:,.0f} req/s, p99 "
            f"{trivial_p99:.1f} ms; the mix's p99 is {tail:.1f} × that; errors {errors}; "
            f"{changed['pledges']} pledges and {changed['approvals']} approvals meanwhile; the "
            f"most read story withdrawn at {changed['withdrawn_at']:.1f} s, then "
            f"{changed['reads']} answers read, {changed['stale']} of them showing it "
            f"({changed['unanswered']} not answered within 30 s)"
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
