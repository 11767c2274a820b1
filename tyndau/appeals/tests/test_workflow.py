"""The state machine alone: pure Python, no database."""

import pytest

from tyndau.appeals.workflow import (
    EXIT_GROUNDS,
    FINAL_STATUSES,
    TRANSITIONS,
    Ground,
    GroundNotAllowed,
    Status,
    TransitionNotAllowed,
    check_transition,
)

ALLOWED = [
    (current, target)
    for current, targets in TRANSITIONS.items()
    for target in targets
    if target not in EXIT_GROUNDS
]
FORBIDDEN = [
    (Status.REGISTERED, Status.ANSWERED),
    (Status.REGISTERED, Status.IN_PROGRESS),
    (Status.ASSIGNED, Status.ANSWER_APPROVED),
    (Status.IN_PROGRESS, Status.ANSWERED),
    (Status.ANSWER_DRAFTED, Status.ANSWERED),
    (Status.ANSWERED, Status.IN_PROGRESS),
    (Status.ANSWERED, Status.TERMINATED),
    (Status.CLOSED, Status.REGISTERED),
    (Status.TERMINATED, Status.IN_PROGRESS),
    (Status.LEFT_WITHOUT_CONSIDERATION, Status.ASSIGNED),
    (Status.RATED, Status.ANSWERED),
]


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_every_allowed_transition_passes(current, target):
    check_transition(current, target)


@pytest.mark.parametrize(("current", "target"), FORBIDDEN)
def test_forbidden_transitions_raise_a_clear_error(current, target):
    with pytest.raises(TransitionNotAllowed, match=f"'{current}' cannot move to '{target}'"):
        check_transition(current, target)


def test_unknown_statuses_are_refused():
    with pytest.raises(TransitionNotAllowed):
        check_transition("registered", "vanished")


@pytest.mark.parametrize("exit_status", list(EXIT_GROUNDS))
def test_side_exits_need_a_legal_ground_they_accept(exit_status):
    for ground in Ground:
        if ground in EXIT_GROUNDS[exit_status]:
            check_transition(Status.IN_PROGRESS, exit_status, ground)
        else:
            with pytest.raises(GroundNotAllowed):
                check_transition(Status.IN_PROGRESS, exit_status, ground)
    with pytest.raises(GroundNotAllowed):
        check_transition(Status.IN_PROGRESS, exit_status, None)
    with pytest.raises(GroundNotAllowed):
        check_transition(Status.IN_PROGRESS, exit_status, "because")


def test_final_statuses_lead_nowhere():
    for status in FINAL_STATUSES:
        assert TRANSITIONS[status] == frozenset()


def test_every_status_is_reachable_from_registration():
    seen, frontier = {Status.REGISTERED}, [Status.REGISTERED]
    while frontier:
        for target in TRANSITIONS[frontier.pop()]:
            if target not in seen:
                seen.add(target)
                frontier.append(target)
    assert seen == set(Status)
