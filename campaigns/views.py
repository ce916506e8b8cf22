from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from somos import ratelimit
from somos.cards import image_response, stored_card
from somos.sharing import share_links

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
                country=form.cleaned_data["country"],
                language=get_language(),
            )
            ratelimit.record("pledge", request)
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
    url = request.build_absolute_uri(campaign.get_absolute_url())
    text = _("I have pledged not to discriminate against refugees and migrants. Join me:")
    if campaign.hashtag:
        text = f"{text} {campaign.hashtag}"
    context = {"campaign": campaign, "share": share_links(url, text), "share_url": url}
    return render(request, "campaigns/pledge_thanks.html", context)


@require_safe
def about(request):
    """Who runs each campaign, who answers for the data, and how to ask about it."""
    return render(request, "campaigns/about.html", {"campaigns": Campaign.objects.active()})


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
