"""What the intake model suggested for an appeal, and what the registrar decided."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tyndau.appeals.models import URGENCY_REASONS

LANGUAGES = {
    "kk": _("Kazakh"),
    "ru": _("Russian"),
    "en": _("English"),
    "mixed": _("Kazakh and Russian mixed"),
}


class Review(models.TextChoices):
    PENDING = "pending", _("not yet reviewed")
    CONFIRMED = "confirmed", _("confirmed")
    CORRECTED = "corrected", _("corrected")


class Suggestion(models.Model):
    """One appeal's reading at intake. Reviewed suggestions are training data: a confirmed
    one says the model was right, a corrected one says what it should have said."""

    appeal = models.OneToOneField(
        "appeals.Appeal", models.CASCADE, related_name="suggestion", verbose_name=_("appeal")
    )
    model_version = models.CharField(_("model version"), max_length=64, blank=True)
    sphere = models.ForeignKey(
        "directory.Sphere",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("suggested sphere"),
    )
    sub_sphere = models.ForeignKey(
        "directory.Sphere",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("suggested sub-sphere"),
    )
    confidence = models.FloatField(_("confidence"), null=True, blank=True)
    alternatives = models.JSONField(_("alternatives"), default=list, blank=True)
    body = models.ForeignKey(
        "directory.Body",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("suggested body"),
    )
    language = models.CharField(_("language detected"), max_length=5, choices=LANGUAGES.items())
    urgent = models.BooleanField(_("urgent"), default=False)
    urgency_reason = models.CharField(
        _("urgency reason"), max_length=20, choices=URGENCY_REASONS.items(), blank=True
    )
    urgency_evidence = models.TextField(_("urgency evidence"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    review = models.CharField(
        _("review"), max_length=10, choices=Review.choices, default=Review.PENDING, db_index=True
    )
    chosen_sphere = models.ForeignKey(
        "directory.Sphere",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sphere chosen by the registrar"),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("routing suggestion")
        verbose_name_plural = _("routing suggestions")

    def __str__(self) -> str:
        return f"{self.appeal_id}: {self.sphere_id} ({self.confidence})"

    @property
    def urgency_label(self) -> str:
        return str(URGENCY_REASONS.get(self.urgency_reason, ""))

    @property
    def language_label(self) -> str:
        return str(LANGUAGES.get(self.language, self.language))
