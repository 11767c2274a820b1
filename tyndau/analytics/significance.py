"""The statistics behind early warning (pure: scipy only), each one a test a head can be told
in a sentence.

- A surge: this week's appeals against the weekly average of the eight weeks before. If the
  appeals arrived at that average rate (a Poisson process), how likely would this many or
  more be? "Once in a thousand weeks" (p = 0.001) is a surge.
- A fall in satisfaction: the share of dissatisfied ratings in the last 30 days against the
  90 days before (a one-sided two-proportion z-test).
"""

from math import sqrt

from scipy.stats import norm, poisson

SURGE_WEEKS = 8
# A quiet place with no appeals at all for eight weeks still "expects" this many a week, so
# that one or two appeals there are not a surge.
QUIET_WEEKLY = 0.5


def surge_p_value(this_week: int, weekly_history: list[int]) -> tuple[float, float]:
    """(expected a week, the chance of `this_week` or more at that rate)."""
    expected = max(sum(weekly_history) / max(len(weekly_history), 1), QUIET_WEEKLY)
    return expected, float(poisson.sf(this_week - 1, expected))


def fall_p_value(bad_now: int, rated_now: int, bad_before: int, rated_before: int) -> float:
    """The chance of a dissatisfied share this much higher by chance (1.0 when it is not
    higher, or when either period has no ratings)."""
    if not rated_now or not rated_before:
        return 1.0
    share_now, share_before = bad_now / rated_now, bad_before / rated_before
    if share_now <= share_before:
        return 1.0
    pooled = (bad_now + bad_before) / (rated_now + rated_before)
    spread = sqrt(pooled * (1 - pooled) * (1 / rated_now + 1 / rated_before))
    if spread == 0:
        return 0.0
    return float(norm.sf((share_now - share_before) / spread))
