"""Answers to appeals: drafted by the executor, approved by the head, sent to the applicant."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tyndau.appeals.models import OUTCOME_LABELS, Language
from tyndau.appeals.workflow import ANSWER_OUTCOMES


class AnswerState(models.TextChoices):
    DRAFT = "draft", _("draft")
    ON_APPROVAL = "on_approval", _("on approval")
    RETURNED = "returned", _("returned for revision")
    SENT = "sent", _("sent")


class Verdict(models.TextChoices):
    FULL = "full", _("full answer")
    FORMAL = "formal", _("formal reply")
    OFF_TOPIC = "off_topic", _("beside the point")


NEEDS_OVERRIDE = (Verdict.FORMAL, Verdict.OFF_TOPIC)


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
    language = models.CharField(
        _("language of the answer"), max_length=2, choices=Language.choices, blank=True
    )
    # The quality check's last reading of the text (see tyndau.answers.quality).
    quality_score = models.PositiveSmallIntegerField(_("quality score"), null=True, blank=True)
    quality_verdict = models.CharField(
        _("quality verdict"), max_length=16, choices=Verdict.choices, blank=True, db_index=True
    )
    quality_report = models.JSONField(_("quality check"), default=dict, blank=True)
    quality_checked_at = models.DateTimeField(null=True, blank=True)
    # A formal or off-topic verdict goes on only with a reason, the executor's and the head's.
    submit_override = models.TextField(_("executor's reason to send despite the check"), blank=True)
    approval_override = models.TextField(_("head's reason to send despite the check"), blank=True)
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

    @property
    def needs_override(self) -> bool:
        return self.quality_verdict in NEEDS_OVERRIDE


class AnswerTemplate(models.Model):
    """A body's own version of the unified answer format, for a sphere and a language.

    The text may hold placeholders in braces, filled when the executor starts a draft (the
    list is `unified_format.PLACEHOLDERS`): {salutation}, {applicant}, {reg_number},
    {received}, {subject}, {body}, {contacts}, {higher_body}, ...
    """

    body = models.ForeignKey(
        "directory.Body", models.CASCADE, related_name="answer_templates", verbose_name=_("body")
    )
    sphere = models.ForeignKey(
        "directory.Sphere",
        models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sphere"),
        help_text=_("Empty: for every sphere of the body."),
    )
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    text = models.TextField(_("template"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("answer template")
        verbose_name_plural = _("answer templates")
        constraints = [
            models.UniqueConstraint(
                fields=["body", "sphere", "language"], name="one_template_per_body_sphere_language"
            ),
            models.UniqueConstraint(
                fields=["body", "language"],
                condition=models.Q(sphere__isnull=True),
                name="one_general_template_per_body_language",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.body} · {self.sphere or '—'} · {self.language}"
