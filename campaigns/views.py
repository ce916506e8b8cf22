from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.http import require_safe

from .models import Campaign


@require_safe
def home(request):
    return render(request, "campaigns/home.html", {"campaigns": Campaign.objects.active()})


@require_safe
def colours(request):
    """A stylesheet with each campaign's colours, so pages need no inline style."""
    css = render_to_string("campaigns/colours.css", {"campaigns": Campaign.objects.active()})
    response = HttpResponse(css, content_type="text/css; charset=utf-8")
    # Pages link it with a fingerprint of the colours, so it may be cached for long.
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


def csrf_failure(request, reason=""):
    """A form sent without its security token: explain in the visitor's language what to do."""
    return render(request, "403_csrf.html", status=403)
