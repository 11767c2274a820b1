from django.urls import path

from tyndau.audit import views

app_name = "audit"
urlpatterns = [
    path("staff/audit/", views.log, name="log"),
    path("staff/audit/export.csv", views.export, {"file_format": "csv"}, name="export_csv"),
    path("staff/audit/export.xlsx", views.export, {"file_format": "xlsx"}, name="export_xlsx"),
]
