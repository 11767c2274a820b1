"""Appeals that belong together: a repeat of an answered one, a duplicate of one still open,
and a mass campaign of many people sending the same text."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Fingerprint(models.Model):
    """An appeal's text as LSH band keys (for near-identical texts) and its applicant as
    keyed hashes (for "the same person"), so neither lookup reads the appeals themselves.
    The hashes are keyed with `settings.BLIND_INDEX_KEY`: they match equal values and
    reveal nothing without the key."""

    appeal = models.OneToOneField(
        "appeals.Appeal", models.CASCADE, primary_key=True, related_name="fingerprint"
    )
    received_at = models.DateTimeField(db_index=True)
    identity = models.CharField(max_length=32, blank=True, db_index=True)  # ИИН/БИН
    email = models.CharField(max_length=32, blank=True, db_index=True)
    phone = models.CharField(max_length=32, blank=True, db_index=True)
    signature = models.BinaryField()
    band0 = models.BigIntegerField(db_index=True)
    band1 = models.BigIntegerField(db_index=True)
    band2 = models.BigIntegerField(db_index=True)
    band3 = models.BigIntegerField(db_index=True)
    band4 = models.BigIntegerField(db_index=True)
    band5 = models.BigIntegerField(db_index=True)
    band6 = models.BigIntegerField(db_index=True)
    band7 = models.BigIntegerField(db_index=True)

    def __str__(self) -> str:
        return f"fingerprint of {self.appeal_id}"


class Relation(models.Model):
    class Kind(models.TextChoices):
        REPEAT = "repeat", _("repeat of an answered appeal")
        DUPLICATE = "duplicate", _("duplicate of an open appeal")

    class State(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        CONFIRMED = "confirmed", _("confirmed")
        REJECTED = "rejected", _("rejected")

    appeal = models.ForeignKey(
        "appeals.Appeal", models.CASCADE, related_name="relations", verbose_name=_("appeal")
    )
    earlier = models.ForeignKey(
        "appeals.Appeal",
        models.CASCADE,
        related_name="later_relations",
        verbose_name=_("earlier appeal"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    state = models.CharField(_("state"), max_length=10, choices=State.choices)
    similarity = models.FloatField(_("similarity"))
    # Character spans of the later text that the earlier one did not have: [[start, end], ...]
    new_spans = models.JSONField(_("what is new"), default=list, blank=True)
    # A repeat counts against whoever answered the first time, even if the appeal moves on.
    earlier_body = models.ForeignKey(
        "directory.Body", models.PROTECT, related_name="+", verbose_name=_("earlier body")
    )
    earlier_executor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("earlier executor"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("related appeal")
        verbose_name_plural = _("related appeals")
        constraints = [
            models.UniqueConstraint(fields=["appeal", "earlier", "kind"], name="one_relation_kind")
        ]
        indexes = [models.Index(fields=["kind", "earlier_body"])]

    def __str__(self) -> str:
        return f"{self.appeal_id} {self.kind} of {self.earlier_id}"


class Campaign(models.Model):
    """Many applicants sending the same or nearly the same text within days."""

    subject = models.CharField(_("subject"), max_length=200)
    first_appeal = models.ForeignKey(
        "appeals.Appeal", models.PROTECT, related_name="+", verbose_name=_("first appeal")
    )
    size = models.PositiveIntegerField(_("appeals"), default=0)
    started_at = models.DateTimeField(_("first received"))
    last_at = models.DateTimeField(_("last received"), db_index=True)

    class Meta:
        ordering = ["-last_at"]
        verbose_name = _("mass campaign")
        verbose_name_plural = _("mass campaigns")

    def __str__(self) -> str:
        return f"{self.subject} ({self.size})"


class CampaignMember(models.Model):
    campaign = models.ForeignKey(Campaign, models.CASCADE, related_name="members")
    appeal = models.OneToOneField(
        "appeals.Appeal", models.CASCADE, related_name="campaign_membership"
    )
    similarity = models.FloatField()
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["joined_at", "appeal_id"]

    def __str__(self) -> str:
        return f"{self.appeal_id} in {self.campaign_id}"
