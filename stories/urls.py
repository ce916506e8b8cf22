from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "stories"

urlpatterns = [
    path(_("privacy/"), views.privacy, name="privacy"),
    path("share/", views.share, name="share"),
    path("stories/<int:pk>/", views.detail, name="detail"),
    path("search/", views.search, name="search"),
    path("my-story/<str:token>/", views.manage, name="manage"),
    path("my-story/<str:token>/withdraw/", views.withdraw, name="withdraw"),
]
