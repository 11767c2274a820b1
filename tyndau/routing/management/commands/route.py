"""`tyndau route --format jsonl`: route appeals in a stream. Each line of standard input is

    {"id": ..., "text": "...", "subject": optional, "territory": optional KATO code,
     "received": optional YYYY-MM-DD}

and each line of standard output, in the same order,

    {"id": ..., "sphere": "utilities", "sphere_confidence": 0.91, "sub_sphere": ...,
     "alternatives": [{"sphere": ..., "confidence": ...}, ...], "urgent": false,
     "urgency_reason": null, "language": "kk|ru|en|mixed", "body": "AKM-AST" (with a
     territory), "model_version": "..."}

A line that cannot be read gets {"id": ..., "line": N, "error": "..."} and the rest go on.
Lines are routed in batches, which is how the model is fastest."""

import json
import sys
from datetime import date

from django.core.management.base import BaseCommand

from tyndau.directory.models import Sphere, Territory
from tyndau.routing import services
from tyndau.routing.engine.router import Incoming

BATCH = 256
MAX_TEXT = 100_000


class LineError(ValueError):
    pass


def parse(line: str) -> tuple[object, Incoming, str | None]:
    try:
        item = json.loads(line)
    except ValueError as error:
        raise LineError(f"not JSON: {error}") from None
    if not isinstance(item, dict):
        raise LineError("expected an object with id and text")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise LineError("text is missing or empty")
    if len(text) > MAX_TEXT:
        raise LineError(f"text is longer than {MAX_TEXT} characters")
    subject = item.get("subject") or ""
    territory = item.get("territory")
    if territory is not None and not isinstance(territory, str | int):
        raise LineError("territory must be a KATO code")
    received = None
    if item.get("received"):
        try:
            received = date.fromisoformat(str(item["received"]))
        except ValueError:
            raise LineError("received must be a date, YYYY-MM-DD") from None
    return item.get("id"), Incoming(text, str(subject), received), territory and str(territory)


class Command(BaseCommand):
    help = "Route appeals read as JSON lines from standard input; write one JSON line each."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--format", choices=["jsonl"], default="jsonl")

    def handle(self, *args, **options) -> None:
        self.router = services.router()
        if self.router.model is None:
            self.stderr.write("No routing model: spheres stay empty. Run `tyndau train`.")
        self.territories: dict[str, Territory | None] = {}
        self.bodies: dict[tuple, str | None] = {}
        self.spheres = {s.code: s for s in Sphere.objects.all()}
        batch = []
        for number, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            batch.append((number, line))
            if len(batch) >= BATCH:
                self._route(batch)
                batch = []
        self._route(batch)

    def _route(self, batch: list[tuple[int, str]]) -> None:
        parsed, results = [], {}
        for number, line in batch:
            try:
                parsed.append((number, *parse(line)))
            except LineError as error:
                results[number] = {"id": _id_of(line), "line": number, "error": str(error)}
        routings = self.router.route_many([incoming for _n, _id, incoming, _t in parsed])
        for (number, item_id, _incoming, territory), routing in zip(parsed, routings, strict=True):
            results[number] = self._result(number, item_id, routing, territory)
        out = sys.stdout
        for number, _line in batch:
            out.write(json.dumps(results[number], ensure_ascii=False) + "\n")
        out.flush()

    def _result(self, number, item_id, routing, territory_code) -> dict:
        result = {"id": item_id, **routing.as_dict()}
        if territory_code is None:
            return result
        territory = self._territory(territory_code)
        if territory is None:
            return {"id": item_id, "line": number, "error": f"unknown territory {territory_code}"}
        result["body"] = self._body(routing.sphere, territory)
        return result

    def _body(self, sphere_code: str | None, territory: Territory) -> str | None:
        """One lookup per sphere and territory, however many lines share them."""
        key = (sphere_code, territory.kato)
        if key not in self.bodies:
            sphere = self.spheres.get(sphere_code or "")
            body = services.suggested_body(sphere, territory, self.router) if sphere else None
            self.bodies[key] = body.code if body else None
        return self.bodies[key]

    def _territory(self, code: str) -> Territory | None:
        if code not in self.territories:
            self.territories[code] = Territory.objects.filter(kato=code).first()
        return self.territories[code]


def _id_of(line: str):
    try:
        item = json.loads(line)
        return item.get("id") if isinstance(item, dict) else None
    except ValueError:
        return None
