"""What several apps' administration pages share."""

from django.contrib import admin


class ReadOnlyAdmin(admin.ModelAdmin):
    """Shown in the administration, changed only through the services (which keep the log)."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
