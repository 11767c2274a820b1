from django.urls import path

from tyndau.appeals import views

app_name = "appeals"
urlpatterns = [
    path("appeal/new/", views.file_appeal, name="file"),
    path("track/<str:token>/", views.track, name="track"),
    path("track/<str:token>/replace-link/", views.replace_link, name="replace_link"),
    path(
        "track/<str:token>/files/<int:attachment_id>/",
        views.applicant_attachment,
        name="applicant_attachment",
    ),
    path("staff/", views.inbox, name="inbox"),
    path("staff/register/", views.register, name="register"),
    path("staff/appeals/<str:number>/", views.detail, name="detail"),
    path(
        "staff/appeals/<str:number>/files/<int:attachment_id>/",
        views.officer_attachment,
        name="officer_attachment",
    ),
    path(
        "staff/appeals/<str:number>/replace-link/",
        views.replace_applicant_link,
        name="replace_applicant_link",
    ),
    path("staff/appeals/<str:number>/<str:action>/", views.act, name="act"),
]
