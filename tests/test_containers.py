"""The production containers: compose.yaml and the Dockerfile, read as files.

No container engine runs where the suite runs, so these check what the files say: the services
and their health checks, what the application is given, and that the image is built to run
the site as production does.
"""

import json
import re
import shlex
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import pytest
import yaml
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
LONG_RUNNING = ["web", "worker", "purge", "postgres", "redis", "minio"]
APP_SERVICES = ["web", "worker", "migrate", "purge"]
# Read by the settings but deliberately not given in compose.yaml.
NOT_IN_COMPOSE = {
    # Media go to the S3 bucket, never to a local folder.
    "MEDIA_ROOT",
    # Turning the per-address limits off is for load tests only.
    "RATELIMIT_ENABLE",
    # Inside a container gunicorn binds the container's own network; BIND is for other hosts.
    "BIND",
}
# How the settings and gunicorn.conf.py read a variable, by name.
READ = re.compile(
    r"""(?:os\.environ\.get|os\.getenv|env_bool|env_int|env_list)\(\s*["']([A-Z][A-Z0-9_]*)["']"""
    r"""|os\.environ\[\s*["']([A-Z][A-Z0-9_]*)["']\s*\]"""
)
# An innermost ${...} of compose's interpolation.
INTERPOLATION = re.compile(r"\$\{[^${}]*\}")


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


@pytest.fixture(scope="module")
def services(compose):
    return compose["services"]


@pytest.fixture(scope="module")
def app_environment(services):
    return services["web"]["environment"]


@pytest.fixture(scope="module")
def config_source():
    return (ROOT / "somos" / "settings.py").read_text() + (ROOT / "gunicorn.conf.py").read_text()


@pytest.fixture(scope="module")
def variables_read(config_source):
    names = {first or second for first, second in READ.findall(config_source)}
    # dj_database_url.config() reads DATABASE_URL without naming it in the settings.
    if "dj_database_url.config(" in config_source:
        names.add(dj_database_url.DEFAULT_ENV)
    return names


def dockerfile_stages():
    """The Dockerfile's stages, each a list of (instruction, arguments), comments left out."""
    stages, logical = [], ""
    for line in (ROOT / "Dockerfile").read_text().splitlines():
        if line.strip().startswith("#"):
            continue
        logical += line.rstrip()
        if logical.endswith("\\"):
            logical = logical[:-1] + " "
            continue
        if logical.strip():
            instruction, _, arguments = logical.strip().partition(" ")
            if instruction.upper() == "FROM":
                stages.append([])
            stages[-1].append((instruction.upper(), arguments.strip()))
        logical = ""
    return stages


def final_stage(instruction):
    return [arguments for name, arguments in dockerfile_stages()[-1] if name == instruction]


def without_interpolation(value):
    """The value with every ${...} of compose replaced by a placeholder, nested ones too."""
    while INTERPOLATION.search(value):
        value = INTERPOLATION.sub("x", value)
    return value


def exec_form(arguments):
    return json.loads(arguments) if arguments.startswith("[") else shlex.split(arguments)


# compose.yaml


def test_compose_has_the_services(services):
    assert set(LONG_RUNNING) <= set(services)


def test_compose_follows_the_compose_specification_without_a_version_key(compose):
    assert "version" not in compose


@pytest.mark.parametrize("name", LONG_RUNNING)
def test_every_long_running_service_has_a_healthcheck(services, name):
    healthcheck = services[name].get("healthcheck", {})

    assert not healthcheck.get("disable")
    assert healthcheck.get("test")


def test_web_healthcheck_asks_healthz(services):
    assert "/healthz" in " ".join(services["web"]["healthcheck"]["test"])


@pytest.mark.parametrize("name", APP_SERVICES)
def test_app_services_use_the_image_built_from_the_dockerfile(services, name):
    build = services[name]["build"]
    build = build if isinstance(build, dict) else {"context": build}

    assert build["context"] == "."
    assert build.get("dockerfile", "Dockerfile") == "Dockerfile"
    assert services[name]["image"] == services["web"]["image"]


@pytest.mark.parametrize("name", APP_SERVICES)
def test_app_services_share_one_environment(services, name):
    assert services[name]["environment"] == services["web"]["environment"]


@pytest.mark.parametrize("name", ["web", "worker"])
def test_app_reaches_postgres_redis_and_minio_in_production_mode(services, name):
    environment = services[name]["environment"]

    database = urlsplit(without_interpolation(environment["DATABASE_URL"]))
    assert (database.scheme, database.hostname, database.port) == ("postgres", "postgres", 5432)
    assert urlsplit(environment["REDIS_URL"]).hostname == "redis"
    assert urlsplit(environment["S3_ENDPOINT_URL"]).hostname == "minio"
    assert str(environment["DEBUG"]) == "0"


@pytest.mark.parametrize("name", APP_SERVICES)
def test_secret_key_is_required_never_written(services, name):
    assert re.fullmatch(r"\$\{SECRET_KEY:\?[^}]+\}", services[name]["environment"]["SECRET_KEY"])


def test_no_password_or_secret_is_written_in_compose(services):
    written = [
        f"{service}: {variable}"
        for service, definition in services.items()
        for variable, value in (definition.get("environment") or {}).items()
        if re.search("SECRET|PASSWORD", variable)
        and value is not None
        and not re.fullmatch(r"\$\{[A-Z0-9_]+:\?[^}]+\}", value)
    ]

    assert written == []


def test_web_waits_for_healthy_services_and_the_migrations(services):
    depends_on = services["web"]["depends_on"]

    for name in ["postgres", "redis", "minio"]:
        assert depends_on[name]["condition"] == "service_healthy"
    assert depends_on["migrate"]["condition"] == "service_completed_successfully"


@pytest.mark.parametrize("name", ["worker", "purge"])
def test_background_services_wait_for_the_database_and_the_migrations(services, name):
    depends_on = services[name]["depends_on"]

    assert depends_on["postgres"]["condition"] == "service_healthy"
    assert depends_on["migrate"]["condition"] == "service_completed_successfully"


def test_migrate_runs_once_and_creates_the_roles(services):
    command = " ".join(services["migrate"]["command"])

    assert services["migrate"]["restart"] == "no"
    assert command.index("manage.py migrate --noinput") < command.index("manage.py setup_roles")


def test_personal_data_past_the_retention_period_is_purged_daily(services):
    command = " ".join(services["purge"]["command"])

    assert "manage.py purge" in command
    assert "sleep 86400" in command


def test_web_publishes_port_8000(services):
    assert any(str(port).endswith("8000:8000") for port in services["web"]["ports"])


def test_postgres_and_minio_keep_their_data_in_named_volumes(compose):
    for service, path in [("postgres", "/var/lib/postgresql/data"), ("minio", "/data")]:
        volume = next(
            v.split(":")[0] for v in compose["services"][service]["volumes"] if v.endswith(path)
        )
        assert volume in compose["volumes"]


def test_anyone_may_read_a_media_file_but_not_list_the_bucket(services):
    # Listing would reveal the photos of stories that are not published.
    command = " ".join(services["createbucket"]["command"])

    assert "s3:GetObject" in command
    assert "ListBucket" not in command
    assert not re.search(r"anonymous set (download|public)", command)


# What the application is given, and what it reads


def test_every_variable_compose_gives_the_app_is_read(
    app_environment, config_source, variables_read
):
    # Any quoted mention counts, so a variable read through a helper of its own counts too.
    unread = [
        name
        for name in app_environment
        if name not in variables_read and not re.search(rf"[\"']{name}[\"']", config_source)
    ]

    assert unread == [], "given in compose.yaml, read by neither settings.py nor gunicorn.conf.py"


def test_every_variable_the_app_reads_is_given_or_deliberately_left_out(
    app_environment, variables_read
):
    set_by_image = {
        assignment.partition("=")[0]
        for arguments in final_stage("ENV")
        for assignment in shlex.split(arguments)
    }
    # The pattern finds the settings' reads: were it broken, nothing would be missing.
    assert {"SECRET_KEY", "DATABASE_URL", "PORT", "WEB_CONCURRENCY"} <= variables_read

    missing = variables_read - set(app_environment) - set_by_image - NOT_IN_COMPOSE
    assert missing == set(), "read by the app, missing from compose.yaml's x-app environment"


def test_variables_left_out_of_compose_are_still_read(app_environment, variables_read):
    assert NOT_IN_COMPOSE <= variables_read
    assert not NOT_IN_COMPOSE & set(app_environment)


# Dockerfile


def test_dockerfile_builds_in_one_stage_and_runs_in_another():
    assert len(dockerfile_stages()) >= 2


def test_dockerfile_collects_static_files_at_build_time():
    runs = [arguments for name, arguments in dockerfile_stages()[0] if name == "RUN"]

    assert any("collectstatic --noinput" in run for run in runs)


def test_image_holds_every_app_of_the_project():
    copied = {
        arguments.split()[0]
        for name, arguments in dockerfile_stages()[-1]
        if name == "COPY" and not arguments.startswith("--")
    }
    apps = {
        app.split(".")[0] for app in settings.INSTALLED_APPS if (ROOT / app.split(".")[0]).is_dir()
    }

    assert apps <= copied


def test_image_keeps_no_secret_key_and_no_development_tools():
    environment = [
        arguments for stage in dockerfile_stages() for name, arguments in stage if name == "ENV"
    ]

    # The build's throw-away key is given to its one RUN step, never kept in an ENV.
    assert not any("SECRET_KEY" in arguments for arguments in environment)
    assert "[dev]" not in (ROOT / "Dockerfile").read_text()


def test_image_runs_as_a_user_other_than_root():
    users = final_stage("USER")

    assert users, "the final stage has no USER: it would run as root"
    assert users[-1].split(":")[0] not in {"root", "0"}


def test_image_health_check_fetches_healthz():
    healthcheck = final_stage("HEALTHCHECK")[-1]

    assert "urllib.request" in healthcheck
    assert "/healthz" in healthcheck


def test_image_starts_gunicorn_with_its_configuration():
    # The last ENTRYPOINT and CMD of the final stage, as Docker runs them: one after the other.
    started = [
        word
        for instruction in ["ENTRYPOINT", "CMD"]
        for arguments in final_stage(instruction)[-1:]
        for word in exec_form(arguments)
    ]

    assert started[:2] == ["gunicorn", "somos.wsgi"]
    assert started[started.index("-c") + 1] == "gunicorn.conf.py"


def test_dockerignore_keeps_local_data_and_tests_out():
    ignored = set((ROOT / ".dockerignore").read_text().split())

    assert {
        ".git",
        ".env",
        ".venv",
        "node_modules",
        "media",
        "staticfiles",
        "db.sqlite3",
        "**/__pycache__",
        "**/*.pyc",
        "tests",
        "bench",
    } <= ignored
