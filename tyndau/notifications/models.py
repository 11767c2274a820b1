"""The outbox: every e-mail Tyndau sends is first a row here, written in the same transaction
as the change it reports, so a mail server that is down delays a message but never loses it."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tyndau.privacy.fields import SealedEmailField, SealedTextField
from tyndau.privacy.masking import mask_email


class OutboxMessage(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("waiting to be sent")
        SENT = "sent", _("sent")
        FAILED = "failed", _("gave up after many attempts")

    appeal = models.ForeignKey(
        "appeals.Appeal", models.PROTECT, null=True, blank=True, related_name="outbox"
    )
    template = models.CharField(_("kind of message"), max_length=40)
    # Sealed at rest: an applicant's address, and a text with their name and private link.
    to = SealedEmailField(_("recipient"))
    subject = models.CharField(_("subject"), max_length=300)
    body = SealedTextField(_("text"))
    for_applicant = models.BooleanField(default=False)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("outgoing message")
        verbose_name_plural = _("outgoing messages")
        indexes = [models.Index(fields=["state", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.template} → {mask_email(self.to)} ({self.state})"
