"""Root URLs: every public page sits under a language prefix (/es/, /en/, /pt/, /pap/).

The composition root: the one module of somos/ that imports the apps.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.sitemaps import views as sitemaps
from django.urls import include, path

from campaigns import views as campaign_views
from moderation.staff_passwords import StaffPasswordResetView
from stories import views as story_views
from stories.sitemaps import SITEMAPS

from . import views
from .health import healthz
from .pagecache import STORIES, cached_page

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("campaign-colours.css", campaign_views.colours, name="campaign-colours"),
    path("robots.txt", views.robots_txt, name="robots"),
    # An index of sitemaps of at most 5,000 addresses each, cached like pages.
    path(
        "sitemap.xml",
        cached_page(shows=(STORIES,))(sitemaps.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cached_page(shows=(STORIES,), params=("p",))(sitemaps.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("share-images/site-<str:language>.png", views.site_share_image, name="share-image-site"),
    path(
        "share-images/campaigns/<slug:slug>.png",
        campaign_views.campaign_share_image,
        name="share-image-campaign",
    ),
    # Made before cards had a language: the card in the story's own language.
    path("share-images/stories/<int:pk>.png", story_views.story_share_image),
    path(
        "share-images/stories/<int:pk>/<str:language>/link",
        story_views.story_share_image,
        name="share-image-story",
    ),
    path(
        "share-images/stories/<int:pk>/<str:language>/instagram",
        story_views.story_share_image,
        {"shape": "instagram"},
        name="share-image-story-instagram",
    ),
]

# Staff who forgot their password get a link by e-mail; the admin's log-in page offers it.
staff_passwords = [
    path("password-reset/", StaffPasswordResetView.as_view(), name="admin_password_reset"),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]

urlpatterns += i18n_patterns(
    path(settings.ADMIN_URL, include(staff_passwords)),
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("stories.urls")),
    path("", include("campaigns.urls")),
)

# Uploaded photos, served by Django only in development; production serves them from storage.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
