from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from tyndau.accounts.models import RolePolicy, User


@admin.register(User)
class OfficerAdmin(UserAdmin):
    list_display = ("username", "last_name", "first_name", "role", "body", "is_active", "is_demo")
    list_filter = ("role", "is_active", "is_demo", "is_staff")
    search_fields = ("username", "last_name", "first_name", "email", "body__name_ru")
    autocomplete_fields = ("body",)
    fieldsets = (
        *UserAdmin.fieldsets,
        (
            _("Work"),
            {"fields": ("role", "body", "patronymic", "position", "phone", "language", "is_demo")},
        ),
    )
    add_fieldsets = (
        *UserAdmin.add_fieldsets,
        (_("Work"), {"fields": ("role", "body", "first_name", "last_name", "email")}),
    )


@admin.register(RolePolicy)
class RolePolicyAdmin(admin.ModelAdmin):
    list_display = ("role", "require_second_factor")
    list_editable = ("require_second_factor",)
    list_display_links = ("role",)
