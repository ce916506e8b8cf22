from django.urls import path

from . import views

app_name = "campaigns"

urlpatterns = [
    path("about/", views.about, name="about"),
    path("pledge/", views.pledge, name="pledge"),
    path("pledge/<slug:slug>/thanks/", views.pledge_thanks, name="pledge_thanks"),
]
