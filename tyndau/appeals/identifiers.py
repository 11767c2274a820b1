"""Kazakhstan's ИИН and БИН: the 12-digit numbers of a person and of a business.

Pure Python, no Django: forms, models, the demo data and the privacy filters all use it.

ИИН (individual identification number)::

    Y Y M M D D  C  S S S S  K
    birth date   |  serial   check digit
                 century and sex

БИН (business identification number)::

    Y Y M M  T  A  S S S S S  K
    reg.     |  |  serial     check digit
    date     |  attribute: 0 head office, 1 branch, 2 representative office,
             |             3 peasant (farm) holding in joint entrepreneurship
             type: 4 resident legal entity, 5 non-resident legal entity,
                   6 individual entrepreneur in joint entrepreneurship (ИП(С))

The check digit (both numbers): the first 11 digits weighted 1..11, sum mod 11. A result of 10
is computed again with the weights 3..11, 1, 2; a second 10 means no number is ever issued with
these 11 digits. Checked against several independent public implementations: python-stdnum's
``stdnum/kz/bin.py`` (structure of the БИН, after the OECD "Kazakhstan TIN" sheet),
valery1707/kaz-person-id (cites Government Decree No. 406 of 22 May 2007, the Rules for forming
the identification number), identique/idnumbers and ZhymabekRoman/kz-iin-validator; real БИНs
(Kaspi Bank 971240001315, Halyk Bank 940140000385, a branch 091241017203) pass.

Since Government Decree No. 853 of 26 August 2013 the Rules no longer bind an ИИН's digits to
the holder's data (Ministry of Justice, 2019: "a mismatch between the ИИН and the date of birth
is not an error"). So `birth_date` is what the number encodes, never a fact about the person.
"""

import datetime
import random

__all__ = [
    "bin_error",
    "birth_date",
    "check_digit",
    "identifier_error",
    "iin_error",
    "make_bin",
    "make_iin",
    "normalize",
]

_DIGITS = frozenset("0123456789")
_WEIGHTS = ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))
# Dashes people and word processors put into grouped numbers: hyphen-minus, hyphen,
# non-breaking hyphen, figure dash, en dash, em dash, minus sign.
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")

# The 7th digit of an ИИН: the century of birth and the sex (odd male, even female).
# 0 is accepted too: numbers with a 0 there are issued and live (to foreigners among others;
# a script that checks ИИНs against the state database of individuals through the National
# Certification Authority lists 980109050588 and 991223050176 as active and 760405050511 as a
# foreigner's). Such a number tells neither century nor sex: it is valid, but `birth_date`
# returns None for it. Several public validators reject 0 ("unassigned"); refusing a real
# person's appeal is worse than accepting a number whose 7th digit says nothing.
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}
_UNKNOWN_CENTURY = 0

_BIN_TYPES = frozenset("456")
_BIN_ATTRIBUTES = frozenset("0123")


def normalize(value: str) -> str:
    """The value without spaces (any kind, non-breaking ones too) and dashes."""
    return "".join(ch for ch in value if not ch.isspace() and ch not in _DASHES)


def check_digit(first11: str) -> int | None:
    """The check digit for the first 11 digits, or None if no number has them.

    Raises ValueError unless `first11` is exactly 11 ASCII digits.
    """
    if len(first11) != 11 or not _DIGITS.issuperset(first11):
        raise ValueError("check_digit needs exactly 11 digits")
    digits = [int(ch) for ch in first11]
    for weights in _WEIGHTS:
        rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if rest != 10:
            return rest
    return None


def _shape_error(value: str) -> str | None:
    if not _DIGITS.issuperset(value):
        return "digits"
    if len(value) != 12:
        return "length"
    return None


def _checksum_error(value: str) -> str | None:
    expected = check_digit(value[:11])
    return None if expected == int(value[11]) else "checksum"


def _is_day(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def iin_error(value: str) -> str | None:
    """None for a valid ИИН, else why not: "digits", "length", "century", "date", "checksum".

    The value is normalized first, so "900101 300123" is fine. The first failing check in that
    order wins: any non-digit (a Cyrillic О, full-width digits) is "digits" whatever the length,
    and the century comes before the date because it decides whether 29 February exists.
    """
    value = normalize(value)
    if error := _shape_error(value):
        return error
    century_digit = int(value[6])
    if century_digit != _UNKNOWN_CENTURY and century_digit not in _CENTURY:
        return "century"
    yy, month, day = int(value[0:2]), int(value[2:4]), int(value[4:6])
    # An unknown century (0) is taken as the 2000s: 29 February passes whenever yy is a leap
    # year in some century.
    year = _CENTURY.get(century_digit, 2000) + yy
    if not _is_day(year, month, day):
        return "date"
    return _checksum_error(value)


def bin_error(value: str) -> str | None:
    """None for a valid БИН, else why not: "digits", "length", "date", "type", "checksum".

    The value is normalized first; the first failing check in that order wins. "type" covers
    both the 5th digit (4-6) and the 6th, the attribute (0-3). The two-digit year is not
    checked: БИНs carry the (re-)registration date; Kaspi Bank's 971240001315 is of 1997.
    """
    value = normalize(value)
    if error := _shape_error(value):
        return error
    if not 1 <= int(value[2:4]) <= 12:
        return "date"
    if value[4] not in _BIN_TYPES or value[5] not in _BIN_ATTRIBUTES:
        return "type"
    return _checksum_error(value)


def identifier_error(value: str, kind: str) -> str | None:
    """`iin_error` or `bin_error` by `kind` ("iin" or "bin"); ValueError for any other kind."""
    if kind == "iin":
        return iin_error(value)
    if kind == "bin":
        return bin_error(value)
    raise ValueError(f"unknown identifier kind {kind!r}: expected 'iin' or 'bin'")


def birth_date(iin: str) -> datetime.date | None:
    """The birth date a valid ИИН encodes; None if it is invalid or its century is unknown (0).

    Not necessarily the person's real birth date: see the module's docstring.
    """
    iin = normalize(iin)
    if iin_error(iin) is not None or int(iin[6]) == _UNKNOWN_CENTURY:
        return None
    return datetime.date(_CENTURY[int(iin[6])] + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))


def _with_serial(rng: random.Random, head: str, serial_digits: int) -> str:
    """`head` + a serial + the check digit: the first serial, counting on from a random one,
    whose 11 digits have a check digit (roughly 1 in 121 has none)."""
    size = 10**serial_digits
    start = rng.randrange(size)
    for step in range(size):
        first11 = f"{head}{(start + step) % size:0{serial_digits}d}"
        digit = check_digit(first11)
        if digit is not None:
            return f"{first11}{digit}"
    raise RuntimeError("no serial gives a check digit")  # pragma: no cover - never happens


def make_iin(rng: random.Random, born: datetime.date, male: bool) -> str:
    """A valid ИИН for someone born on `born` (1800-2099), for demo data and tests."""
    base = {1800: 1, 1900: 3, 2000: 5}.get(born.year // 100 * 100)
    if base is None:
        raise ValueError(f"an ИИН encodes years 1800-2099, not {born.year}")
    century_digit = base if male else base + 1
    yymmdd = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}"
    return _with_serial(rng, f"{yymmdd}{century_digit}", 4)


def make_bin(
    rng: random.Random,
    registered: datetime.date,
    *,
    entity_type: str = "4",
    attribute: str = "0",
) -> str:
    """A valid БИН registered in `registered`'s month, for demo data and tests.

    By default the head office of a resident legal entity, as a state body is.
    """
    if entity_type not in _BIN_TYPES or attribute not in _BIN_ATTRIBUTES:
        raise ValueError("entity_type must be one of 4, 5, 6 and attribute one of 0-3")
    yymm = f"{registered.year % 100:02d}{registered.month:02d}"
    return _with_serial(rng, f"{yymm}{entity_type}{attribute}", 5)
