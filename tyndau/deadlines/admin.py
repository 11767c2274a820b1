"""Administration of the legal calendar and the answer terms; terms and extensions read-only
(they change only through the workspace, which keeps the appeal's event log)."""

from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tyndau.deadlines import services
from tyndau.deadlines.models import CalendarOverride, Extension, Term, TermSetting
from tyndau.deadlines.presenters import unconfirmed_holidays
from tyndau.web.admin_base import ReadOnlyAdmin


@admin.register(CalendarOverride)
class CalendarOverrideAdmin(admin.ModelAdmin):
    list_display = ("date", "kind", "note", "created_by", "created_at")
    list_filter = ("kind",)
    date_hierarchy = "date"
    search_fields = ("note",)
    readonly_fields = ("created_by", "created_at")
    fields = ("date", "kind", "note", "created_by", "created_at")
    list_select_related = ("created_by",)

    def save_model(self, request, obj, form, change) -> None:
        if obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def changelist_view(self, request, extra_context=None):
        year = timezone.localdate().year
        extra_context = {
            **(extra_context or {}),
            "unconfirmed_estimates": unconfirmed_holidays(services.calendar(), (year, year + 1)),
        }
        return super().changelist_view(request, extra_context)


@admin.register(TermSetting)
class TermSettingAdmin(admin.ModelAdmin):
    list_display = ("kind", "body", "working_days", "basis")
    list_filter = ("kind",)
    search_fields = ("basis", "body__code", "body__name_ru", "body__name_kk")
    autocomplete_fields = ("body",)  # BodyAdmin has search_fields
    list_select_related = ("body",)


@admin.register(Term)
class TermAdmin(ReadOnlyAdmin):
    list_display = (
        "appeal_number",
        "rule",
        "state",
        "body",
        "starts_on",
        "initial_due_on",
        "due_on",
        "due_at",
    )
    list_filter = ("rule", "state")
    search_fields = ("appeal__reg_number",)
    date_hierarchy = "due_on"
    list_select_related = ("appeal", "body")

    @admin.display(description=_("appeal"), ordering="appeal__reg_number")
    def appeal_number(self, obj: Term) -> str:
        return obj.appeal.reg_number


@admin.register(Extension)
class ExtensionAdmin(ReadOnlyAdmin):
    list_display = (
        "appeal_number",
        "state",
        "previous_due",
        "requested_due",
        "new_due",
        "cap",
        "requested_at",
        "flags_shown",
    )
    list_filter = ("state",)
    search_fields = ("appeal__reg_number",)
    list_select_related = ("appeal",)

    @admin.display(description=_("appeal"), ordering="appeal__reg_number")
    def appeal_number(self, obj: Extension) -> str:
        return obj.appeal.reg_number

    @admin.display(description=_("warnings"))
    def flags_shown(self, obj: Extension) -> str:
        return "; ".join(obj.flag_labels) or "—"
