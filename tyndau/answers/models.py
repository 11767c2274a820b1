"""Answers to appeals: drafted by the executor, approved by the head, sent to the applicant."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tyndau.appeals.models import OUTCOME_LABELS
from tyndau.appeals.workflow import ANSWER_OUTCOMES


class AnswerState(models.TextChoices):
    DRAFT = "draft", _("draft")
    ON_APPROVAL = "on_approval", _("on approval")
    RETURNED = "returned", _("returned for revision")
    SENT = "sent", _("sent")


class Answer(models.Model):
    appeal = models.ForeignKey("appeals.Appeal", models.PROTECT, related_name="answers")
    text = models.TextField(_("answer text"))
    outcome = models.CharField(
        _("outcome"),
        max_length=16,
        choices=[(o.value, OUTCOME_LABELS[o]) for o in sorted(ANSWER_OUTCOMES)],
    )
    state = models.CharField(
        _("state"), max_length=16, choices=AnswerState.choices, default=AnswerState.DRAFT
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="+")
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True, related_name="+"
    )
    head_comment = models.TextField(_("head's comment"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            # One answer in the works per appeal; sent answers stay as history.
            models.UniqueConstraint(
                fields=["appeal"],
                condition=~models.Q(state="sent"),
                name="one_open_answer_per_appeal",
            )
        ]

    def __str__(self) -> str:
        return f"{self.appeal_id}: {self.get_state_display()}"
