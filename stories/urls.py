from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views
from .feeds import CampaignStoriesFeed

app_name = "stories"

urlpatterns = [
    path("", views.home, name="home"),
    path("campaigns/<slug:slug>/", views.campaign, name="campaign"),
    path("campaigns/<slug:slug>/feed/", CampaignStoriesFeed(), name="campaign_feed"),
    path(_("privacy/"), views.privacy, name="privacy"),
    path("share/", views.share, name="share"),
    path("stories/<int:pk>/", views.detail, name="detail"),
    path("search/", views.search, name="search"),
    path("my-story/<str:token>/", views.manage, name="manage"),
    path("my-story/<str:token>/withdraw/", views.withdraw, name="withdraw"),
    path("my-story/<str:token>/send-link/", views.mail_link, name="mail_link"),
]
