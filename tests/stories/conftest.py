import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from campaigns.models import Campaign
from stories.forms import new_form_token
from stories.models import Theme

from .images import phone_jpeg

STORY_BODY = (
    "Llegué a Lima en 2018 con mi hija y una maleta. La señora Rosa, nuestra vecina, nos "
    "prestó una cocina y nos enseñó a preparar causa limeña. Hoy cocinamos juntas cada domingo."
)


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


def management_link(html):
    """The private link shown on the confirmation page."""
    match = re.search(r'href="(http://testserver/[a-z]+/my-story/([A-Za-z0-9_-]+)/)"', html)
    assert match, "the confirmation page shows the management link"
    return match.group(1), match.group(2)
