from django.urls import path

from tyndau.deadlines import views

app_name = "deadlines"
urlpatterns = [
    path("calendar/", views.calendar_page, name="calendar"),
    path("calendar/<int:year>/", views.calendar_page, name="calendar_year"),
]
