"""GET /api/v1/stats/bodies: the per-body table of the open statistics page, as JSON."""

from datetime import date

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from pydantic import Field

from tyndau.analytics import figures
from tyndau.api.errors import QUERY, validation_failed
from tyndau.web.params import OUTSIDE_CALENDAR, within_calendar

router = Router(tags=["open statistics"])
CACHE_SECONDS = 300
LONGEST_PERIOD_DAYS = 3660


class Period(Schema):
    date_from: date | None = Field(None, description="First day, YYYY-MM-DD (default: 1 January)")
    date_to: date | None = Field(
        None, description="Last day, YYYY-MM-DD, included (default: today)"
    )


class BodyFigures(Schema):
    body_code: str
    body_name: str = Field(description="In the language asked for (Accept-Language, /kk|ru|en/)")
    received: int
    answered: int
    answered_share_pct: str = Field(description='As the portal rounds it: "99.8", "100"')
    ratings: int
    dissatisfied: int = Field(description="Ratings of 1 or 2 out of 5")
    dissatisfied_share_pct: str
    overdue: int = Field(description="Open past their term today, plus answered late")
    repeat: int = Field(description="Repeat appeals received")
    median_days_to_answer: float | None = Field(description="Working days")


@router.get("/bodies", response={200: list[BodyFigures], **QUERY}, summary="Appeals per body")
def bodies(request, period: Query[Period]) -> list[dict]:
    """Received, answered and rated appeals per state body (its units included) over the
    period, the two tables the e-government portal publishes, plus overdue, repeat appeals
    and the median time to answer. Public; cached for five minutes."""
    today = timezone.localdate()
    date_to = period.date_to or today
    date_from = period.date_from or date(date_to.year, 1, 1)
    if date_to < date_from:
        message = _("The last day is before the first.")
        raise validation_failed([{"field": "date_to", "message": message}], message)
    if (date_to - date_from).days > LONGEST_PERIOD_DAYS:
        message = _("The period is longer than ten years.")
        raise validation_failed([{"field": "date_from", "message": message}], message)
    for name, day in (("date_from", date_from), ("date_to", date_to)):
        if not within_calendar(day):  # the year 1 or 9999 overflows in UTC
            message = str(OUTSIDE_CALENDAR)
            raise validation_failed([{"field": name, "message": message}], message)
    language = getattr(request, "LANGUAGE_CODE", "ru")
    key = f"api:v1:stats:bodies:{date_from}:{date_to}:{language}"
    cached = cache.get(key)
    if cached is None:
        cached = [
            {
                "body_code": row.body.code,
                "body_name": row.body.name_in(language),
                "received": row.received,
                "answered": row.answered,
                "answered_share_pct": row.answered_share,
                "ratings": row.ratings,
                "dissatisfied": row.dissatisfied,
                "dissatisfied_share_pct": row.dissatisfied_share,
                "overdue": row.overdue,
                "repeat": row.repeat,
                "median_days_to_answer": row.median_days,
            }
            for row in figures.by_body(date_from, date_to)
        ]
        cache.set(key, cached, CACHE_SECONDS)
    return cached
