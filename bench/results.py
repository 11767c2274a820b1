"""bench/results.json: each benchmark writes its own part and leaves the others' as they are."""

import json
from pathlib import Path

PATH = Path(__file__).resolve().parent / "results.json"


def store(part: str, figures: dict, under: str | None = None) -> None:
    """`figures` as results[part], or as results[part][under] when a part holds several runs."""
    stored = json.loads(PATH.read_text()) if PATH.exists() else {}
    if under is None:
        stored[part] = figures
    else:
        stored.setdefault(part, {})[under] = figures
    PATH.write_text(json.dumps(stored, ensure_ascii=False, indent=2) + "\n")
