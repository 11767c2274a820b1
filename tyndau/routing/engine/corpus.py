"""The training corpus that ships with Tyndau: `tyndau/routing/corpus/*.jsonl`, one file
per top-level sphere, one appeal per line:

    {"id", "language": kk|ru|en|mixed, "sphere": code, "subject", "text",
     "urgent": bool, "urgency_reason": "" | one of urgency.REASONS}

A fixed fifth of it, chosen by a hash of each appeal's id, is held out: never trained on,
only used to measure the model.
"""

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"
HELD_OUT_PERCENT = 20


@dataclass(frozen=True)
class CorpusAppeal:
    id: str
    language: str
    sphere: str
    subject: str
    text: str
    urgent: bool
    urgency_reason: str

    @property
    def held_out(self) -> bool:
        digest = hashlib.sha256(self.id.encode()).digest()
        return int.from_bytes(digest[:4], "big") % 100 < HELD_OUT_PERCENT


def read(directory: Path = CORPUS_DIR) -> list[CorpusAppeal]:
    return list(_lines(directory))


def _lines(directory: Path) -> Iterator[CorpusAppeal]:
    for path in sorted(directory.glob("*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    yield CorpusAppeal(
                        id=row["id"],
                        language=row["language"],
                        sphere=row["sphere"],
                        subject=row.get("subject", ""),
                        text=row["text"],
                        urgent=bool(row.get("urgent")),
                        urgency_reason=row.get("urgency_reason", ""),
                    )
                except (ValueError, KeyError) as error:
                    raise ValueError(f"{path.name}, line {number}: {error}") from error


def split(appeals: list[CorpusAppeal]) -> tuple[list[CorpusAppeal], list[CorpusAppeal]]:
    """(training part, held-out part)."""
    return [a for a in appeals if not a.held_out], [a for a in appeals if a.held_out]
