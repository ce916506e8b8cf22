"""gunicorn takes its workers and threads from the environment."""

import runpy

from django.conf import settings


def test_gunicorn_reads_workers_and_threads_from_the_environment(monkeypatch):
    monkeypatch.setenv("WEB_CONCURRENCY", "5")
    monkeypatch.setenv("GUNICORN_THREADS", "8")
    monkeypatch.setenv("PORT", "9000")

    config = runpy.run_path(str(settings.BASE_DIR / "gunicorn.conf.py"))

    assert (config["workers"], config["threads"], config["bind"]) == (5, 8, "0.0.0.0:9000")
