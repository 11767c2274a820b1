"""The legal calendar's corrections, the terms of each appeal and their extensions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tyndau.appeals.models import Kind
from tyndau.deadlines.terms import Flag, Rule


class CalendarOverride(models.Model):
    """An administrator's correction of the `holidays` package's calendar for one day."""

    class Kind(models.TextChoices):
        DAY_OFF = "day_off", _("day off (holiday or transferred day off)")
        WORKING_DAY = "working_day", _("working day (a transferred working day)")
        CONFIRMED = "confirmed", _("estimated holiday confirmed on this date")

    date = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    note = models.CharField(
        _("basis"),
        max_length=300,
        help_text=_("The decree or resolution, e.g. «Постановление Правительства РК № …»."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("calendar correction")
        verbose_name_plural = _("calendar corrections")

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.get_kind_display()}"


class TermSetting(models.Model):
    """Another answer term where a law sets one: for a kind of appeal, a body, or both."""

    kind = models.CharField(
        _("kind of appeal"),
        max_length=16,
        blank=True,
        help_text=_("Empty: every kind."),
        choices=Kind.choices,
    )
    body = models.ForeignKey(
        "directory.Body",
        models.CASCADE,
        null=True,
        blank=True,
        verbose_name=_("body"),
        help_text=_("Empty: every body. A body's setting applies to its units too."),
    )
    working_days = models.PositiveSmallIntegerField(_("working days"))
    basis = models.CharField(_("legal basis"), max_length=200)

    class Meta:
        verbose_name = _("answer term")
        verbose_name_plural = _("answer terms")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "body"],
                condition=models.Q(body__isnull=False),
                name="one_term_per_kind_and_body",
            ),
            models.UniqueConstraint(
                fields=["kind"], condition=models.Q(body__isnull=True), name="one_term_per_kind"
            ),
            models.CheckConstraint(
                condition=models.Q(working_days__gte=1) & models.Q(working_days__lte=60),
                name="term_between_1_and_60_working_days",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind or '*'} / {self.body or '*'}: {self.working_days}"


RULE_LABELS = {
    Rule.ANSWER: _("answer"),
    Rule.REDIRECT: _("redirect to the competent body"),
    Rule.EXTENSION_CAP: _("extension limit"),
    Rule.URGENT: _("urgent answer"),
    Rule.EXTENSION_NOTICE: _("telling the applicant of the extension"),
}


class Term(models.Model):
    """One term an appeal runs against. Open until met, breached the moment it runs out."""

    class State(models.TextChoices):
        OPEN = "open", _("running")
        MET = "met", _("met")
        BREACHED = "breached", _("breached")
        CANCELLED = "cancelled", _("no longer applies")

    appeal = models.ForeignKey("appeals.Appeal", models.PROTECT, related_name="terms")
    rule = models.CharField(
        _("term"), max_length=20, choices=[(r.value, RULE_LABELS[r]) for r in Rule]
    )
    body = models.ForeignKey(
        "directory.Body", models.PROTECT, related_name="+", verbose_name=_("body")
    )
    starts_on = models.DateField(_("counted from"))
    due_on = models.DateField(_("due"), db_index=True)
    due_at = models.DateTimeField(_("due at"), null=True, blank=True)
    initial_due_on = models.DateField(_("first due date"))
    working_days = models.PositiveSmallIntegerField(null=True, blank=True)
    basis = models.CharField(_("legal basis"), max_length=200)
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.OPEN, db_index=True
    )
    warnings_sent = models.JSONField(default=list, blank=True)
    met_at = models.DateTimeField(null=True, blank=True)
    breached_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["state", "due_on"])]

    def __str__(self) -> str:
        return f"{self.appeal_id} {self.rule} {self.due_on}"

    @property
    def done_late(self) -> bool:
        return self.met_at is not None and self.breached_at is not None


FLAG_LABELS = {
    Flag.LATE: _("decided after the term had run out"),
    Flag.BOILERPLATE_REASON: _("no reason of substance"),
    Flag.REPEATED: _("extended again"),
    Flag.BEYOND_CAP: _("beyond two months from receipt"),
    Flag.NOTICE_LATE: _("applicant not told within 3 working days"),
}


class Extension(models.Model):
    """A request to extend the answer term and the head's decision on it (art. 76 p.2)."""

    class State(models.TextChoices):
        REQUESTED = "requested", _("requested")
        GRANTED = "granted", _("granted")
        REFUSED = "refused", _("refused")

    appeal = models.ForeignKey("appeals.Appeal", models.PROTECT, related_name="extensions")
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.REQUESTED
    )
    reason = models.TextField(_("reason"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("requested by")
    )
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    requested_due = models.DateField(_("date asked for"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_note = models.TextField(_("head's note"), blank=True)
    previous_due = models.DateField(_("due before"))
    new_due = models.DateField(_("new due date"), null=True, blank=True)
    cap = models.DateField(_("latest date allowed"))
    flags = models.JSONField(default=list, blank=True)
    applicant_notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["requested_at", "id"]

    def __str__(self) -> str:
        return f"{self.appeal_id} → {self.new_due or self.requested_due} ({self.state})"

    @property
    def flag_labels(self) -> list[str]:
        return [str(FLAG_LABELS[Flag(f)]) for f in self.flags]
