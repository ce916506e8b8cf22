"""A campaign's briefing kit is a real PDF, stored and served as one."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from campaigns.models import Campaign
from tests.factories import change_form_data, staff_client


def real_pdf():
    buffer = io.BytesIO()
    Image.new("RGB", (600, 800), "white").save(buffer, "PDF")
    return buffer.getvalue()


def send_kit(editor, campaign, name, content, content_type):
    client = staff_client(editor)
    url = f"/es/admin/campaigns/campaign/{campaign.pk}/change/"
    data = change_form_data(client, url)
    data.pop("briefing_kit", None)
    data["briefing_kit"] = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post(url, data)


def test_an_html_page_that_starts_like_a_pdf_is_refused_beside_the_field(editor, peru):
    before = peru.briefing_kit.name
    page = b"%PDF-1.7\n<html><script>alert(document.cookie)</script></html>"

    response = send_kit(editor, peru, "kit.html", page, "text/html")

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["briefing_kit"] == [
        "El kit de prensa debe ser un archivo PDF."
    ]
    assert Campaign.objects.get(pk=peru.pk).briefing_kit.name == before


def test_a_real_pdf_is_stored_under_a_pdf_name_and_served_as_a_pdf(editor, peru, s3_bucket):
    response = send_kit(editor, peru, "kit.html", real_pdf(), "text/html")

    assert response.status_code == 302, response.context["adminform"].form.errors or [
        f.formset.errors for f in response.context["inline_admin_formsets"]
    ]
    kit = Campaign.objects.get(pk=peru.pk).briefing_kit
    assert kit.name.startswith("briefing-kits/kit") and kit.name.endswith(".pdf")
    assert s3_bucket.get(kit.name)["ContentType"] == "application/pdf"
