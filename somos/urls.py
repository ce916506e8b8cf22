"""Root URLs: every public page sits under a language prefix (/es/, /en/, /pt/, /pap/).

The composition root: the one module of somos/ that imports the apps.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from campaigns import views as campaign_views
from stories import views as story_views
from stories.sitemaps import SITEMAPS

from . import views
from .health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("campaign-colours.css", campaign_views.colours, name="campaign-colours"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("share-images/site-<str:language>.png", views.site_share_image, name="share-image-site"),
    path(
        "share-images/campaigns/<slug:slug>.png",
        campaign_views.campaign_share_image,
        name="share-image-campaign",
    ),
    path(
        "share-images/stories/<int:pk>.png",
        story_views.story_share_image,
        name="share-image-story",
    ),
]

urlpatterns += i18n_patterns(
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("stories.urls")),
    path("", include("campaigns.urls")),
)

# Uploaded photos, served by Django only in development; production serves them from storage.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
