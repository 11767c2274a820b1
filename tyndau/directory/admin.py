from django.contrib import admin

from tyndau.directory.models import Body, Sphere, Territory


@admin.register(Territory)
class TerritoryAdmin(admin.ModelAdmin):
    list_display = ("kato", "name_kk", "name_ru", "name_en", "level", "parent")
    list_filter = ("level",)
    search_fields = ("kato", "name_kk", "name_ru", "name_en")
    autocomplete_fields = ("parent",)


@admin.register(Sphere)
class SphereAdmin(admin.ModelAdmin):
    list_display = ("code", "name_kk", "name_ru", "name_en", "parent", "order")
    list_filter = ("parent",)
    search_fields = ("code", "name_kk", "name_ru", "name_en")


@admin.register(Body)
class BodyAdmin(admin.ModelAdmin):
    list_display = ("code", "name_ru", "kind", "parent", "territory", "is_active")
    list_filter = ("kind", "is_active")
    search_fields = ("code", "name_kk", "name_ru", "name_en")
    autocomplete_fields = ("parent", "territory")
    filter_horizontal = ("spheres",)
    readonly_fields = ("path",)
