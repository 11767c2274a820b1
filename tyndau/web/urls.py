from django.contrib.auth import views as auth_views
from django.urls import path

from tyndau.accounts.views import LoginView
from tyndau.web import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("staff/login/", LoginView.as_view(), name="login"),
    path("staff/logout/", auth_views.LogoutView.as_view(), name="logout"),
]
