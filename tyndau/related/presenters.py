"""The related-appeals card on the appeal page."""

from tyndau.accounts.models import User
from tyndau.accounts.permissions import Action, can
from tyndau.appeals.models import Appeal
from tyndau.related import services


def related_panel(appeal: Appeal, user: User) -> dict:
    found = services.relations_of(appeal)
    repeat = found["repeat"]
    found["new_pieces"] = (
        services.highlighted(appeal.text, repeat.new_spans) if repeat and repeat.new_spans else []
    )
    found["can_decide"] = can(user, Action.REDIRECT, appeal)
    return found
