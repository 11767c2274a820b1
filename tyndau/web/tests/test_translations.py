"""Every string the user sees is translated into Kazakh and Russian, and the compiled
catalogues match their sources."""

import ast
from pathlib import Path

import pytest
from django.utils import translation

LOCALE = Path(__file__).resolve().parents[2] / "locale"


def entries(language: str) -> list[dict]:
    """A small .po reader: enough for Django's catalogues."""
    result, current, field = [], None, None
    for raw in (LOCALE / language / "LC_MESSAGES/django.po").read_text("utf-8").splitlines():
        line = raw.strip()
        if not line:
            current = field = None
            continue
        if line.startswith("#,"):
            current = {
                "flags": line[2:],
                "msgctxt": "",
                "msgid": "",
                "msgid_plural": "",
                "msgstr": [],
            }
            result.append(current)
            continue
        if line.startswith("#"):
            continue
        if current is None:
            current = {"flags": "", "msgctxt": "", "msgid": "", "msgid_plural": "", "msgstr": []}
            result.append(current)
        keyword, _, rest = line.partition(" ")
        if keyword.startswith('"'):
            value = ast.literal_eval(line)
            if field == "msgstr":
                current["msgstr"][-1] += value
            else:
                current[field] += value
            continue
        value = ast.literal_eval(rest)
        if keyword.startswith("msgstr"):
            field = "msgstr"
            current["msgstr"].append(value)
        else:
            field = keyword
            current[keyword] = value
    return [e for e in result if e["msgid"]]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_string_is_translated(language):
    catalogue = entries(language)
    assert len(catalogue) > 300
    missing = [e["msgid"] for e in catalogue if not all(e["msgstr"]) or "fuzzy" in e["flags"]]
    assert missing == []
    copied = [
        e["msgid"] for e in catalogue if e["msgstr"][0] == e["msgid"] and len(e["msgid"]) > 12
    ]
    assert copied == []  # a copy of the English is not a translation


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_compiled_catalogue_matches_its_source(language):
    with translation.override(language):
        for entry in entries(language):
            if entry["msgid_plural"]:
                got = translation.ngettext(entry["msgid"], entry["msgid_plural"], 1)
            elif entry["msgctxt"]:
                got = translation.pgettext(entry["msgctxt"], entry["msgid"])
            else:
                got = translation.gettext(entry["msgid"])
            assert got == entry["msgstr"][0], "run `make messages`"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("kk", "9 желтоқсан 2025 ж., 17:00"), ("ru", "9 декабря 2025 г. 17:00")],
)
def test_dates_read_as_in_the_language(language, expected):
    import datetime as dt

    from django.utils import formats

    with translation.override(language):
        assert formats.date_format(dt.datetime(2025, 12, 9, 17, 0), "DATETIME_FORMAT") == expected
