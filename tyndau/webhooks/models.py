"""Webhooks of integrations: where to send (an endpoint of an API key), what was queued (the
delivery outbox, written in the transaction of the appeal's event) and every attempt made.

The endpoint's secret is stored as it is, not hashed: Tyndau signs every delivery with it
(HMAC-SHA256), so it must be able to read it. Whoever can read the database or the endpoint's
page in the administration can read the secret; rotate it there if it leaks."""

import secrets
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tyndau.accounts.permissions import Action

SECRET_PREFIX = "whsec_"  # nosec B105: a prefix that marks secrets, not a secret

FILED = "appeal.filed"
STATUS_CHANGED = "appeal.status_changed"
ANSWERED = "appeal.answered"
RATED = "appeal.rated"
PING = "ping"
EVENT_TYPES = {
    FILED: _("appeal filed"),
    STATUS_CHANGED: _("status changed"),
    ANSWERED: _("answer sent"),
    RATED: _("answer rated by the applicant"),
}
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def default_event_types() -> list[str]:
    return list(EVENT_TYPES)


class WebhookEndpoint(models.Model):
    """A URL of an integration that wants to hear of appeals its API key may read."""

    api_key = models.ForeignKey(
        "api.ApiKey",
        models.PROTECT,
        related_name="webhooks",
        verbose_name=_("API key"),
        help_text=_("Events are sent only for appeals this key may read (its body and its units)."),
    )
    url = models.URLField(_("URL"), max_length=500)
    secret = models.CharField(
        _("signing secret"),
        max_length=100,
        default=new_secret,
        help_text=_(
            "Give it to the integration: it checks the X-Tyndau-Signature header with it. "
            "Stored as it is, because every delivery is signed with it."
        ),
    )
    event_types = models.JSONField(_("events"), default=default_event_types, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    description = models.CharField(_("description"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        ordering = ["api_key", "id"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")

    def __str__(self) -> str:
        return f"{self.api_key.name}: {self.url}"

    def wants(self, event_type: str) -> bool:
        return event_type == PING or event_type in self.event_types

    def clean(self) -> None:
        unknown = [t for t in self.event_types if t not in EVENT_TYPES]
        if unknown:
            raise ValidationError(
                {"event_types": _("Unknown events: %(names)s") % {"names": ", ".join(unknown)}}
            )
        parts = urlsplit(self.url or "")
        allow_http = getattr(settings, "WEBHOOK_ALLOW_HTTP", settings.DEBUG)
        if parts.scheme not in ("http", "https") or (
            parts.scheme == "http" and not allow_http and parts.hostname not in LOOPBACK_HOSTS
        ):
            raise ValidationError(
                {"url": _("Use an https:// address: deliveries are signed, not encrypted.")}
            )
        if self.api_key_id is not None:
            key = self.api_key
            if not key.allows(Action.VIEW) or (key.body_id is None and key.officer_id is None):
                raise ValidationError(
                    {
                        "api_key": _(
                            "This key may not read appeals: its webhooks would never be sent. "
                            "Give it the permission to read appeals in scope."
                        )
                    }
                )


class WebhookDelivery(models.Model):
    """One event for one endpoint: the outbox row, then the delivery's log.

    `payload` is the exact JSON body, fixed when the event happened: every attempt sends the
    same bytes (signed anew with the time of the attempt), and `event_id` stays the same, so the
    receiver can drop a repeat."""

    class State(models.TextChoices):
        PENDING = "pending", _("waiting to be sent")
        DELIVERED = "delivered", _("delivered")
        FAILED = "failed", _("given up")

    endpoint = models.ForeignKey(
        WebhookEndpoint, models.CASCADE, related_name="deliveries", verbose_name=_("endpoint")
    )
    event_id = models.UUIDField(_("event id"), default=uuid.uuid4, unique=True, editable=False)
    event_type = models.CharField(_("event"), max_length=40)
    appeal = models.ForeignKey(
        "appeals.Appeal",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("appeal"),
    )
    appeal_event = models.ForeignKey(
        "appeals.AppealEvent", models.PROTECT, null=True, blank=True, related_name="+"
    )
    payload = models.TextField(_("body sent"))
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(
        _("last HTTP status"), null=True, blank=True
    )
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="webhook_due")]
        constraints = [
            models.UniqueConstraint(
                fields=["endpoint", "appeal_event"], name="one_delivery_per_endpoint_event"
            )
        ]

    def __str__(self) -> str:
        return f"{self.event_type} → {self.endpoint.url} ({self.state})"


class WebhookAttempt(models.Model):
    """One POST of a delivery: what the receiver answered, or why it could not."""

    delivery = models.ForeignKey(
        WebhookDelivery, models.CASCADE, related_name="attempt_log", verbose_name=_("delivery")
    )
    at = models.DateTimeField(_("at"), default=timezone.now)
    status_code = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    response_excerpt = models.CharField(_("response (start)"), max_length=500, blank=True)
    duration_ms = models.PositiveIntegerField(_("duration, ms"), default=0)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.status_code or self.error[:40]}"
