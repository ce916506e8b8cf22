"""Briefing kits for the press: real PDFs only, stored under a .pdf name.

A file is read as a PDF, not recognised by its first bytes: an HTML page that starts with
"%PDF-" would otherwise be stored, and served from the media store as a web page.
"""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import PyPdfError

MAX_BYTES = 20 * 1024 * 1024
NOT_A_PDF = _("The briefing kit must be a PDF file.")


def checked_briefing_kit(upload):
    """The upload, named *.pdf, if it is a readable PDF of at least one page; else raise."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("Please choose a briefing kit of at most %(max)s MB.")
            % {"max": MAX_BYTES // 1_048_576},
            code="too_large",
        )
    upload.seek(0)
    try:
        pages = len(PdfReader(upload).pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise ValidationError(NOT_A_PDF, code="not_a_pdf") from exc
    finally:
        upload.seek(0)
    if pages < 1:
        raise ValidationError(NOT_A_PDF, code="not_a_pdf")
    upload.name = f"{slugify(Path(upload.name).stem)[:80] or 'briefing-kit'}.pdf"
    # The storage sends the type the browser claimed, if any, over the one the name gives.
    upload.content_type = "application/pdf"
    return upload
