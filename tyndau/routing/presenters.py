"""The routing card on the appeal page."""

from dataclasses import dataclass

from tyndau.accounts.models import User
from tyndau.accounts.permissions import Action, can
from tyndau.appeals.models import Appeal
from tyndau.appeals.workflow import OPEN_STATUSES
from tyndau.directory.models import Body, Sphere
from tyndau.routing.models import Review, Suggestion
from tyndau.routing.services import moves_appeal

# An alternative the model gives less than this is noise, not a choice worth a button.
SHOWN_FROM = 0.05


@dataclass(frozen=True)
class Option:
    sphere: Sphere
    percent: int
    body: Body | None
    elsewhere: bool  # choosing it sends the appeal to another body


def routing_panel(appeal: Appeal, user: User) -> dict | None:
    suggestion = (
        Suggestion.objects.filter(appeal=appeal)
        .select_related("sphere", "sub_sphere", "body", "chosen_sphere", "reviewed_by")
        .first()
    )
    if suggestion is None:
        return None
    codes = [a["sphere"] for a in suggestion.alternatives]
    bodies = [a.get("body") for a in suggestion.alternatives]
    spheres = {s.code: s for s in Sphere.objects.filter(code__in=codes)}
    by_code = {b.code: b for b in Body.objects.filter(code__in=[c for c in bodies if c])}
    options = []
    for alternative in suggestion.alternatives:
        if alternative["sphere"] in spheres and alternative["confidence"] >= SHOWN_FROM:
            body = by_code.get(alternative.get("body") or "")
            options.append(
                Option(
                    spheres[alternative["sphere"]],
                    round(alternative["confidence"] * 100),
                    body,
                    moves_appeal(appeal, body),
                )
            )
    reviewable = can(user, Action.REDIRECT, appeal) and appeal.status in OPEN_STATUSES
    return {
        "suggestion": suggestion,
        "percent": round((suggestion.confidence or 0) * 100),
        "options": options,
        "reviewable": reviewable,
        "pending": suggestion.review == Review.PENDING,
        "all_spheres": Sphere.objects.filter(parent__isnull=True).prefetch_related("children")
        if reviewable
        else [],
    }
