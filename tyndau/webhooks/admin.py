"""Webhook endpoints (per API key) and the delivery log, with every attempt and its answer."""

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tyndau.webhooks import services
from tyndau.webhooks.models import (
    EVENT_TYPES,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
    new_secret,
)


class WebhookEndpointForm(forms.ModelForm):
    url = forms.URLField(label=_("URL"), max_length=500, assume_scheme="https")
    event_types = forms.MultipleChoiceField(
        label=_("events"),
        choices=list(EVENT_TYPES.items()),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = WebhookEndpoint
        fields = ("api_key", "url", "description", "event_types", "is_active")


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin):
    form = WebhookEndpointForm
    list_display = ("url", "api_key", "events", "is_active", "created_at")
    list_filter = ("is_active",)
    search_fields = ("url", "description", "api_key__name", "api_key__prefix")
    autocomplete_fields = ("api_key",)
    readonly_fields = ("secret", "created_at")
    actions = ["send_ping", "rotate_secret"]

    def get_fields(self, request, obj=None):
        fields = ["api_key", "url", "description", "event_types", "is_active"]
        return fields if obj is None else [*fields, *self.readonly_fields]

    @admin.display(description=_("events"))
    def events(self, obj: WebhookEndpoint) -> str:
        return ", ".join(obj.event_types)

    def response_add(self, request, obj, post_url_continue=None):
        self.message_user(
            request,
            _(
                "The endpoint's signing secret is on its page: give it to the integration, "
                "which checks the X-Tyndau-Signature header with it."
            ),
            messages.INFO,
        )
        return super().response_add(request, obj, post_url_continue)

    @admin.action(description=_("Send a test event (ping)"))
    def send_ping(self, request, queryset) -> None:
        with transaction.atomic():
            count = sum(1 for endpoint in queryset if services.queue_ping(endpoint))
        self.message_user(
            request,
            ngettext(
                "%(count)d test event queued: see the deliveries.",
                "%(count)d test events queued: see the deliveries.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Give a new signing secret"))
    def rotate_secret(self, request, queryset) -> None:
        count = 0
        for endpoint in queryset:
            endpoint.secret = new_secret()
            endpoint.save(update_fields=["secret"])
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d endpoint has a new secret: give it to the integration.",
                "%(count)d endpoints have a new secret: give them to the integrations.",
                count,
            )
            % {"count": count},
            messages.WARNING,
        )


class WebhookAttemptInline(admin.TabularInline):
    model = WebhookAttempt
    fields = ("at", "status_code", "error", "duration_ms", "response_excerpt")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = (
        "created_at",
        "event_type",
        "endpoint",
        "appeal",
        "state",
        "attempts",
        "last_status_code",
        "short_error",
        "next_attempt",
        "delivered_at",
    )
    list_filter = ("state", "event_type", "endpoint")
    search_fields = ("appeal__reg_number", "endpoint__url")
    list_select_related = ("endpoint__api_key", "appeal")
    readonly_fields = (
        "endpoint",
        "event_id",
        "event_type",
        "appeal",
        "state",
        "attempts",
        "last_attempt_at",
        "last_status_code",
        "last_error",
        "next_attempt",
        "created_at",
        "delivered_at",
        "payload",
    )
    fields = readonly_fields
    inlines = [WebhookAttemptInline]
    actions = ["retry_now"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("last error"))
    def short_error(self, obj: WebhookDelivery) -> str:
        return obj.last_error[:80]

    @admin.display(description=_("next attempt"))
    def next_attempt(self, obj: WebhookDelivery):
        return obj.next_attempt_at if obj.state == WebhookDelivery.State.PENDING else "—"

    @admin.action(description=_("Retry now"))
    def retry_now(self, request, queryset) -> None:
        with transaction.atomic():
            count = services.retry_now(queryset)
        self.message_user(
            request,
            ngettext("%(count)d delivery queued.", "%(count)d deliveries queued.", count)
            % {"count": count},
            messages.SUCCESS,
        )
