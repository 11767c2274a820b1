from django.contrib import admin

from tyndau.analytics.models import AlertSettings


@admin.register(AlertSettings)
class AlertSettingsAdmin(admin.ModelAdmin):
    list_display = ["body", "surge_p_value", "surge_min_appeals", "satisfaction_p_value"]
    search_fields = ["body__name_ru", "body__name_kk", "body__code"]
    autocomplete_fields = ["body"]
