from django.urls import path

from tyndau.analytics import views

app_name = "analytics"
urlpatterns = [
    path("stats/", views.public_stats, name="public_stats"),
    path("staff/dashboard/", views.head_dashboard, name="dashboard"),
    path("staff/risk-map/", views.risk_map, name="risk_map"),
    path("staff/alerts/", views.alert_list, name="alerts"),
    path("staff/evaluation/", views.staff_evaluation, name="evaluation"),
    path("staff/digests/", views.digest_list, name="digests"),
    path("staff/digests/<int:digest_id>/", views.digest_edit, name="digest"),
    path("digests/", views.public_digests, name="public_digests"),
    path("digests/<int:digest_id>/", views.public_digest, name="public_digest"),
    path("staff/alerts/<int:alert_id>/", views.alert_detail, name="alert"),
    path("staff/dashboard/appeals/<str:measure>/", views.appeals_behind, name="appeals_behind"),
]
