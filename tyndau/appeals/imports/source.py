"""Reading an import file: CSV or JSON Lines, record by record, handed on in batches."""

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("csv", "jsonl")
COLUMNS = (
    "external_id",
    "received_at",
    "body",
    "kind",
    "channel",
    "language",
    "territory",
    "sphere",
    "applicant_id",
    "text",
    "answered_at",
    "outcome",
    "rating",
    "rating_reasons",
    "repeat_of",
)
OPTIONAL_COLUMNS = ("subject", "rated_at")  # read when present
KNOWN = COLUMNS + OPTIONAL_COLUMNS
REQUIRED = ("external_id", "received_at", "body", "kind", "channel", "language", "text")


class ImportFileError(Exception):
    """The file as a whole cannot be read (unknown format, missing columns)."""


@dataclass(frozen=True)
class SourceRow:
    line: int  # where the record starts in the file, counting from 1
    values: dict[str, str]
    problem: str = ""  # the line could not even be read as a record


@dataclass
class RecordBatch:
    """Records as they were read: `records[i]` has a value for every name in `names` and
    starts on line `lines[i]`; `problems[i]` says why record i could not be read at all."""

    names: tuple[str, ...]
    lines: list[int] = field(default_factory=list)
    records: list[list[str]] = field(default_factory=list)
    problems: dict[int, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.records)

    def column(self, name: str) -> list[str]:
        """The column's values, stripped; empty strings when the file has no such column. A
        name the header repeats is its last column, as in `row`."""
        at = {n: i for i, n in enumerate(self.names)}.get(name)
        if at is None:
            return [""] * len(self.records)
        return [record[at].strip() for record in self.records]

    def row(self, index: int) -> SourceRow:
        return SourceRow(
            self.lines[index],
            dict(zip(self.names, self.records[index], strict=True)),
            self.problems.get(index, ""),
        )

    def add(self, line: int, record: list[str], problem: str = "") -> None:
        if problem:
            self.problems[len(self.records)] = problem
        self.lines.append(line)
        self.records.append(record)


class Source:
    """A file read record by record; `position` says how far, in bytes, for a progress bar."""

    def __init__(self, path: Path, fmt: str):
        if fmt not in FORMATS:
            raise ImportFileError(f"unknown format '{fmt}': use one of {', '.join(FORMATS)}")
        self.path, self.format = Path(path), fmt
        self.size = self.path.stat().st_size
        self._raw = open(self.path, "rb")  # noqa: SIM115 — closed by close()
        self._text = io.TextIOWrapper(self._raw, encoding="utf-8-sig", newline="")

    def position(self) -> int:
        return self._raw.tell()

    def close(self) -> None:
        self._text.close()

    def __enter__(self) -> "Source":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def batches(self, size: int) -> Iterator[RecordBatch]:
        """The records, `size` at a time (the last batch may be smaller)."""
        return self._csv_batches(size) if self.format == "csv" else self._jsonl_batches(size)

    def _csv_batches(self, size: int) -> Iterator[RecordBatch]:
        first = self._text.readline()
        if not first.strip():
            raise ImportFileError("the file is empty: a header line is expected")
        delimiter = ";" if first.count(";") > first.count(",") else ","
        header = [name.strip().lower() for name in next(csv.reader([first], delimiter=delimiter))]
        missing = [name for name in REQUIRED if name not in header]
        if missing:
            raise ImportFileError(f"missing columns: {', '.join(missing)}")
        names, width = tuple(header), len(header)
        reader = csv.reader(self._text, delimiter=delimiter)
        batch = RecordBatch(names)
        while True:
            line = reader.line_num + 2  # the header line was read before the reader started
            try:
                record = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                batch.add(line, [""] * width, f"unreadable CSV: {error}")
            else:
                if not record:
                    continue
                if len(record) == width:
                    batch.add(line, record)
                elif len(record) < width:
                    batch.add(line, record + [""] * (width - len(record)))
                else:
                    batch.add(line, [""] * width, f"{len(record)} fields, the header has {width}")
            if len(batch) >= size:
                yield batch
                batch = RecordBatch(names)
        if batch.records:
            yield batch

    def _jsonl_batches(self, size: int) -> Iterator[RecordBatch]:
        batch = RecordBatch(KNOWN)
        empty = [""] * len(KNOWN)
        for line, text in enumerate(self._text, start=1):
            if not text.strip():
                continue
            try:
                record = json.loads(text)
            except ValueError as error:
                batch.add(line, empty, f"not JSON: {error}")
            else:
                if isinstance(record, dict):
                    lowered = {str(k).lower(): v for k, v in record.items()}
                    batch.add(line, [_text_of(lowered.get(name)) for name in KNOWN])
                else:
                    batch.add(line, empty, "not a JSON object")
            if len(batch) >= size:
                yield batch
                batch = RecordBatch(KNOWN)
        if batch.records:
            yield batch


def _text_of(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


def format_of(path: Path | str, override: str | None = None) -> str:
    """The format named by `override`, else by the file's extension."""
    if override:
        return override.lower()
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("jsonl", "ndjson"):
        return "jsonl"
    if suffix in ("csv", "txt"):
        return "csv"
    raise ImportFileError(f"cannot tell the format from '.{suffix}': give --format csv|jsonl")
