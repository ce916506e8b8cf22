from django.urls import path

from . import views

app_name = "campaigns"

urlpatterns = [
    path("pledge/", views.pledge, name="pledge"),
    path("pledge/<slug:slug>/thanks/", views.pledge_thanks, name="pledge_thanks"),
]
