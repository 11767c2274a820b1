"""The related-appeals card on the appeal page, and what of a campaign an officer may see.

Related appeals can belong to other bodies (the same applicant wrote to two akimats; a mass
campaign reaches many): an officer is shown only those in their scope, never another body's
numbers or subjects."""

from tyndau.accounts.models import User
from tyndau.accounts.permissions import Action, can, visible_appeals
from tyndau.appeals.models import Appeal
from tyndau.related import services
from tyndau.related.models import Campaign, CampaignMember


def campaign_as_seen(campaign: Campaign, user: User) -> tuple[Appeal | None, str]:
    """The campaign's first appeal among those `user` may see, and the subject to show: the
    campaign's own (taken from one of its appeals) when all of them are theirs to see, else
    the subject of their first one, never another body's."""
    visible = visible_appeals(user)
    first = (
        visible.filter(campaign_membership__campaign=campaign).order_by("received_at", "pk").first()
    )
    if first is None:
        return None, ""
    hidden = CampaignMember.objects.filter(campaign=campaign).exclude(appeal__in=visible)
    return first, campaign.subject if not hidden.exists() else first.subject[:200]


def related_panel(appeal: Appeal, user: User) -> dict:
    found = services.relations_of(appeal)
    if found["repeat"] and not can(user, Action.VIEW, found["repeat"].earlier):
        found["repeat"] = None
    found["duplicates"] = [d for d in found["duplicates"] if can(user, Action.VIEW, d.earlier)]
    found["merged_here"] = [m for m in found["merged_here"] if can(user, Action.VIEW, m.appeal)]
    repeat = found["repeat"]
    found["new_pieces"] = (
        services.highlighted(appeal.text, repeat.new_spans) if repeat and repeat.new_spans else []
    )
    found["can_decide"] = can(user, Action.REDIRECT, appeal)
    if found["campaign"] is not None:
        found["campaign_subject"] = campaign_as_seen(found["campaign"], user)[1]
    return found
