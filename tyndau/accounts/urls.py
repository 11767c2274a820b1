from django.urls import path

from tyndau.accounts import views

app_name = "accounts"
urlpatterns = [
    path("staff/login/code/", views.login_code, name="login_code"),
    path("staff/account/security/", views.security, name="security"),
    path("staff/account/alive/", views.alive, name="alive"),
    path("staff/account/second-factor/", views.enrol, name="enrol"),
    path("staff/account/second-factor/remove/", views.remove_device, name="remove_device"),
    path("staff/account/password/", views.PasswordChangeView.as_view(), name="password"),
    path("staff/account/logout-everywhere/", views.logout_everywhere, name="logout_everywhere"),
]
