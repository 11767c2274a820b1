"""The risk map: sphere × region, each cell coloured by how its appeals changed against the
previous period of the same length — volume, dissatisfaction or repeats.

The map is a tile map: one square per region and city of republican significance, placed so
their relative positions hold (north at the top, the Caspian on the left). Drawing real
boundaries would need shipping a boundary file under a licence we could not confirm for the
2022 regions (Abai, Jetisu, Ulytau), so the tiles stand in for it.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import Sum

from tyndau.analytics.figures import Scope
from tyndau.analytics.models import DailyFigures
from tyndau.analytics.shares import dissatisfied_share
from tyndau.directory.models import Sphere, Territory

# (column, row) of each region's tile, by KATO code: 17 regions and 3 cities (2022 borders).
TILES = {
    "390000000": (1, 0),  # Kostanay
    "590000000": (2, 0),  # North Kazakhstan
    "550000000": (3, 0),  # Pavlodar
    "630000000": (4, 0),  # East Kazakhstan
    "270000000": (0, 1),  # West Kazakhstan
    "150000000": (1, 1),  # Aktobe
    "110000000": (2, 1),  # Akmola
    "710000000": (3, 1),  # Astana
    "100000000": (4, 1),  # Abai
    "230000000": (0, 2),  # Atyrau
    "620000000": (1, 2),  # Ulytau
    "350000000": (2, 2),  # Karaganda
    "330000000": (4, 2),  # Jetisu
    "470000000": (0, 3),  # Mangystau
    "430000000": (1, 3),  # Kyzylorda
    "610000000": (2, 3),  # Turkistan
    "310000000": (3, 3),  # Zhambyl
    "190000000": (4, 3),  # Almaty region
    "750000000": (5, 3),  # Almaty
    "790000000": (2, 4),  # Shymkent
}
METRICS = ("volume", "dissatisfaction", "repeats")
# Fewer appeals than this in a cell, now and before together, is too few to call a change.
MIN_APPEALS = 5


@dataclass
class Cell:
    now: dict
    before: dict
    metric: str = "volume"

    @property
    def shown_value(self) -> float | None:
        return self.value(self.metric)

    @property
    def shown_level(self) -> int:
        return self.level(self.metric)

    def _get(self, data: dict, name: str) -> int:
        return data.get(name) or 0

    @property
    def received(self) -> int:
        return self._get(self.now, "received")

    @property
    def enough(self) -> bool:
        return self.received + self._get(self.before, "received") >= MIN_APPEALS

    def value(self, metric: str) -> float | None:
        """The change against the previous period: the ratio of volumes, or the difference
        in percentage points of dissatisfied ratings or of repeat appeals' share."""
        if not self.enough:
            return None
        if metric == "volume":
            before = self._get(self.before, "received")
            return round(self.received / before, 2) if before else float(self.received or 0)
        numerator, denominator = (
            ("dissatisfied", "ratings")
            if metric == "dissatisfaction"
            else ("received_repeat", "received")
        )
        now = _share(self._get(self.now, numerator), self._get(self.now, denominator))
        before = _share(self._get(self.before, numerator), self._get(self.before, denominator))
        if now is None:
            return None
        return round(now - (before or 0.0), 1)

    def level(self, metric: str) -> int:
        """0 calm … 3 alarming, for the colour."""
        value = self.value(metric)
        if value is None:
            return -1
        steps = (1.2, 1.5, 2.0) if metric == "volume" else (2.0, 5.0, 10.0)
        return sum(value >= step for step in steps)

    @property
    def dissatisfied_share(self) -> str:
        return dissatisfied_share(
            self._get(self.now, "dissatisfied"), self._get(self.now, "ratings")
        )


def _share(part: int, whole: int) -> float | None:
    return 100 * part / whole if whole else None


def _cells(scope: Scope, start: date, end: date, region_of: dict[int, int]) -> dict:
    rows = (
        scope.rows(DailyFigures, start, end)
        .values("territory", "sphere")
        .annotate(
            received=Sum("received"),
            ratings=Sum("ratings"),
            dissatisfied=Sum("dissatisfied"),
            received_repeat=Sum("received_repeat"),
        )
    )
    cells: dict[tuple[int, int], dict] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        region = region_of.get(row["territory"])
        if region is None:
            continue
        for name in ("received", "ratings", "dissatisfied", "received_repeat"):
            cells[(row["sphere"], region)][name] += row[name] or 0
    return cells


def regions_by_territory() -> tuple[list[Territory], dict[int, int]]:
    """The top-level territories, and for every territory the top-level one it lies in."""
    territories = {t.pk: t for t in Territory.objects.all()}
    region_of = {}
    for pk, territory in territories.items():
        node = territory
        while node.parent_id and node.parent_id in territories:
            node = territories[node.parent_id]
        region_of[pk] = node.pk
    regions = sorted((t for t in territories.values() if not t.parent_id), key=lambda t: t.kato)
    return regions, region_of


def build(scope: Scope, start: date, end: date, metric: str) -> dict:
    before_end = start.fromordinal(start.toordinal() - 1)
    before_start = before_end.fromordinal(before_end.toordinal() - (end - start).days)
    regions, region_of = regions_by_territory()
    now = _cells(scope, start, end, region_of)
    before = _cells(scope, before_start, before_end, region_of)
    spheres = list(Sphere.objects.filter(parent__isnull=True).order_by("code"))
    grid = {
        (sphere.pk, region.pk): Cell(
            dict(now.get((sphere.pk, region.pk), {})),
            dict(before.get((sphere.pk, region.pk), {})),
            metric,
        )
        for sphere in spheres
        for region in regions
    }
    rows = [
        (sphere, [(region, grid[(sphere.pk, region.pk)]) for region in regions])
        for sphere in spheres
        if any(grid[(sphere.pk, r.pk)].received for r in regions)
    ]
    totals = {region.pk: Cell(defaultdict(int), defaultdict(int), metric) for region in regions}
    for side, cells in (("now", now), ("before", before)):
        for (_sphere, region), counts in cells.items():
            if region in totals:
                target = getattr(totals[region], side)
                for name, count in counts.items():
                    target[name] += count
    tiles = [
        {
            "region": region,
            "cell": totals[region.pk],
            "column": TILES[region.kato][0],
            "row": TILES[region.kato][1],
        }
        for region in regions
        if region.kato in TILES
    ]
    return {
        "regions": regions,
        "rows": rows,
        "tiles": tiles,
        "metric": metric,
        "before": (before_start, before_end),
    }
