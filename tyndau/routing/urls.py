from django.urls import path

from tyndau.routing import views

app_name = "routing"
urlpatterns = [
    path("staff/appeals/<str:number>/routing/confirm/", views.confirm, name="confirm"),
    path("staff/appeals/<str:number>/routing/correct/", views.correct, name="correct"),
]
