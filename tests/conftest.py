import uuid

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from campaigns.models import Campaign
from demo.campaigns import load_campaign_details, load_campaigns
from demo.stories import load_consent_texts, load_themes
from moderation.roles import setup_roles
from somos.forms import new_form_token
from somos.settings import s3_media_storage
from stories.models import Theme
from tests.factories import STORY_BODY, make_staff
from tests.images import phone_jpeg
from tests.s3 import ACCESS_KEY, REGION, SECRET_KEY, S3Server

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(scope="session", autouse=True)
def collected_static(tmp_path_factory):
    """Hashed, compressed static files, as production serves them."""
    settings.STATIC_ROOT = str(tmp_path_factory.mktemp("static"))
    call_command("collectstatic", interactive=False, verbosity=0)
    return settings.STATIC_ROOT


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test stores its files in a folder of its own."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counts and cached pages do not leak from one test to the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Production's slow hash makes each staff login of a test cost a third of a second."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def no_minimum_fill_time(settings):
    """Tests fill forms faster than people; the tests of that rule set it back."""
    settings.FORM_MIN_FILL_SECONDS = 0


@pytest.fixture
def demo_campaigns(db):
    """The three launch campaigns, as `load_demo` creates them."""
    load_campaigns()


@pytest.fixture
def demo_content(demo_campaigns):
    """Campaigns with their facts and partners, themes and consent texts, as `load_demo`
    creates them (without the sample stories)."""
    load_campaign_details()
    load_themes()
    load_consent_texts()


# The campaigns and staff every test may use, as personas.


@pytest.fixture
def peru(demo_content):
    return Campaign.objects.get(slug="tu-causa-es-mi-causa")


@pytest.fixture
def chile(demo_content):
    return Campaign.objects.get(slug="somos-encuentro")


@pytest.fixture
def roles(db):
    setup_roles()


@pytest.fixture
def peru_moderator(roles, peru):
    """Rosa moderates the Peru campaign only."""
    return make_staff("rosa.peru", "moderator", [peru])


@pytest.fixture
def second_peru_moderator(roles, peru):
    """Luis moderates the Peru campaign too, at the same time as Rosa."""
    return make_staff("luis.peru", "moderator", [peru])


@pytest.fixture
def chile_moderator(roles, chile):
    """Pablo moderates the Chile campaign only."""
    return make_staff("pablo.chile", "moderator", [chile])


@pytest.fixture
def editor(roles):
    """Elena edits campaign content and moderates no stories."""
    return make_staff("elena.editor", "editor")


@pytest.fixture
def superuser(db):
    return make_staff("admin", superuser=True)


@pytest.fixture
def story_data(demo_content):
    """A factory of valid form data for a story, with any field changed."""

    campaign = Campaign.objects.get(slug="tu-causa-es-mi-causa")
    theme_ids = dict(Theme.objects.values_list("slug", "pk"))

    def make(**changes):
        data = {
            "campaign": str(campaign.pk),
            "language": "es",
            "title": "La cocina de la señora Rosa",
            "body": STORY_BODY,
            "themes": [str(theme_ids["food"]), str(theme_ids["community"])],
            "author_display": "first_name",
            "author_name": "María José Pérez",
            "author_role": "migrant",
            "country": "PE",
            "city": "Lima",
            "video_url": "",
            "contact_email": "",
            "consent_publication": "on",
            "consent_photo": "on",
            "consent_age": "on",
            "website": "",
            "form_token": new_form_token(),
        }
        data.update(changes)
        return {key: value for key, value in data.items() if value is not None}

    return make


@pytest.fixture
def phone_photo():
    """A factory of uploads of a sideways phone JPEG full of private metadata."""

    def make(name="IMG_20240312_Miraflores.jpg", **options):
        return SimpleUploadedFile(name, phone_jpeg(**options), content_type="image/jpeg")

    return make


@pytest.fixture(scope="session")
def s3_server():
    """A real S3 API on loopback (moto's server), shared by the tests that need one."""
    server = S3Server()
    yield server
    server.stop()


@pytest.fixture
def s3_bucket(s3_server, settings):
    """Media stored in a new, empty bucket through django-storages, as in production."""
    bucket = s3_server.new_bucket(f"somos-{uuid.uuid4().hex[:12]}")
    storage, _origin = s3_media_storage(
        bucket.name,
        endpoint_url=s3_server.endpoint,
        access_key=ACCESS_KEY,
        secret_key=SECRET_KEY,
        region=REGION,
        public_url="",
    )
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    yield bucket
    bucket.empty()


@pytest.fixture
def run_worker(monkeypatch):
    """Run the queued tasks as the worker does, inside the test's transaction.

    The worker closes connections that are in a transaction between tasks; the test's own
    transaction must stay open, so that step is left out here.
    """
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    return lambda: call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
