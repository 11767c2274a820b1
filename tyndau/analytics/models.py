"""The roll-ups: sums of what every appeal contributes (see `tyndau.analytics.rollup`), kept
current as appeals change, so a dashboard reads thousands of rows, not millions of appeals.

The dimensions are plain integers (a body's, territory's, sphere's or executor's id; 0 for
none), not foreign keys: a unique key with NULLs in it would not stop duplicate rows, and the
increments are upserts on that key.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

KEY = ("day", "body", "territory", "sphere", "executor")


class _Keyed(models.Model):
    day = models.DateField()
    body = models.PositiveIntegerField()
    territory = models.PositiveIntegerField(default=0)
    sphere = models.PositiveIntegerField(default=0)  # the top-level sphere
    executor = models.PositiveIntegerField(default=0)  # 0 on place rows

    class Meta:
        abstract = True


class _Measures(models.Model):
    """The counts of `rollup.MEASURES`, one column each."""

    received = models.IntegerField(default=0)
    received_urgent = models.IntegerField(default=0)
    received_repeat = models.IntegerField(default=0)
    answered = models.IntegerField(default=0)
    answered_late = models.IntegerField(default=0)
    answer_days = models.IntegerField(default=0)
    answered_urgent = models.IntegerField(default=0)
    urgent_in_time = models.IntegerField(default=0)
    closed_without_answer = models.IntegerField(default=0)
    formal_answers = models.IntegerField(default=0)
    repeat_satisfied = models.IntegerField(default=0)
    repeat_refused = models.IntegerField(default=0)
    repeat_explained = models.IntegerField(default=0)
    repeat_terminated = models.IntegerField(default=0)
    ratings = models.IntegerField(default=0)
    dissatisfied = models.IntegerField(default=0)
    unjustified_extensions = models.IntegerField(default=0)
    breached = models.IntegerField(default=0)
    open = models.IntegerField(default=0)  # appeals open with their answer due this day

    class Meta:
        abstract = True


class DailyFigures(_Keyed, _Measures):
    """One day of one body in one territory and sphere (a place row), or of one executor (a
    people row): the counts of `rollup.MEASURES`, one column each."""

    class Meta:
        verbose_name = _("daily figures")
        verbose_name_plural = _("daily figures")
        constraints = [models.UniqueConstraint(fields=KEY, name="daily_figures_key")]
        indexes = [
            models.Index(fields=["body", "day"], name="daily_figures_body_day"),
            models.Index(fields=["day", "executor"], name="daily_figures_day_executor"),
            # Overdue now sums `open` over all past days: only the rows that have any.
            models.Index(
                fields=["body", "day"],
                include=["executor", "territory", "sphere", "open"],
                condition=models.Q(open__gt=0),
                name="daily_figures_open",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.day} body {self.body}"


class DailySpread(_Keyed):
    """How a measure spreads over values: answers by working days taken, dissatisfied ratings
    by reason."""

    measure = models.CharField(max_length=8)
    value = models.CharField(max_length=32)
    count = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("daily distribution")
        verbose_name_plural = _("daily distributions")
        constraints = [
            models.UniqueConstraint(fields=[*KEY, "measure", "value"], name="daily_spread_key")
        ]
        indexes = [
            # Covering (PostgreSQL): a body's spread is read from the index alone, not from
            # rows scattered over the table.
            models.Index(
                fields=["body", "day"],
                include=["executor", "territory", "sphere", "measure", "value", "count"],
                name="daily_spread_body_day",
            )
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.measure}={self.value}: {self.count}"


class DailyBodyFigures(_Measures):
    """The place rows summed per day and body: what per-body tables and long periods read
    (a year of one body is a few hundred rows here, however its appeals spread)."""

    day = models.DateField()
    body = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("daily figures of a body")
        verbose_name_plural = _("daily figures of bodies")
        constraints = [models.UniqueConstraint(fields=["day", "body"], name="daily_body_key")]
        indexes = [
            models.Index(fields=["body", "day"], name="daily_body_body_day"),
            models.Index(
                fields=["body", "day"],
                include=["open"],
                condition=models.Q(open__gt=0),
                name="daily_body_open",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.day} body {self.body}"


class _BodySpread(models.Model):
    """A body's distribution of a measure over values, for one day or one month."""

    body = models.PositiveIntegerField()
    measure = models.CharField(max_length=8)
    value = models.CharField(max_length=32)
    count = models.IntegerField(default=0)

    class Meta:
        abstract = True


class DailyBodySpread(_BodySpread):
    day = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "body", "measure", "value"], name="daily_body_spread_key"
            )
        ]
        indexes = [
            models.Index(
                fields=["measure", "day"],
                include=["body", "value", "count"],
                name="daily_body_spread_measure",
            )
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.body} {self.measure}={self.value}: {self.count}"


class MonthlyBodySpread(_BodySpread):
    """`DailyBodySpread` summed per month (`month` is its first day): a year's median time to
    answer per body reads twelve months and the odd days at the edges, not 365 days."""

    month = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["month", "body", "measure", "value"], name="monthly_body_spread_key"
            )
        ]
        indexes = [
            models.Index(
                fields=["measure", "month"],
                include=["body", "value", "count"],
                name="monthly_body_spread_measure",
            )
        ]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} {self.body} {self.measure}={self.value}: {self.count}"


class AppealFacts(models.Model):
    """What an appeal last contributed to the roll-ups (the fields of `rollup.Facts`), so a
    change adds only the difference. No `received_on`: it contributes nothing (a merged
    duplicate, counted as the appeal it joined)."""

    appeal = models.OneToOneField(
        "appeals.Appeal", models.CASCADE, primary_key=True, related_name="analytics_facts"
    )
    received_on = models.DateField(null=True)
    body = models.PositiveIntegerField(default=0)
    territory = models.PositiveIntegerField(default=0)
    sphere = models.PositiveIntegerField(default=0)
    executor = models.PositiveIntegerField(default=0)
    urgent = models.BooleanField(default=False)
    repeat = models.BooleanField(default=False)
    answered_on = models.DateField(null=True)
    answer_days = models.IntegerField(null=True)
    late = models.BooleanField(default=False)
    closed_on = models.DateField(null=True)
    outcome = models.CharField(max_length=16, blank=True, default="")
    formal = models.BooleanField(default=False)
    rated_on = models.DateField(null=True)
    dissatisfied = models.BooleanField(default=False)
    reasons = models.JSONField(default=list)
    unjustified_extensions = models.JSONField(default=list)  # ISO days, in order
    breached_on = models.DateField(null=True)
    open_due = models.DateField(null=True)

    class Meta:
        verbose_name = _("appeal facts")
        verbose_name_plural = _("appeal facts")

    def __str__(self) -> str:
        return str(self.appeal_id)


class WorkingDayIndex(models.Model):
    """Working days counted from the first day listed: the working days between two days are
    the difference of their numbers, so a rebuild counts answer times in one join. Filled from
    the legal calendar by `analytics.bulk` for the days it needs."""

    day = models.DateField(primary_key=True)
    number = models.IntegerField()

    class Meta:
        verbose_name = _("working day number")
        verbose_name_plural = _("working day numbers")

    def __str__(self) -> str:
        return f"{self.day}: {self.number}"


class AlertSettings(models.Model):
    """A body's thresholds for early warning (the defaults suit a body of a few thousand
    appeals a year; a ministry with millions may want stricter ones)."""

    body = models.OneToOneField(
        "directory.Body", models.CASCADE, related_name="alert_settings", verbose_name=_("body")
    )
    surge_p_value = models.FloatField(
        _("surge: chance it happens by chance, at most"),
        default=0.001,
        help_text=_("0.001: so many appeals would come by chance once in a thousand weeks."),
    )
    surge_min_appeals = models.PositiveIntegerField(
        _("surge: at least this many appeals"), default=10
    )
    satisfaction_p_value = models.FloatField(
        _("fall in satisfaction: chance, at most"), default=0.01
    )
    satisfaction_min_ratings = models.PositiveIntegerField(
        _("fall in satisfaction: at least this many ratings"), default=20
    )
    campaign_min_size = models.PositiveIntegerField(
        _("campaign: at least this many appeals"), default=20
    )

    class Meta:
        verbose_name = _("early warning settings")
        verbose_name_plural = _("early warning settings")

    def __str__(self) -> str:
        return str(self.body)


class Alert(models.Model):
    """Early warning: something in the appeals is out of the ordinary. It names what, where
    and how much above normal, and carries the anti-crisis plan's checklist for the head."""

    class Kind(models.TextChoices):
        SURGE = "surge", _("surge of appeals")
        CAMPAIGN = "campaign", _("mass campaign")
        SATISFACTION = "satisfaction", _("fall in satisfaction")

    class State(models.TextChoices):
        OPEN = "open", _("open")
        CLOSED = "closed", _("closed")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    state = models.CharField(_("state"), max_length=8, choices=State.choices, default=State.OPEN)
    body = models.ForeignKey("directory.Body", models.CASCADE, related_name="alerts")
    sphere = models.ForeignKey("directory.Sphere", models.SET_NULL, null=True, blank=True)
    territory = models.ForeignKey("directory.Territory", models.SET_NULL, null=True, blank=True)
    campaign = models.ForeignKey("related.Campaign", models.SET_NULL, null=True, blank=True)
    window_start = models.DateField(_("from"))
    window_end = models.DateField(_("to"))
    observed = models.FloatField(_("observed"))
    expected = models.FloatField(_("normal"))
    p_value = models.FloatField(_("chance of it by chance"), null=True, blank=True)
    checklist = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    closing_note = models.TextField(_("what was done"), blank=True)

    class Meta:
        ordering = ["state", "-updated_at"]
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        indexes = [models.Index(fields=["body", "state"], name="alert_body_state")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.body}"


class Digest(models.Model):
    """A thematic digest: the questions people asked most in a sphere and place over a period,
    each with the best-rated full answer, edited by the head before it goes public."""

    class State(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")

    body = models.ForeignKey("directory.Body", models.CASCADE, related_name="digests")
    sphere = models.ForeignKey("directory.Sphere", models.SET_NULL, null=True, blank=True)
    territory = models.ForeignKey("directory.Territory", models.SET_NULL, null=True, blank=True)
    date_from = models.DateField(_("from"))
    date_to = models.DateField(_("to"))
    title = models.CharField(_("title"), max_length=200)
    state = models.CharField(max_length=10, choices=State.choices, default=State.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("thematic digest")
        verbose_name_plural = _("thematic digests")

    def __str__(self) -> str:
        return self.title


class DigestItem(models.Model):
    digest = models.ForeignKey(Digest, models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField()
    appeals = models.PositiveIntegerField(_("appeals like it"))
    question = models.TextField(_("question"))
    answer = models.TextField(_("answer"), blank=True)
    source_appeal = models.ForeignKey(
        "appeals.Appeal", models.SET_NULL, null=True, related_name="+"
    )
    source_answer = models.ForeignKey(
        "answers.Answer", models.SET_NULL, null=True, related_name="+"
    )
    rating = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["position"]

    def __str__(self) -> str:
        return self.question[:60]
