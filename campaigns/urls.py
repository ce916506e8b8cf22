from django.urls import path

from . import views
from .feeds import CampaignStoriesFeed

app_name = "campaigns"

urlpatterns = [
    path("", views.home, name="home"),
    path("campaigns/<slug:slug>/", views.detail, name="detail"),
    path("campaigns/<slug:slug>/feed/", CampaignStoriesFeed(), name="feed"),
    path("pledge/", views.pledge, name="pledge"),
    path("pledge/<slug:slug>/thanks/", views.pledge_thanks, name="pledge_thanks"),
]
