from django.contrib import admin

from tyndau.audit.models import AuditRecord


@admin.register(AuditRecord)
class AuditRecordAdmin(admin.ModelAdmin):
    """Read-only: the log is kept by Tyndau, never edited."""

    list_display = ("at", "actor_label", "access", "reg_number", "ip")
    list_filter = ("access",)
    search_fields = ("actor_label", "reg_number")
    date_hierarchy = "at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
