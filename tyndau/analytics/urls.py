from django.urls import path

from tyndau.analytics import views

app_name = "analytics"
urlpatterns = [
    path("stats/", views.public_stats, name="public_stats"),
]
