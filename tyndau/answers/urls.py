from django.urls import path

from tyndau.answers import views

app_name = "answers"
urlpatterns = [
    path("staff/appeals/<str:number>/answer/check/", views.check_draft, name="check"),
    path("staff/appeals/<str:number>/answer/letter.pdf", views.letter, name="letter"),
]
