"""Root URLs: every public page sits under a language prefix (/es/, /en/, /pt/, /pap/)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from campaigns.views import colours

urlpatterns = [
    path("campaign-colours.css", colours, name="campaign-colours"),
]

urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("", include("stories.urls")),
    path("", include("campaigns.urls")),
)

# Uploaded photos, served by Django only in development; production serves them from storage.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
