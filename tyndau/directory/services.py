"""Reference data that ships with Tyndau: loaded (and kept current) from the CSV files in
`tyndau/directory/data/`. Idempotent: rows are matched by their stable codes, an
administrator's own additions are left alone."""

import csv
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from tyndau.directory import cache
from tyndau.directory.models import Body, Sphere, Territory

DATA_DIR = Path(__file__).resolve().parent / "data"
NAME_FIELDS = ("name_kk", "name_ru", "name_en")


@dataclass(frozen=True)
class LoadReport:
    spheres: int
    territories: int
    bodies: int


def _rows(name: str, data_dir: Path) -> list[dict[str, str]]:
    with open(data_dir / name, encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def _upsert(model, key: str, rows: list[dict], fields: tuple[str, ...]) -> dict[str, object]:
    """Create or update rows by `key` (parents are linked afterwards); returns all by key."""
    existing = {getattr(o, key): o for o in model.objects.all()}
    to_create, to_update = [], []
    for row in rows:
        values = {field: row[field] for field in fields}
        obj = existing.get(row[key])
        if obj is None:
            obj = model(**{key: row[key]}, **values)
            to_create.append(obj)
            existing[row[key]] = obj
        elif any(getattr(obj, f) != v for f, v in values.items()):
            for field, value in values.items():
                setattr(obj, field, value)
            to_update.append(obj)
    model.objects.bulk_create(to_create)
    if to_update:
        model.objects.bulk_update(to_update, list(fields))
    return {getattr(o, key): o for o in model.objects.all()}


@transaction.atomic
def load_reference_data(data_dir: Path = DATA_DIR) -> LoadReport:
    sphere_rows = _rows("spheres.csv", data_dir)
    for row in sphere_rows:
        row["order"] = int(row.get("order") or 0)
    spheres = _upsert(Sphere, "code", sphere_rows, (*NAME_FIELDS, "order"))
    _link_parents(Sphere, spheres, sphere_rows, "code", "parent_code")

    territory_rows = _rows("territories.csv", data_dir)
    territories = _upsert(Territory, "kato", territory_rows, (*NAME_FIELDS, "level"))
    _link_parents(Territory, territories, territory_rows, "kato", "parent_kato")

    body_rows = _rows("bodies.csv", data_dir)
    for row in body_rows:
        row["territory"] = (
            territories.get(row.get("territory_kato", "")) if row.get("territory_kato") else None
        )
    known = {b.code: b for b in Body.objects.select_related("parent").prefetch_related("spheres")}
    for row in body_rows:  # parents precede children in the file; paths follow the tree
        body = known.get(row["code"]) or Body(code=row["code"])
        parent = known.get(row["parent_code"]) if row["parent_code"] else None
        values = {
            **{f: row[f] for f in NAME_FIELDS},
            "kind": row["kind"],
            "territory": row["territory"],
            "parent": parent,
        }
        if body.pk is None or any(getattr(body, f) != v for f, v in values.items()):
            for field, value in values.items():
                setattr(body, field, value)
            body.save()
        known[body.code] = body
        wanted = {spheres[c] for c in row.get("spheres", "").split(";") if c.strip() in spheres}
        if wanted and set(body.spheres.all()) != wanted:
            body.spheres.set(wanted)
    cache.forget()  # bulk writes send no signal: the next read asks for the new stamp
    return LoadReport(len(sphere_rows), len(territory_rows), len(body_rows))


def _link_parents(model, objects: dict, rows: list[dict], key: str, parent_key: str) -> None:
    changed = []
    for row in rows:
        obj = objects[row[key]]
        parent = objects.get(row[parent_key]) if row[parent_key] else None
        if obj.parent_id != (parent.pk if parent else None):
            obj.parent = parent
            changed.append(obj)
    if changed:
        model.objects.bulk_update(changed, ["parent"])
