"""gunicorn settings, from the environment: `gunicorn somos.wsgi` reads this file."""

import os

# Inside a container every address is the container network's; elsewhere, bind to the address
# the proxy reaches, never to one the public can.
bind = os.environ.get("BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# Uploads of up to 10 MB on slow phone connections need time; the proxy buffers in front.
graceful_timeout = 30
keepalive = 5
# The address of the TLS proxy in front, whose X-Forwarded-* headers are trusted.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# No runtime control socket: workers are managed by the container or the service manager, and
# the process may have no writable home.
control_socket_disable = True
# Requests are logged by the application, with their id and without private details.
accesslog = None
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# gunicorn's own messages as JSON lines on stdout, like the application's.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "somos.settings")
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "somos.requestlog.JSONFormatter"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        }
    },
    "root": {"handlers": ["stdout"], "level": loglevel.upper()},
    "loggers": {
        "gunicorn.error": {"handlers": ["stdout"], "level": loglevel.upper(), "propagate": False}
    },
}
