from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language, override
from django.views.decorators.http import require_http_methods, require_safe

from stories import ratelimit
from stories.models import Story, Theme
from stories.share_images import campaign_card, image_response, site_card, stored_card

from .forms import PledgeForm
from .listing import StoryFilters, filter_groups, story_page
from .models import Campaign, Pledge
from .pagecache import cached_page

PLEDGES_PER_HOUR = 10


@require_safe
@cached_page(shows_pledge_counts=True)
def home(request):
    campaigns = list(Campaign.objects.active().with_pledge_counts())
    featured = Story.objects.published().filter(featured=True).for_listing()[:6]
    return render(
        request,
        "campaigns/home.html",
        {
            "campaigns": campaigns,
            "featured_stories": featured,
            "pledge_total": sum(c.pledge_count for c in campaigns),
        },
    )


@require_safe
@cached_page(shows_pledge_counts=True)
def detail(request, slug):
    campaign = get_object_or_404(
        Campaign.objects.active().with_pledge_counts().prefetch_related("partners"), slug=slug
    )
    filters = StoryFilters.from_query(request.GET)
    page = story_page(campaign, filters, request.GET.get("page"))
    return render(
        request,
        "campaigns/detail.html",
        {
            "campaign": campaign,
            "page": page,
            "filters": filters,
            "filter_groups": filter_groups(filters, Theme.objects.all()),
            "facts": campaign.facts.all(),
            "media_contacts": campaign.media_contacts.all(),
        },
    )


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
