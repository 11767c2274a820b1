"""The applicant's 1-5 rating of an answer, with the reasons the surveys found."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Reason(models.TextChoices):
    INCOMPLETE = "incomplete", _("incomplete answer")
    NO_SPECIFIC_INFORMATION = "no_specific_information", _("no specific information I needed")
    DEADLINE_BROKEN = "deadline_broken", _("the deadline was broken")
    NOT_MY_LANGUAGE = "not_my_language", _("not in my language")
    IMPOLITE = "impolite", _("impolite")
    NOT_SOLVED = "not_solved", _("the problem is not solved")
    OTHER = "other", _("other")


class Rating(models.Model):
    appeal = models.OneToOneField("appeals.Appeal", models.PROTECT, related_name="rating")
    answer = models.OneToOneField(
        "answers.Answer", models.PROTECT, null=True, blank=True, related_name="rating"
    )
    score = models.PositiveSmallIntegerField(
        _("score"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    reasons = models.JSONField(_("reasons"), default=list, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("rated at"), db_index=True)
    changed_at = models.DateTimeField(_("changed at"), null=True, blank=True)
    follow_up = models.OneToOneField(
        "appeals.Appeal",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("review or complaint opened"),
    )

    class Meta:
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(score__gte=1, score__lte=5), name="rating_score_1_to_5"
            )
        ]

    def __str__(self) -> str:
        return f"{self.appeal_id}: {self.score}"

    @property
    def dissatisfied(self) -> bool:
        return self.score <= settings.RATING_DISSATISFIED_AT_MOST

    def reason_labels(self) -> list[str]:
        return [str(Reason(r).label) for r in self.reasons if r in Reason.values]
