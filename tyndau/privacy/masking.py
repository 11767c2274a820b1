"""Masking of personal data for lists, logs and analytics. Pure Python, no Django.

A masked value keeps just enough to tell two people apart on a screen ("9001•••••123",
"a•••••••@mail.kz", "+7 701 ••• •• 67", "Нурланов А. С.") and never the whole value.
`scrub_text` finds ИИН/БИН, e-mails and Kazakhstan phone numbers in free text;
`PersonalDataFilter` runs it over every log record.
"""

import contextlib
import logging
import re
from collections.abc import Mapping
from typing import Any

from tyndau.appeals.identifiers import bin_error, iin_error, normalize

__all__ = [
    "MASK",
    "PersonalDataFilter",
    "mask_email",
    "mask_iin",
    "mask_name",
    "mask_name_in_text",
    "mask_phone",
    "scrub_for_log",
    "scrub_text",
]

MASK = "•"
# An e-mail's local part is always shown as its first character and this many marks, so the
# mask does not tell its length.
_EMAIL_MARKS = 7

# --- Patterns for free text -------------------------------------------------------------------

# E-mail: the usual local-part characters (any script's letters too), a domain with at least one
# dot, a top-level domain of letters (.kz, .com, .қаз, .рф). A full stop after it stays outside.
_EMAIL = re.compile(r"[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,}")

# Twelve digits, together or in groups split by single spaces, non-breaking spaces or hyphens
# ("900101300123", "900101 300123", "050 640 004 409"), not part of a longer digit run. Here and
# in _PHONE a mark right after counts as a digit, so that a second run finds nothing new ending
# at a mask; not before, where "•" is also a list bullet: "•+7 701 123 45 67".
_GROUP_SEPARATORS = " \u00a0\u202f-"
_TWELVE_DIGITS = re.compile(r"(?<![0-9])[0-9](?:[ \u00a0\u202f\-]?[0-9]){11}(?![0-9•])")

# A Kazakhstan number: +7, 8 or 7 (or nothing), a 3-digit code starting with 6 or 7 (the
# country's codes are 6xx and 7xx: mobile operators 70x, 747, 771, 775-778, Astana 7172...)
# written together, maybe in parentheses, then 7 digits grouped with spaces, hyphens, dots or
# parentheses: "+7 701 123 45 67", "8 (701) 123-45-67", "87011234567", "+7 (7172) 55-66-77".
# Requiring the code's digits together keeps amounts like "7 500 000 000 тенге" out.
_PHONE = re.compile(
    r"(?<![0-9+])"
    r"(?:(?:\+[ \u00a0]?7|8|7)[ \u00a0\-.]{0,2})?"
    r"\(?[67][0-9]{2}\)?"
    r"(?:[ \u00a0\-.()]{0,2}[0-9]){7}"
    r"(?![0-9•])"
)

# Kazakh patronymics are often written as two words: "Серік ұлы", "Серік қызы".
_PATRONYMIC_SUFFIXES = frozenset({"ұлы", "улы", "uly", "қызы", "кызы", "kyzy"})


# --- Single values ----------------------------------------------------------------------------


def _text(value: str | None) -> str:
    # Template filters get None from empty fields.
    return "" if value is None else str(value)


def mask_iin(value: str | None) -> str:
    """'900101300123' -> '9001•••••123': the first 4 and the last 3 digits stay.

    Spaces and dashes are dropped first. Anything shorter than 12 characters is masked whole:
    keeping 7 of 11 characters would give too much away. None gives "", as in every mask_*.
    """
    value = normalize(_text(value))
    if len(value) < 12:
        return MASK * len(value)
    return value[:4] + MASK * (len(value) - 7) + value[-3:]


def mask_email(value: str | None) -> str:
    """'aigerim.n@mail.kz' -> 'a•••••••@mail.kz': the local part's first character and the
    domain stay. A one-character local part and a value without '@' are masked whole."""
    value = _text(value).strip()
    if not value:
        return ""
    local, at, domain = value.rpartition("@")
    if not at:
        return MASK * _EMAIL_MARKS
    head = local[0] if len(local) > 1 else ""
    return f"{head}{MASK * _EMAIL_MARKS}@{domain}"


def _phone_kept(value: str, digit_count: int) -> tuple[int, int]:
    """How many leading and trailing digits of the phone number `value` stay."""
    if digit_count < 5:
        return 0, 0
    if digit_count < 10:
        return 0, 2
    # The country code and the operator or area code: 7 701, 8 701, 701; a code in parentheses
    # as written, so that "+7 (7172) 55-66-77" keeps Astana's 7172. At least 3 digits go.
    head = digit_count - 7
    if ")" in value:
        head = sum(ch.isdigit() for ch in value[: value.index(")")])
    return min(head, 5, digit_count - 5), 2


def mask_phone(value: str | None) -> str:
    """'+7 701 123 45 67' -> '+7 701 ••• •• 67', '87011234567' -> '8701•••••67'.

    The country and operator code and the last 2 digits stay; the grouping is kept. Short
    numbers keep only their last 2 digits, 4 digits or fewer are masked whole.
    """
    value = _text(value)
    digit_count = sum(ch.isdigit() for ch in value)
    head, tail = _phone_kept(value, digit_count)
    out = []
    seen = 0
    for ch in value:
        if ch.isdigit():
            seen += 1
            if head < seen <= digit_count - tail:
                ch = MASK
        out.append(ch)
    return "".join(out)


def _initial(word: str) -> str:
    """'Айдар' -> 'А.', 'Анна-Мария' -> 'А.-М.'."""
    return "-".join(f"{part[0].upper()}." for part in word.split("-") if part)


def mask_name(value: str | None) -> str:
    """'Нурланов Айдар Серикович' -> 'Нурланов А. С.': the surname, then initials.

    A name of one word becomes its initial. "Серік ұлы"/"Серік қызы" make one initial.
    """
    words = _text(value).split()
    if not words:
        return ""
    if len(words) == 1:
        return _initial(words[0])
    rest = [w for w in words[1:] if w.casefold() not in _PATRONYMIC_SUFFIXES]
    return " ".join([words[0], *(_initial(w) for w in rest)])


# --- Free text --------------------------------------------------------------------------------


def _mask_twelve_digits(match: re.Match[str]) -> str:
    found = match.group()
    digits = "".join(ch for ch in found if ch not in _GROUP_SEPARATORS)
    if digits == found:
        # Twelve digits in a row are masked even with a wrong check digit: an ИИН with a typo
        # is still somebody's ИИН, and nothing else of that shape belongs in a log.
        return mask_iin(digits)
    if iin_error(digits) is None or bin_error(digits) is None:
        # Grouped digits only when they are a valid number: amounts and dates come in groups.
        return mask_iin(digits)
    return found


def scrub_text(text: str) -> str:
    """`text` with every e-mail, ИИН/БИН and Kazakhstan phone number in it masked.

    E-mails go first (their local part may hold digits), then 12-digit numbers, then phones.
    Its output scrubbed again stays the same, short of digit soups such as
    "438995178990-219389493", where a second pass finds a number the first one had overlapped.
    """
    if not text:
        return text
    text = _EMAIL.sub(lambda m: mask_email(m.group()), text)
    text = _TWELVE_DIGITS.sub(_mask_twelve_digits, text)
    return _PHONE.sub(lambda m: mask_phone(m.group()), text)


NAME_WORD_MIN = 3  # shorter words of a name ("А.", "ұлы" stays) would mask ordinary words


def mask_name_in_text(text: str, name: str) -> str:
    """`text` with every word of the person's `name` (of NAME_WORD_MIN letters or more) masked,
    in any case."""
    words = {w for w in re.findall(r"\w+", name or "") if len(w) >= NAME_WORD_MIN}
    if not text or not words:
        return text
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.sub(rf"\b(?:{alternatives})\b", MASK * 3, text, flags=re.IGNORECASE)


# --- Logging ----------------------------------------------------------------------------------

_EXCEPTION_FORMATTER = logging.Formatter()

# The secret part of an applicant's private links (the tracking token, the signed answer
# link, the API's and Open311's token paths): whoever reads a log must not open the appeal.
_SECRET_PATH = re.compile(r"(/(?:track|answer|tracking|tokens)/)[^/\s?#\"'<>]+")


def scrub_for_log(text: str) -> str:
    """`scrub_text`, and private links' tokens masked."""
    if not text:
        return text
    return _SECRET_PATH.sub(lambda m: m.group(1) + MASK * 3, scrub_text(text))


def _scrub_value(value: Any) -> Any:
    """A log argument with personal data masked; the same object when there is none, so that
    %d, %r and friends still get what they expect."""
    if isinstance(value, str):
        return scrub_for_log(value)
    if value is None or isinstance(value, bool):
        return value
    try:
        text = str(value)
    except Exception:
        return value
    scrubbed = scrub_for_log(text)
    return value if scrubbed == text else scrubbed


def _scrub_args(args: Any) -> Any:
    if isinstance(args, Mapping):
        return {key: _scrub_value(item) for key, item in args.items()}
    if isinstance(args, tuple):
        return tuple(_scrub_value(item) for item in args)
    return _scrub_value(args)


class PersonalDataFilter(logging.Filter):
    """Masks ИИН/БИН, e-mails and phones in every log record: its message, its arguments, the
    traceback and stack text. Never drops a record and never raises.

    Attach it to handlers (as settings.LOGGING does): a filter on a logger does not see records
    that propagate up from its children.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        with contextlib.suppress(Exception):  # a logging filter must never break logging
            self._scrub(record)
        return True

    def _scrub(self, record: logging.LogRecord) -> None:
        original_msg, original_args = record.msg, record.args
        record.msg = _scrub_value(original_msg)
        if original_args:
            record.args = _scrub_args(original_args)
            try:
                rendered = record.getMessage()
            except Exception:
                rendered = None
            if rendered is None or scrub_for_log(rendered) != rendered:
                # The masked pieces do not format (a masked number for %d) or personal data
                # straddles them ("%s%s" % ("900101", "300123")): keep the whole message,
                # rendered from the originals and masked.
                try:
                    full = str(original_msg) % original_args
                except Exception:
                    full = None  # logging reports the bad format itself, with masked pieces
                if full is not None:
                    record.msg, record.args = scrub_for_log(full), None
        if record.exc_info and not record.exc_text:
            # Formatter.format uses exc_text when it is set, so the traceback goes out masked.
            record.exc_text = _EXCEPTION_FORMATTER.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub_for_log(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub_for_log(record.stack_info)
