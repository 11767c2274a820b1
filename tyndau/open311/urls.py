from django.urls import re_path

from tyndau.open311 import views

app_name = "open311"
FMT = r"\.(?P<fmt>json|xml)$"
urlpatterns = [
    re_path(rf"^discovery{FMT}", views.discovery, name="discovery"),
    re_path(rf"^services{FMT}", views.service_list, name="services"),
    re_path(rf"^services/(?P<code>[\w.-]+){FMT}", views.service_definition, name="service"),
    re_path(rf"^requests{FMT}", views.requests_, name="requests"),
    re_path(rf"^requests/(?P<request_id>[\w-]+){FMT}", views.request_detail, name="request"),
    re_path(rf"^tokens/(?P<token>[\w-]+){FMT}", views.token, name="token"),
]
