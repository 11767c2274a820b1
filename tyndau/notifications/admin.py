from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tyndau.notifications.models import OutboxMessage


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    list_display = ("created_at", "template", "to", "state", "attempts", "sent_at")
    list_filter = ("state", "template")
    search_fields = ("to", "subject", "appeal__reg_number")
    readonly_fields = [f.name for f in OutboxMessage._meta.fields]
    actions = ["retry_now"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.action(description=_("Retry now"))
    def retry_now(self, request, queryset):
        queryset.update(state=OutboxMessage.State.PENDING, next_attempt_at=timezone.now())
