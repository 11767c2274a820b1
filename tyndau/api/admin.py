"""API keys in the administration: created here (the key is shown once, on the page that
follows), revoked, never deleted; their last use is shown."""

from django import forms
from django.contrib import admin, messages
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tyndau.api import keys
from tyndau.api.models import PERMISSION_LABELS, ApiKey


class ApiKeyForm(forms.ModelForm):
    permissions = forms.MultipleChoiceField(
        label=_("permissions"),
        choices=[(str(k), v) for k, v in PERMISSION_LABELS.items()],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = ApiKey
        fields = ("name", "body", "officer", "permissions")


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    form = ApiKeyForm
    list_display = ("name", "prefix", "body", "officer", "created_at", "last_used_at", "revoked_at")
    list_filter = ("revoked_at",)
    search_fields = ("name", "prefix")
    autocomplete_fields = ("body", "officer")
    readonly_fields = ("prefix", "created_at", "created_by", "last_used_at", "revoked_at")
    actions = ["revoke"]

    def get_fields(self, request, obj=None):
        fields = ["name", "body", "officer", "permissions"]
        return fields if obj is None else [*fields, *self.readonly_fields]

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # revoke instead: the key's history stays

    def save_model(self, request, obj, form, change) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        obj.created_by = request.user
        request._issued_api_key = keys.issue(obj.name, api_key=obj).raw

    def response_add(self, request, obj, post_url_continue=None):
        raw = getattr(request, "_issued_api_key", None)
        if raw is None:
            return super().response_add(request, obj, post_url_continue)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "api_key": obj,
            "raw_key": raw,
            "title": _("The new API key"),
        }
        response = TemplateResponse(request, "admin/api/apikey/issued.html", context)
        response["Cache-Control"] = "no-store"
        return response

    @admin.action(description=_("Revoke the selected keys"))
    def revoke(self, request, queryset) -> None:
        count = queryset.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())
        self.message_user(
            request,
            ngettext("%(count)d key revoked.", "%(count)d keys revoked.", count) % {"count": count},
            messages.SUCCESS,
        )
