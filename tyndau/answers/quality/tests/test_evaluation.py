"""The check's figures on the labelled evaluation set must not fall below what the README
reports. `python -m tyndau.answers.quality.evaluate` prints them; raise these floors when the
check improves."""

import pytest

from tyndau.answers.quality.evaluate import EXPECTED_VERDICT, figures, load

# (figure, precision at least, recall at least), per set; measured 2026-11-24.
FLOORS = {
    "dev": [
        ("formal", 0.95, 0.85),
        ("off_topic", 0.95, 0.5),
        ("flagged", 0.95, 0.7),
        ("direct_answer", 0.8, 0.95),
        ("salutation", 0.95, 0.95),
        ("decision", 0.85, 0.9),
        ("legal_reference", 0.95, 0.95),
        ("measures", 0.95, 0.9),
        ("mechanism", 0.8, 0.85),
        ("contacts", 0.95, 0.95),
        ("appeal_rights", 0.95, 0.95),
    ],
    # Held out: written by someone else, scored and never tuned on.
    "test": [
        ("formal", 0.95, 0.45),
        ("off_topic", 0.3, 0.2),
        ("flagged", 0.95, 0.6),
        ("direct_answer", 0.75, 0.95),
        ("salutation", 0.95, 0.9),
        ("decision", 0.85, 0.9),
        ("legal_reference", 0.95, 0.9),
        ("measures", 0.9, 0.85),
        ("mechanism", 0.75, 0.7),
        ("contacts", 0.95, 0.95),
        ("appeal_rights", 0.95, 0.95),
    ],
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def evaluated(request):
    return request.param, figures(load(request.param))


def test_the_sets_are_what_the_issue_asks_for():
    pairs = load("dev") + load("test")
    languages = [p["language"] for p in pairs]
    assert languages.count("ru") + languages.count("kk") >= 60
    assert languages.count("en") >= 10
    kinds = {p["kind"] for p in pairs}
    assert kinds == set(EXPECTED_VERDICT)
    assert len({p["id"] for p in pairs}) == len(pairs)


def test_figures_do_not_fall(evaluated):
    name, measured = evaluated
    below = [
        f"{figure}: precision {measured[figure].precision:.2f} (floor {p}), "
        f"recall {measured[figure].recall:.2f} (floor {r})"
        for figure, p, r in FLOORS[name]
        if measured[figure].precision < p or measured[figure].recall < r
    ]
    assert not below, f"{name}: " + "; ".join(below)
