from django.urls import path

from tyndau.ratings import views

app_name = "ratings"
urlpatterns = [
    path("answer/<str:token>/", views.answer_page, name="answer"),
    path("answer/<str:token>/letter.pdf", views.answer_letter, name="answer_letter"),
    path("answer/<str:token>/follow-up/", views.answer_follow_up, name="answer_follow_up"),
    path("track/<str:token>/rate/", views.track_rate, name="track_rate"),
    path("track/<str:token>/letter.pdf", views.track_letter, name="track_letter"),
    path("track/<str:token>/follow-up/", views.track_follow_up, name="track_follow_up"),
]
