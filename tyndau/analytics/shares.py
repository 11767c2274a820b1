"""Shares as the e-government portal publishes them (pure Python).

Read off the portal's own table (tyndau/analytics/data/ministries_2023-02-07.csv): a share
is given to one decimal, rounded half up ("34.0", "99.8"); all answered reads "100"; and a
share that one decimal would round up to 100 while some appeals are still unanswered gets
two decimals instead ("99.99", "99.95"), so "100" always means every one.
"""

from decimal import ROUND_HALF_UP, Decimal


def _rounded(part: int, whole: int, places: int) -> Decimal:
    exact = Decimal(part) * 100 / Decimal(whole)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def answered_share(answered: int, received: int) -> str:
    """The answered share of received appeals, as the portal writes it ("" for none)."""
    if not received:
        return ""
    if answered >= received:
        return "100"
    for places in (1, 2, 3, 4):
        share = _rounded(answered, received, places)
        if share < 100:
            return str(share)
    return str(_rounded(answered, received, 5))


def dissatisfied_share(dissatisfied: int, ratings: int) -> str:
    """The share of dissatisfied ratings, one decimal ("" when nobody rated)."""
    if not ratings:
        return ""
    return str(_rounded(dissatisfied, ratings, 1))
