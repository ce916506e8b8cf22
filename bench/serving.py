"""What the benchmarks share: the site's production environment, gunicorn, databases, tools.

Each benchmark runs the site as production does (gunicorn, PostgreSQL, Redis, DEBUG off) in a
database and a Redis db of its own, on loopback.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).parent / "gunicorn")
HOST = "127.0.0.1"

# The tests' helpers (moto's S3 server) live with the tests.
sys.path.insert(0, str(ROOT))


def run(*args, env=None, **kwargs):
    return subprocess.run(args, cwd=ROOT, env=env, check=True, **kwargs)


def psql(database, sql):
    """Run one SQL statement as the postgres user."""
    run(
        "psql",
        "-h",
        HOST,
        "-U",
        "postgres",
        "-q",
        "-v",
        "ON_ERROR_STOP=1",
        "-d",
        database,
        "-c",
        sql,
    )


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def flush_redis(db):
    subprocess.run(["redis-cli", "-n", str(db), "FLUSHDB"], capture_output=True)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    print("installing wrk from Debian's packages…")
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)


def site_environment(*, database, redis_db, static_root, **overrides):
    """Production settings on loopback, rate limits off, for a database and Redis db of its own."""
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@{HOST}:5432/{database}",
        "REDIS_URL": f"redis://{HOST}:6379/{redis_db}",
        "SECRET_KEY": "bench-only-" + "k9#Lm2$pQ7" * 5,
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "0",
        "DEBUG": "0",
        "STATIC_ROOT": str(static_root),
        "RATELIMIT_ENABLE": "0",
    }
    for name in ("S3_BUCKET", "S3_ENDPOINT_URL", "S3_ACCESS_KEY", "S3_SECRET_KEY", "S3_REGION"):
        env.pop(name, None)
    env.update({name: str(value) for name, value in overrides.items()})
    return env


def prepare_site(env):
    """Migrate, collect the static files and load the demo content."""
    run(PYTHON, "manage.py", "migrate", "-v0", env=env)
    run(PYTHON, "manage.py", "collectstatic", "--noinput", "-v0", env=env)
    run(PYTHON, "manage.py", "load_demo", env=env, capture_output=True)


def serve(env, port, *, args=(), log=subprocess.DEVNULL, settle=3):
    """Start gunicorn (gunicorn.conf.py) on the port; return it once it answers /healthz.

    `settle`: seconds to wait after the first answer, for the other workers to finish starting.
    """
    server = subprocess.Popen(
        [GUNICORN, "-c", "gunicorn.conf.py", "somos.wsgi", "-b", f"{HOST}:{port}", *args],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT if log is not subprocess.DEVNULL else None,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {server.returncode}")
        try:
            urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=2)
            time.sleep(settle)
            return server
        except OSError:
            time.sleep(0.2)
    stop(server)
    raise RuntimeError("gunicorn did not answer /healthz within a minute")


def stop(server):
    if server is None or server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
