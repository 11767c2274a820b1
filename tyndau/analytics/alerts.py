"""Early warning: find surges, mass campaigns and falls in satisfaction in the roll-ups, and
keep each as an alert the head works through with the anti-crisis checklist.

Run daily (`tyndau detect_alerts`); an alert still open is updated, not repeated.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tyndau.accounts.models import User
from tyndau.analytics.figures import top_bodies
from tyndau.analytics.models import Alert, AlertSettings, DailyFigures
from tyndau.analytics.riskmap import regions_by_territory
from tyndau.analytics.significance import SURGE_WEEKS, fall_p_value, surge_p_value
from tyndau.appeals.services import DomainError
from tyndau.directory.models import Body
from tyndau.related.models import Campaign

# The anti-crisis plan (the source study's Table 8 and its case), as steps to work through.
CHECKLIST = (
    ("risk_analysis", _("Risk analysis: find why these appeals come, read a sample of them")),
    ("priorities", _("Priorities: the urgent and critical ones first, a fast track for the rest")),
    ("communication", _("Communication: tell the citizens what is being done and when")),
    ("staff", _("Staff: name who is responsible; brief or train them on this question")),
    ("monitoring", _("Monitoring: watch time to answer, satisfaction and repeats daily")),
)
WEEK = dt.timedelta(days=7)
SATISFACTION_NOW = dt.timedelta(days=30)
SATISFACTION_BEFORE = dt.timedelta(days=90)
CAMPAIGN_RECENT = dt.timedelta(days=14)


def settings_for(body: Body) -> AlertSettings:
    return AlertSettings.objects.filter(body=body).first() or AlertSettings(body=body)


@dataclass
class Found:
    kind: str
    body: Body
    window_start: dt.date
    window_end: dt.date
    observed: float
    expected: float
    p_value: float | None = None
    sphere_id: int | None = None
    territory_id: int | None = None
    campaign_id: int | None = None


def find_surges(today: dt.date) -> list[Found]:
    bodies, top_of = top_bodies()
    _regions, region_of = regions_by_territory()
    start = today - WEEK * (SURGE_WEEKS + 1) + dt.timedelta(days=1)
    rows = (
        DailyFigures.objects.filter(day__gte=start, day__lte=today, executor=0)
        .values("body", "sphere", "territory", "day")
        .annotate(n=Sum("received"))
    )
    weekly: dict[tuple, list[int]] = defaultdict(lambda: [0] * (SURGE_WEEKS + 1))
    for row in rows:
        if not row["n"]:
            continue
        key = (top_of.get(row["body"], row["body"]), row["sphere"], region_of.get(row["territory"]))
        week = (today - row["day"]).days // 7  # 0: the last seven days
        weekly[key][week] += row["n"]
    found = []
    for (body_id, sphere_id, region_id), weeks in weekly.items():
        body = bodies[body_id]
        limits = settings_for(body)
        this_week, history = weeks[0], weeks[1:]
        if this_week < limits.surge_min_appeals:
            continue
        expected, p_value = surge_p_value(this_week, history)
        if p_value < limits.surge_p_value:
            found.append(
                Found(
                    Alert.Kind.SURGE,
                    body,
                    today - WEEK + dt.timedelta(days=1),
                    today,
                    this_week,
                    round(expected, 1),
                    p_value,
                    sphere_id=sphere_id or None,
                    territory_id=region_id,
                )
            )
    return found


def find_falls(today: dt.date) -> list[Found]:
    bodies, top_of = top_bodies()
    now_start = today - SATISFACTION_NOW + dt.timedelta(days=1)
    before_start = now_start - SATISFACTION_BEFORE
    sums: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    rows = (
        DailyFigures.objects.filter(day__gte=before_start, day__lte=today, executor=0)
        .values("body", "day")
        .annotate(rated=Sum("ratings"), bad=Sum("dissatisfied"))
    )
    for row in rows:
        top = top_of.get(row["body"], row["body"])
        offset = 0 if row["day"] >= now_start else 2
        sums[top][offset] += row["bad"] or 0
        sums[top][offset + 1] += row["rated"] or 0
    found = []
    for body_id, (bad_now, rated_now, bad_before, rated_before) in sums.items():
        limits = settings_for(bodies[body_id])
        if rated_now < limits.satisfaction_min_ratings:
            continue
        p_value = fall_p_value(bad_now, rated_now, bad_before, rated_before)
        if p_value < limits.satisfaction_p_value:
            found.append(
                Found(
                    Alert.Kind.SATISFACTION,
                    bodies[body_id],
                    now_start,
                    today,
                    round(100 * bad_now / rated_now, 1),
                    round(100 * bad_before / rated_before, 1),
                    p_value,
                )
            )
    return found


def find_campaigns(today: dt.date) -> list[Found]:
    bodies, top_of = top_bodies()
    since = timezone.now() - CAMPAIGN_RECENT
    found = []
    for campaign in Campaign.objects.filter(last_at__gte=since).select_related("first_appeal"):
        body = bodies[top_of.get(campaign.first_appeal.body_id, campaign.first_appeal.body_id)]
        if campaign.size < settings_for(body).campaign_min_size:
            continue
        found.append(
            Found(
                Alert.Kind.CAMPAIGN,
                body,
                timezone.localdate(campaign.started_at),
                timezone.localdate(campaign.last_at),
                campaign.size,
                1,
                campaign_id=campaign.pk,
                territory_id=campaign.first_appeal.territory_id,
            )
        )
    return found


def detect(today: dt.date | None = None) -> list[Alert]:
    """Find what is out of the ordinary today; open an alert for each, or update the open
    one that already says it."""
    today = today or timezone.localdate()
    alerts = []
    for found in find_surges(today) + find_falls(today) + find_campaigns(today):
        with transaction.atomic():
            alert, _created = Alert.objects.update_or_create(
                kind=found.kind,
                body=found.body,
                sphere_id=found.sphere_id,
                territory_id=found.territory_id,
                campaign_id=found.campaign_id,
                state=Alert.State.OPEN,
                defaults={
                    "window_start": found.window_start,
                    "window_end": found.window_end,
                    "observed": found.observed,
                    "expected": found.expected,
                    "p_value": found.p_value,
                },
            )
        alerts.append(alert)
    return alerts


def tick(alert: Alert, item: str, *, done: bool, note: str, actor: User) -> Alert:
    """The head marks a step of the checklist done (or not), with a note of what was done."""
    if item not in dict(CHECKLIST):
        raise DomainError(_("No such step in the checklist."))
    with transaction.atomic():
        alert = Alert.objects.select_for_update().get(pk=alert.pk)
        if alert.state != Alert.State.OPEN:
            raise DomainError(_("The alert is closed."))
        alert.checklist[item] = {
            "done": done,
            "note": note.strip(),
            "by": actor.full_name,
            "at": timezone.now().isoformat(timespec="minutes"),
        }
        alert.save(update_fields=["checklist", "updated_at"])
    return alert


def close(alert: Alert, *, note: str, actor: User) -> Alert:
    """Closing needs every step done and a word on the result."""
    missing = [label for code, label in CHECKLIST if not alert.checklist.get(code, {}).get("done")]
    if missing:
        raise DomainError(_("Work through the checklist first: %(step)s") % {"step": missing[0]})
    if not note.strip():
        raise DomainError(_("Say what was done and what changed."))
    alert.state, alert.closed_at, alert.closed_by = Alert.State.CLOSED, timezone.now(), actor
    alert.closing_note = note.strip()
    alert.save()
    return alert
