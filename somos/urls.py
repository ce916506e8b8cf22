"""Root URLs: every public page sits under a language prefix (/es/, /en/, /pt/, /pap/)."""

from django.conf.urls.i18n import i18n_patterns
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
