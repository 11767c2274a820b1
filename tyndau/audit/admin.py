from django.contrib import admin

from tyndau.audit.models import AuditRecord
from tyndau.web.admin_base import ReadOnlyAdmin


@admin.register(AuditRecord)
class AuditRecordAdmin(ReadOnlyAdmin):
    """The log is kept by Tyndau, never edited."""

    list_display = ("at", "actor_label", "access", "reg_number", "ip")
    list_filter = ("access",)
    search_fields = ("actor_label", "reg_number")
    date_hierarchy = "at"
