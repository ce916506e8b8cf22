"""Settings come from the environment and are safe when nothing is set."""

import json
import os
import subprocess
import sys

from django.conf import settings

BASE_ENV = {"PATH": os.environ.get("PATH", ""), "DJANGO_SETTINGS_MODULE": "somos.settings"}
# Fifty characters, varied enough for Django's own check of secret keys.
DEPLOY_KEY = "Zq8-vR2!mT5@kW9#pL3$xN7^cB1&hJ4*dF6(gS0)yU2_eA5+iO8="
PRODUCTION = {"SECRET_KEY": "p" * 50, "ALLOWED_HOSTS": "somos.example.org"}


def read_settings(expression, **environment):
    """Import the settings in a fresh process with only the given environment."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import json; from django.conf import settings; print({expression})",
        ],
        cwd=settings.BASE_DIR,
        env={**BASE_ENV, **environment},
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result


def test_production_refuses_to_start_without_a_secret_key():
    result = read_settings("settings.DEBUG", ALLOWED_HOSTS="somos.example.org")

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = read_settings("settings.DEBUG", SECRET_KEY="p" * 50)

    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_debug_is_off_unless_set():
    assert read_settings("settings.DEBUG", **PRODUCTION).stdout.strip() == "False"


def test_development_runs_with_nothing_set():
    result = read_settings("settings.DEBUG, settings.ALLOWED_HOSTS", DEBUG="1")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True ['localhost', '127.0.0.1', '[::1]']"


def test_no_database_url_means_an_sqlite_file_in_the_project():
    result = read_settings(
        "settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME']", DEBUG="1"
    )

    engine, name = result.stdout.strip().split(" ", 1)
    assert engine == "django.db.backends.sqlite3"
    assert name == str(settings.BASE_DIR / "db.sqlite3")


def test_database_url_selects_postgresql():
    result = read_settings(
        "settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME'], "
        "settings.DATABASES['default']['HOST']",
        DATABASE_URL="postgres://somos:secret@db.internal:5432/somos",
        **PRODUCTION,
    )

    assert result.stdout.split() == ["django.db.backends.postgresql", "somos", "db.internal"]


def test_postgresql_queries_are_kept_prepared_unless_turned_off():
    options = "json.dumps(settings.DATABASES['default']['OPTIONS'], sort_keys=True)"
    url = "postgres://somos:secret@db.internal:5432/somos"

    prepared = read_settings(options, DATABASE_URL=url, **PRODUCTION)
    behind_a_pooler = read_settings(
        options, DATABASE_URL=url, DATABASE_PREPARED_STATEMENTS="0", **PRODUCTION
    )

    assert json.loads(prepared.stdout) == {"prepare_threshold": 5, "server_side_binding": True}
    assert json.loads(behind_a_pooler.stdout)["prepare_threshold"] is None


def test_redis_url_selects_the_redis_cache():
    result = read_settings(
        "settings.CACHES['default']['BACKEND']", REDIS_URL="redis://127.0.0.1:6379/3", **PRODUCTION
    )

    assert result.stdout.strip() == "somos.redis_cache.RedisCache"


def test_no_redis_url_means_a_local_memory_cache():
    result = read_settings("settings.CACHES['default']['BACKEND']", **PRODUCTION)

    assert result.stdout.strip() == "django.core.cache.backends.locmem.LocMemCache"


def test_mail_goes_to_the_console_in_development_and_to_smtp_in_production():
    development = read_settings("settings.EMAIL_BACKEND", DEBUG="1")
    production = read_settings(
        "settings.EMAIL_BACKEND, settings.EMAIL_HOST, settings.EMAIL_PORT",
        EMAIL_HOST="smtp.example.org",
        EMAIL_PORT="2525",
        **PRODUCTION,
    )

    assert development.stdout.strip() == "django.core.mail.backends.console.EmailBackend"
    assert production.stdout.split() == [
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.example.org",
        "2525",
    ]


def test_media_and_static_roots_come_from_the_environment():
    result = read_settings(
        "settings.MEDIA_ROOT, settings.STATIC_ROOT",
        MEDIA_ROOT="/srv/somos/media",
        STATIC_ROOT="/srv/somos/static",
        **PRODUCTION,
    )

    assert result.stdout.split() == ["/srv/somos/media", "/srv/somos/static"]


def test_s3_bucket_selects_s3_storage_and_lets_pages_show_its_images():
    result = read_settings(
        "json.dumps([settings.STORAGES['default'], "
        "settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']])",
        S3_BUCKET="somos-media",
        S3_ENDPOINT_URL="http://minio:9000",
        S3_PUBLIC_URL="https://media.somos.example.org/somos-media",
        S3_ACCESS_KEY="access",
        S3_SECRET_KEY="secret",
        S3_REGION="sa-east-1",
        **PRODUCTION,
    )

    storage, img_src = json.loads(result.stdout)
    options = storage["OPTIONS"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert options["bucket_name"] == "somos-media"
    assert options["endpoint_url"] == "http://minio:9000"
    assert options["region_name"] == "sa-east-1"
    assert options["custom_domain"] == "media.somos.example.org/somos-media"
    assert options["querystring_auth"] is False
    assert options["file_overwrite"] is False
    assert "https://media.somos.example.org" in img_src


def test_media_addresses_are_the_endpoints_when_no_public_address_is_given():
    result = read_settings(
        "json.dumps([settings.STORAGES['default']['OPTIONS'], "
        "settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']])",
        S3_BUCKET="somos-media",
        S3_ENDPOINT_URL="http://minio:9000",
        **PRODUCTION,
    )

    options, img_src = json.loads(result.stdout)
    assert options["custom_domain"] == "minio:9000/somos-media"
    assert options["url_protocol"] == "http:"
    assert "http://minio:9000" in img_src


def test_no_s3_bucket_means_local_media_files():
    result = read_settings("settings.STORAGES['default']['BACKEND']", **PRODUCTION)

    assert result.stdout.strip() == "django.core.files.storage.FileSystemStorage"


def test_a_malformed_number_is_reported_by_name():
    result = read_settings("settings.EMAIL_PORT", EMAIL_PORT="five", **PRODUCTION)

    assert "EMAIL_PORT must be a whole number" in result.stderr


def test_deploy_check_is_clean_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env={
            **BASE_ENV,
            "DEBUG": "0",
            "SECRET_KEY": DEPLOY_KEY,
            "ALLOWED_HOSTS": "somos.example.org",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_logs_are_json_in_production_and_plain_text_in_development():
    expression = "settings.LOGGING['handlers']['stdout']['formatter']"

    assert read_settings(expression, **PRODUCTION).stdout.strip() == "json"
    assert read_settings(expression, DEBUG="1").stdout.strip() == "text"
