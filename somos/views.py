"""Pages of the site as a whole: robots.txt, its own share image, the refused-form page."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import override
from django.views.decorators.http import require_safe

from .cards import image_response, site_card, stored_card


@require_safe
def site_share_image(request, language):
    if language not in dict(settings.LANGUAGES):
        raise Http404
    with override(language):
        return image_response(stored_card(f"site-{language}", site_card()), max_age=3600)


@require_safe
def robots_txt(request):
    lines = ["User-agent: *"]
    # The admin's address is left out: robots.txt must not point to it.
    for code, _name in settings.LANGUAGES:
        lines.append(f"Disallow: /{code}/my-story/")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def csrf_failure(request, reason=""):
    """A form sent without its security token: explain in the visitor's language what to do."""
    return render(request, "403_csrf.html", status=403)


@require_safe
def favicon(request):
    """Browsers and the admin ask for /favicon.ico; the site's icon is an SVG."""
    return redirect(static("img/favicon.svg"), permanent=True)
