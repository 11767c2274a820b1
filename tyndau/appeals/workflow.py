"""The appeal's life as one state machine. Pure Python: the table below is the law of the code.

Every status change anywhere in Tyndau goes through `check_transition`; the services module
applies it and writes the event.
"""

from enum import StrEnum


class Status(StrEnum):
    REGISTERED = "registered"
    REDIRECTED = "redirected"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    EXTENSION_REQUESTED = "extension_requested"
    EXTENDED = "extended"
    ANSWER_DRAFTED = "answer_drafted"
    ANSWER_APPROVED = "answer_approved"
    ANSWERED = "answered"
    RATED = "rated"
    CLOSED = "closed"
    LEFT_WITHOUT_CONSIDERATION = "left_without_consideration"
    TERMINATED = "terminated"
    MERGED = "merged"  # a duplicate joined to the earlier appeal that carries on


class Outcome(StrEnum):
    SATISFIED = "satisfied"
    REFUSED = "refused"
    EXPLAINED = "explained"
    TERMINATED = "terminated"


class Ground(StrEnum):
    """Legal grounds to leave an appeal without consideration or terminate it (АППК art. 89)."""

    ANONYMOUS = "anonymous"
    NO_SUBSTANCE = "no_substance"
    REPEAT_WITHOUT_NEW_ARGUMENTS = "repeat_without_new_arguments"
    WITHDRAWN = "withdrawn"


S = Status
_WORKING = {
    S.REGISTERED,
    S.REDIRECTED,
    S.ASSIGNED,
    S.IN_PROGRESS,
    S.EXTENSION_REQUESTED,
    S.EXTENDED,
}

TRANSITIONS: dict[Status, frozenset[Status]] = {
    S.REGISTERED: frozenset({S.REDIRECTED, S.ASSIGNED}),
    S.REDIRECTED: frozenset({S.REDIRECTED, S.ASSIGNED}),
    S.ASSIGNED: frozenset({S.REDIRECTED, S.IN_PROGRESS}),
    S.IN_PROGRESS: frozenset({S.REDIRECTED, S.EXTENSION_REQUESTED, S.ANSWER_DRAFTED}),
    S.EXTENSION_REQUESTED: frozenset({S.EXTENDED, S.IN_PROGRESS}),
    S.EXTENDED: frozenset({S.EXTENSION_REQUESTED, S.ANSWER_DRAFTED}),
    S.ANSWER_DRAFTED: frozenset({S.ANSWER_APPROVED, S.IN_PROGRESS}),
    S.ANSWER_APPROVED: frozenset({S.ANSWERED}),
    S.ANSWERED: frozenset({S.RATED, S.CLOSED}),
    S.RATED: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
    S.LEFT_WITHOUT_CONSIDERATION: frozenset(),
    S.TERMINATED: frozenset(),
    S.MERGED: frozenset(),
}
for _status in _WORKING:
    TRANSITIONS[_status] = TRANSITIONS[_status] | {
        S.LEFT_WITHOUT_CONSIDERATION,
        S.TERMINATED,
        S.MERGED,
    }

# Which grounds each side exit accepts.
EXIT_GROUNDS: dict[Status, frozenset[Ground]] = {
    S.LEFT_WITHOUT_CONSIDERATION: frozenset(
        {Ground.ANONYMOUS, Ground.NO_SUBSTANCE, Ground.REPEAT_WITHOUT_NEW_ARGUMENTS}
    ),
    S.TERMINATED: frozenset({Ground.WITHDRAWN, Ground.REPEAT_WITHOUT_NEW_ARGUMENTS}),
}

OPEN_STATUSES = frozenset(_WORKING | {S.ANSWER_DRAFTED, S.ANSWER_APPROVED})
FINAL_STATUSES = frozenset({S.CLOSED, S.LEFT_WITHOUT_CONSIDERATION, S.TERMINATED, S.MERGED})
ANSWER_OUTCOMES = frozenset({Outcome.SATISFIED, Outcome.REFUSED, Outcome.EXPLAINED})


class TransitionNotAllowed(Exception):
    """A status change the law of the appeal's life does not allow."""

    def __init__(self, current: str, target: str):
        self.current, self.target = current, target
        super().__init__(f"An appeal in status '{current}' cannot move to '{target}'.")


class GroundNotAllowed(Exception):
    def __init__(self, target: str, ground: str):
        self.target, self.ground = target, ground
        super().__init__(f"Ground '{ground}' does not allow the exit '{target}'.")


def allowed_targets(current: str) -> frozenset[Status]:
    return TRANSITIONS[Status(current)]


def check_transition(current: str, target: str, ground: str | None = None) -> None:
    """Raise if `current → target` is forbidden (or the exit's legal ground does not fit)."""
    try:
        current_status, target_status = Status(current), Status(target)
    except ValueError as error:
        raise TransitionNotAllowed(current, target) from error
    if target_status not in TRANSITIONS[current_status]:
        raise TransitionNotAllowed(current, target)
    if target_status in EXIT_GROUNDS and ground not in EXIT_GROUNDS[target_status]:
        raise GroundNotAllowed(target, str(ground))
