"""The routing card on the appeal page."""

from dataclasses import dataclass

from tyndau.accounts.models import User
from tyndau.accounts.permissions import Action, can
from tyndau.appeals.models import Appeal
from tyndau.appeals.workflow import OPEN_STATUSES
from tyndau.directory.models import Body, Sphere
from tyndau.routing.models import Review, Suggestion


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
    top = appeal.body.top
    options = [
        Option(
            spheres[a["sphere"]],
            round(a["confidence"] * 100),
            by_code.get(a.get("body") or ""),
            bool(a.get("body")) and not by_code[a["body"]].path.startswith(top.path)
            if a.get("body") in by_code
            else False,
        )
        for a in suggestion.alternatives
        if a["sphere"] in spheres
    ]
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
