from django.contrib import admin

from tyndau.open311.models import ServiceRequest
from tyndau.web.admin_base import ReadOnlyAdmin


@admin.register(ServiceRequest)
class ServiceRequestAdmin(ReadOnlyAdmin):
    """What Open311 clients sent beside the appeal; read-only like the appeals."""

    list_display = ("appeal", "address", "lat", "long", "api_key")
    search_fields = ("appeal__reg_number", "address")
    exclude = ("token",)
