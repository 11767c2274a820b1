from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from tyndau.accounts.views import admin_login
from tyndau.api.v1 import api

urlpatterns = [
    path("i18n/setlang/", set_language, name="set_language"),
    path("api/v1/", api.urls),
    path("open311/v2/", include("tyndau.open311.urls")),
]
urlpatterns += i18n_patterns(
    path("", include("tyndau.web.urls")),
    path("", include("tyndau.appeals.urls")),
    path("", include("tyndau.deadlines.urls")),
    path("", include("tyndau.answers.urls")),
    path("", include("tyndau.ratings.urls")),
    path("", include("tyndau.routing.urls")),
    path("", include("tyndau.related.urls")),
    path("", include("tyndau.analytics.urls")),
    path("", include("tyndau.audit.urls")),
    path("", include("tyndau.accounts.urls")),
    path("admin/login/", admin_login),  # the officers' login, lockout and second factor
    path("admin/", admin.site.urls),
)

handler500 = "tyndau.web.unavailable.server_error"

admin.site.site_header = "Tyndau"
admin.site.site_title = "Tyndau"
