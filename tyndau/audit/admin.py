from django.contrib import admin

from tyndau.audit import services
from tyndau.audit.models import Access, AuditRecord
from tyndau.web.admin_base import ReadOnlyAdmin


@admin.register(AuditRecord)
class AuditRecordAdmin(ReadOnlyAdmin):
    """The log is kept by Tyndau, never edited; reading it here is logged as on the
    controller's page."""

    list_display = ("at", "actor_label", "access", "reg_number", "ip")
    list_filter = ("access",)
    search_fields = ("actor_label", "reg_number")
    date_hierarchy = "at"

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        if response.status_code == 200:
            detail = f"admin: {request.GET.urlencode()}"
            services.record(request, Access.VIEW_AUDIT, detail=detail)
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        if response.status_code == 200:
            services.record(request, Access.VIEW_AUDIT, detail=f"admin: record {object_id}")
        return response
