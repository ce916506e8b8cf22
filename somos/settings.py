"""Settings for Somos, read from the environment.

Nothing set gives a safe production configuration that refuses to start without
SECRET_KEY and ALLOWED_HOSTS; DEBUG=1 adds the development conveniences.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    """Return the variable as a boolean: 1, true, yes and on are true."""
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    """Return the variable as an integer, or the default when unset."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from exc


def env_list(name, default=()):
    """Return the comma-separated variable as a list, or the default when unset."""
    value = os.environ.get(name, "")
    if not value.strip():
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "development-only-key-never-used-in-production-" + "x" * 20

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before it.
    "modeltranslation",
    # Django's admin, with the site that adds two-step verification for staff.
    "moderation.apps.StaffAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_tasks",
    "django_tasks_db",
    # Site-wide plumbing; its one model keeps the versions of cached pages.
    "somos",
    "campaigns",
    "stories",
    "moderation",
    # Demo content and `manage.py load_demo`; no other app imports it.
    "demo",
]

# Background tasks (e-mails) in the database: no extra server; `manage.py db_worker` runs them.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# The public address of the site, for links in e-mails.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# How often each campaign's moderators get one e-mail about new submissions.
DIGEST_INTERVAL_MINUTES = env_int("DIGEST_INTERVAL_MINUTES", 60)

MIDDLEWARE = [
    "somos.requestlog.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Cached public pages are answered here, as stored with the headers of the middleware after it.
    "somos.pagecache.PageCacheMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages compressed for phones on prepaid data; Django pads them against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    # ETags for every page, and 304 answers to browsers that already have it.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it answers a locked-out login with its page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "somos.urls"
WSGI_APPLICATION = "somos.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "somos.context_processors.site",
                "campaigns.context_processors.navigation",
            ],
        },
    },
]

# Absent DATABASE_URL: an SQLite file in the project, so a newcomer needs no server.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Planning a query costs PostgreSQL more than running it on these pages: a query a
    # connection has run five times is kept prepared, planned once (except where the best plan
    # depends on the values: somos.database). Needs parameters sent apart from the query
    # (server-side binding). Off (0) behind a pooler that cannot keep prepared statements
    # (PgBouncer before 1.21, or without max_prepared_statements).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True,
        prepare_threshold=5 if env_bool("DATABASE_PREPARED_STATEMENTS", True) else None,
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Public pages are cached whole, per language, and dropped when their content changes.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 15 * 60)
# Parts of pages (story cards, a story's text, a campaign's hero, filters, facts and partners, the
# header's campaigns), kept per version of what they show: a page made again after a change
# reuses those that did not change (somos/pageparts.py).
PAGE_PARTS_CACHE_SECONDS = env_int("PAGE_PARTS_CACHE_SECONDS", PAGE_CACHE_SECONDS)
# The versions cached pages are checked against are copied from the database into the cache for
# this long at most (somos/pageversions.py).
PAGE_VERSION_SECONDS = env_int("PAGE_VERSION_SECONDS", 30)

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's own Redis backend, keeping its client between calls.
            "BACKEND": "somos.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "somos",
            # An unreachable Redis costs a request at most this long, then it goes without.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Rejected stories, login records and finished e-mail tasks are erased after this many days by
# `manage.py purge` (run it daily); withdrawn stories are erased at once.
RETENTION_DAYS = env_int("RETENTION_DAYS", 180)

# Staff logins. django-axes counts failed passwords per username and address in the database,
# so every app process sees them; the right password is refused while the pair is locked out.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "moderation.staff_site.locked_out"
# Lock-outs count per username and client, and keep the client only as a keyed hash.
AXES_CLIENT_IP_CALLABLE = "somos.ratelimit.hashed_client_address"
# Log-in records (with the browsers' user agents) are erased after this many days by `purge`.
LOGIN_RECORD_DAYS = env_int("LOGIN_RECORD_DAYS", 30)
# A second step (a code from an authenticator app) for every staff login, when set; otherwise
# only for staff who turned it on themselves.
REQUIRE_2FA = env_bool("REQUIRE_2FA")
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Somos")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Papiamentu is not shipped by Django: it needs its LANG_INFO entry and the
# compiled catalogue in locale/pap (Django accepts a language only when gettext finds it).
LANG_INFO["pap"] = {
    "bidi": False,
    "code": "pap",
    "name": "Papiamento",
    "name_local": "Papiamentu",
}
LANGUAGE_CODE = "es"
LANGUAGES = [
    ("es", _("Spanish")),
    ("en", _("English")),
    ("pt", _("Portuguese")),
    ("pap", _("Papiamentu")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["somos.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "America/Lima"

MODELTRANSLATION_DEFAULT_LANGUAGE = "es"
# The languages are named once, in LANGUAGES; everything else derives from it.
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("es",), "pap": ("es", "en")}
# The admin's translation tabs use jQuery UI; ours is shipped, never loaded from a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "staticfiles"))
MEDIA_URL = "media/"
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))
# Media (photos, share images, logos, briefing kits): an S3-compatible bucket when S3_BUCKET is
# set, so that any number of app processes share them; a local folder otherwise.
S3_BUCKET = os.environ.get("S3_BUCKET", "")
S3_ENDPOINT_URL = os.environ.get("S3_ENDPOINT_URL", "")
# The address browsers use for media when it is not the endpoint's (a CDN, or MinIO published on
# another host name).
S3_PUBLIC_URL = os.environ.get("S3_PUBLIC_URL", "").rstrip("/")


# How long browsers and networks may keep a stored photo or share card: a withdrawn photo may
# be shown from their copies for this long, and no longer.
MEDIA_CACHE_SECONDS = env_int("MEDIA_CACHE_SECONDS", 3600)


def s3_media_storage(
    bucket, *, endpoint_url, access_key, secret_key, region, public_url, cache_seconds=3600
):
    """The S3 storage of media, and the origin pages may show its images from."""
    aws = f"https://s3.{region}.amazonaws.com" if region else "https://s3.amazonaws.com"
    # Addresses are built from this prefix: without it, django-storages signs a URL for every
    # image of a page only to strip the signature (about 0.25 ms each).
    public = urlsplit(public_url or f"{(endpoint_url or aws).rstrip('/')}/{bucket}")
    storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": endpoint_url or None,
            "access_key": access_key,
            "secret_key": secret_key,
            "region_name": region or None,
            "addressing_style": "path",
            "signature_version": "s3v4",
            # Names are random and never reused: a stored file is never replaced.
            "file_overwrite": False,
            # Published photos are public; unsigned addresses keep cached pages valid.
            "querystring_auth": False,
            "object_parameters": {"CacheControl": f"public, max-age={cache_seconds}"},
            "custom_domain": public.netloc + public.path.rstrip("/"),
            "url_protocol": f"{public.scheme}:",
        },
    }
    return storage, f"{public.scheme}://{public.netloc}"


if S3_BUCKET:
    MEDIA_STORAGE, _media_origin = s3_media_storage(
        S3_BUCKET,
        endpoint_url=S3_ENDPOINT_URL,
        access_key=os.environ.get("S3_ACCESS_KEY", ""),
        secret_key=os.environ.get("S3_SECRET_KEY", ""),
        region=os.environ.get("S3_REGION", ""),
        public_url=S3_PUBLIC_URL,
        cache_seconds=MEDIA_CACHE_SECONDS,
    )
    # The content policy lets pages show images from there and nowhere else.
    MEDIA_ORIGINS = [_media_origin]
else:
    MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    MEDIA_ORIGINS = []
STORAGES = {
    "default": MEDIA_STORAGE,
    # Hashed, compressed copies made by collectstatic; runserver serves the sources in DEBUG.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Story submission: abuse protection. Behind a load balancer, TRUSTED_PROXY_COUNT is the
# number of proxies that append to X-Forwarded-For (usually 1).
RATELIMIT_ENABLE = env_bool("RATELIMIT_ENABLE", True)
# Photos decoded at once by one process; others wait up to PHOTO_DECODE_WAIT_SECONDS, then the
# visitor is asked to send the form again, with their text kept.
PHOTO_DECODES_AT_ONCE = env_int("PHOTO_DECODES_AT_ONCE", 2)
PHOTO_DECODE_WAIT_SECONDS = env_int("PHOTO_DECODE_WAIT_SECONDS", 10)
STORY_SUBMISSIONS_PER_HOUR = env_int("STORY_SUBMISSIONS_PER_HOUR", 6)
FORM_MIN_FILL_SECONDS = env_int("FORM_MIN_FILL_SECONDS", 3)
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# The addresses (or networks) of those proxies: X-Forwarded-For from anyone else is ignored.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", ["127.0.0.1/32", "::1/128"])

# E-mail: the console in development unless a host is given; SMTP otherwise.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Somos <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if DEBUG and not EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = EMAIL_HOST or "localhost"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = 10

# Security. The site runs behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
# Nothing inline, nothing from other sites, except the privacy-enhanced video players a visitor
# chooses to load.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
CSRF_FAILURE_VIEW = "somos.views.csrf_failure"
# No page needs the camera, the microphone or the visitor's location.
PERMISSIONS_POLICY = {"camera": [], "microphone": [], "geolocation": [], "payment": []}
# Staff sessions end after this much idle time; every request extends them.
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_MINUTES", 60) * 60
SESSION_SAVE_EVERY_REQUEST = True
# The admin's address; a less obvious one keeps it out of automated scans.
ADMIN_URL = os.environ.get("ADMIN_URL", "admin/").strip("/") + "/"
X_FRAME_OPTIONS = "DENY"

# One JSON object per line on stdout, with the request's id and nothing private in it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "somos.requestlog.JSONFormatter"},
        # Easier to read in a terminal while developing; scrubbed all the same.
        "text": {
            "()": "somos.requestlog.ScrubbedFormatter",
            "format": "%(levelname)s %(name)s: %(message)s",
        },
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "text" if DEBUG else "json",
        }
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Every request is logged once, by somos.requestlog; Django's own line would repeat it.
        "django.server": {"level": "WARNING"},
        "django.request": {"level": "ERROR"},
        # Lock-outs are warnings; each failed attempt is already counted in the database.
        "axes": {"level": "WARNING"},
    },
}
