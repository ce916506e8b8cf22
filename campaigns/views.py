from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods, require_safe

from somos import ratelimit
from somos.cards import image_response, stored_card

from .forms import PledgeForm
from .models import Campaign, Pledge
from .share_images import campaign_card

PLEDGES_PER_HOUR = 10


@require_http_methods(["GET", "POST"])
def pledge(request):
    if request.method == "POST":
        form = PledgeForm(request.POST)
        if ratelimit.limit_reached("pledge", request, limit=PLEDGES_PER_HOUR):
            form.rate_limited = True
            return render(request, "campaigns/pledge.html", {"form": form}, status=429)
        if form.is_valid():
            taken = Pledge.objects.create(
                campaign=form.cleaned_data["campaign"],
                first_name=form.cleaned_data["first_name"],
                country=form.cleaned_data["country"],
                language=get_language(),
            )
            ratelimit.record("pledge", request)
            request.session["pledge_name"] = taken.first_name
            url = reverse("campaigns:pledge_thanks", args=[taken.campaign.slug])
            return redirect(url)
        return render(request, "campaigns/pledge.html", {"form": form}, status=400)

    initial = {}
    slug = request.GET.get("campaign", "")
    if slug:
        initial["campaign"] = Campaign.objects.active().filter(slug=slug).first()
    return render(request, "campaigns/pledge.html", {"form": PledgeForm(initial=initial)})


@require_safe
def pledge_thanks(request, slug):
    campaign = get_object_or_404(Campaign.objects.active().with_pledge_counts(), slug=slug)
    first_name = request.session.pop("pledge_name", "")
    return render(
        request, "campaigns/pledge_thanks.html", {"campaign": campaign, "first_name": first_name}
    )


@require_safe
def colours(request):
    """A stylesheet with each campaign's colours, so pages need no inline style."""
    css = render_to_string("campaigns/colours.css", {"campaigns": Campaign.objects.active()})
    response = HttpResponse(css, content_type="text/css; charset=utf-8")
    # Pages link it with a fingerprint of the colours, so it may be cached for long.
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


@require_safe
def campaign_share_image(request, slug):
    campaign = get_object_or_404(Campaign.objects.active(), slug=slug)
    name = stored_card(f"campaign-{campaign.slug}", campaign_card(campaign))
    return image_response(name, max_age=3600)
