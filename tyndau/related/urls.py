from django.urls import path

from tyndau.related import views

app_name = "related"
urlpatterns = [
    path(
        "staff/appeals/<str:number>/related/<int:relation_id>/merge/",
        views.merge,
        name="merge",
    ),
    path(
        "staff/appeals/<str:number>/related/<int:relation_id>/reject/",
        views.reject,
        name="reject",
    ),
    path("staff/campaigns/<int:campaign_id>/", views.campaign, name="campaign"),
    path(
        "staff/campaigns/<int:campaign_id>/answer/", views.answer_campaign, name="answer_campaign"
    ),
]
