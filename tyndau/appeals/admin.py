from django.contrib import admin

from tyndau.appeals.models import PERSONAL_FIELDS, Appeal, AppealEvent
from tyndau.web.admin_base import ReadOnlyAdmin


class EventInline(admin.TabularInline):
    model = AppealEvent
    extra = 0
    can_delete = False
    fields = ("created_at", "kind", "from_status", "to_status", "actor", "reason")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Appeal)
class AppealAdmin(ReadOnlyAdmin):
    """Read-only: an appeal changes only through the workspace, which keeps the event log."""

    list_display = ("reg_number", "received_at", "body", "kind", "status", "due_date")
    list_filter = ("status", "kind", "channel", "language")
    search_fields = ("reg_number", "subject")
    inlines = [EventInline]
    exclude = ("tracking_token_hash", *PERSONAL_FIELDS)
