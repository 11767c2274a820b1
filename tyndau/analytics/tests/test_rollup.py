"""What one appeal contributes (pure: no database)."""

from datetime import date

from tyndau.analytics.rollup import (
    Facts,
    contributions,
    listed_contributions,
    median,
    percentile,
)

RECEIVED = date(2026, 3, 2)
ANSWERED = date(2026, 3, 20)


def facts(**changes) -> Facts:
    values = dict(received_on=RECEIVED, body=5, territory=7, sphere=3, executor=11)
    values.update(changes)
    return Facts(**values)


def test_an_answered_rated_repeat_counts_on_each_of_its_days():
    given = facts(
        repeat=True,
        answered_on=ANSWERED,
        answer_days=14,
        outcome="explained",
        rated_on=date(2026, 3, 25),
        dissatisfied=True,
        reasons=("incomplete",),
    )
    result = contributions(given)
    place = (RECEIVED, 5, 7, 3, 0)
    assert result.counts[place] == {"received": 1, "received_repeat": 1}
    answered = result.counts[(ANSWERED, 5, 7, 3, 0)]
    assert answered == {"answered": 1, "answer_days": 14, "repeat_explained": 1}
    assert result.counts[(ANSWERED, 5, 0, 0, 11)] == answered  # the executor's own row
    assert result.spread[(ANSWERED, 5, 7, 3, 0, "days", "14")] == 1
    assert result.spread[(date(2026, 3, 25), 5, 7, 3, 0, "reason", "incomplete")] == 1


def test_a_change_adds_only_the_difference():
    before = contributions(facts())
    after = contributions(facts(answered_on=ANSWERED, answer_days=3, late=True))
    change = after.minus(before)
    assert (RECEIVED, 5, 7, 3, 0) not in change.counts  # received did not change
    assert change.counts[(ANSWERED, 5, 7, 3, 0)]["answered_late"] == 1
    moved = contributions(facts(body=6)).minus(before)
    assert moved.counts[(RECEIVED, 5, 7, 3, 0)]["received"] == -1
    assert moved.counts[(RECEIVED, 6, 7, 3, 0)]["received"] == 1
    assert contributions(None).minus(before).counts[(RECEIVED, 5, 7, 3, 0)]["received"] == -1


def test_the_listed_part_is_summed_with_the_rest():
    given = facts(
        executor=0,
        answered_on=ANSWERED,
        rated_on=ANSWERED,
        dissatisfied=True,
        reasons=("other", "incomplete"),
        unjustified_extensions=(RECEIVED,),
    )
    listed = listed_contributions(given)
    assert listed.spread == {
        (ANSWERED, 5, 7, 3, 0, "reason", "other"): 1,
        (ANSWERED, 5, 7, 3, 0, "reason", "incomplete"): 1,
    }
    assert listed.counts == {(RECEIVED, 5, 7, 3, 0): {"unjustified_extensions": 1}}
    whole = contributions(given)
    assert whole.counts[(RECEIVED, 5, 7, 3, 0)]["unjustified_extensions"] == 1
    assert whole.spread[(ANSWERED, 5, 7, 3, 0, "reason", "other")] == 1
    unhappy_without_saying = listed_contributions(facts(rated_on=ANSWERED, reasons=("other",)))
    assert not unhappy_without_saying.spread  # the reasons count only with dissatisfaction


def test_median_and_90th_percentile_from_a_distribution():
    days = {2: 3, 5: 4, 15: 2, 30: 1}  # ten answers
    assert median(days) == 5.0
    assert percentile(days, 0.9) == 15.0
    assert median({1: 1, 3: 1}) == 2.0
    assert median({}) is None and percentile({}, 0.9) is None
