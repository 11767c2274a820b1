"""Masking and the logging filter. Pure Python: runs without Django."""

import datetime
import io
import logging
import logging.config
import random
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tyndau.appeals.identifiers import make_bin, make_iin
from tyndau.privacy.masking import (
    MASK,
    PersonalDataFilter,
    mask_email,
    mask_iin,
    mask_name,
    mask_name_in_text,
    mask_phone,
    scrub_text,
)

IIN = make_iin(random.Random(1), datetime.date(1990, 1, 1), male=True)
BIN = make_bin(random.Random(1), datetime.date(2015, 6, 1))
EMAIL = "aigerim.n@mail.kz"
PHONE = "+7 701 123 45 67"


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


# --- strategies -------------------------------------------------------------------------------

iins = st.builds(
    make_iin,
    st.randoms(use_true_random=False),
    st.dates(datetime.date(1900, 1, 1), datetime.date(2099, 12, 31)),
    st.booleans(),
)
bins = st.builds(
    make_bin,
    st.randoms(use_true_random=False),
    st.dates(datetime.date(1990, 1, 1), datetime.date(2089, 12, 31)),
)
twelve_digits = st.text(alphabet="0123456789", min_size=12, max_size=12)

# Kazakhstan numbers: an operator or area code, 7 digits, written the ways people write them.
codes = st.sampled_from(["700", "701", "702", "705", "707", "708", "747", "771", "775", "777"])
subscribers = st.text(alphabet="0123456789", min_size=7, max_size=7)
phone_layouts = st.sampled_from(
    [
        "+7 {c} {a} {b} {d}",
        "+7{c}{s}",
        "+7 ({c}) {a}-{b}-{d}",
        "8 {c} {a} {b} {d}",
        "8({c}){a}-{b}-{d}",
        "8{c}{s}",
        "7{c}{s}",
        "{c}{s}",
        "8-{c}-{a}-{bd}",
    ]
)


@st.composite
def phones(draw: st.DrawFn) -> str:
    s = draw(subscribers)
    return draw(phone_layouts).format(c=draw(codes), s=s, a=s[:3], b=s[3:5], d=s[5:], bd=s[3:])


local_parts = st.from_regex(r"[a-z][a-z0-9._]{1,15}[a-z0-9]", fullmatch=True)
domains = st.sampled_from(["mail.kz", "gmail.com", "inbox.ru", "gov.kz", "mvd.gov.kz"])
emails = st.builds(lambda local, domain: f"{local}@{domain}", local_parts, domains)

# Cyrillic words and punctuation around a value, never a digit, '+' or '@' right next to it.
words = st.sampled_from(["ИИН", "БИН", "тел.", "номер", "жеке", "нөмір", "пишите", "Құрметті"])
openers = st.sampled_from([" ", ": ", "(", "«", "—", "\n", ",", "№ ", "№"])
closers = st.sampled_from([" ", ")", "»", ".", ",", ";", "!", "?", "\n", ""])


@st.composite
def sentences_with(draw: st.DrawFn, values: st.SearchStrategy[str]) -> tuple[str, str]:
    value = draw(values)
    text = f"{draw(words)}{draw(openers)}{value}{draw(closers)}{draw(words)}"
    return value, text


# --- mask_iin ---------------------------------------------------------------------------------


def test_mask_iin_keeps_four_and_three():
    assert mask_iin("900101300123") == "9001•••••123"
    assert mask_iin("900101 300123") == "9001•••••123"


@pytest.mark.parametrize(("value", "masked"), [("", ""), ("9", "•"), ("90010130012", "•" * 11)])
def test_mask_iin_short_input_is_masked_whole(value, masked):
    assert mask_iin(value) == masked


@given(twelve_digits)
def test_mask_iin_never_returns_the_value(value):
    masked = mask_iin(value)
    assert value not in masked
    assert masked.count(MASK) == 5


# --- mask_email -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("aigerim.n@mail.kz", "a•••••••@mail.kz"),
        ("  Aidar@Gov.KZ ", "A•••••••@Gov.KZ"),
        ("x@mail.kz", "•••••••@mail.kz"),
        ("@mail.kz", "•••••••@mail.kz"),
        ("not an email", "•••••••"),
        ("", ""),
    ],
)
def test_mask_email(value, masked):
    assert mask_email(value) == masked


@given(emails)
def test_mask_email_never_returns_the_local_part(value):
    local, _, domain = value.rpartition("@")
    masked = mask_email(value)
    assert masked != value
    assert local not in masked.rpartition("@")[0]
    assert masked.endswith(f"@{domain}")


# --- mask_phone -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("+7 701 123 45 67", "+7 701 ••• •• 67"),
        ("87011234567", "8701•••••67"),
        ("+77011234567", "+7701•••••67"),
        ("8 (701) 123-45-67", "8 (701) •••-••-67"),
        ("7011234567", "701•••••67"),
        ("+7 (7172) 55-66-77", "+7 (7172) ••-••-77"),
        ("123-45-67", "•••-••-67"),
        ("1414", "••••"),
        ("", ""),
    ],
)
def test_mask_phone(value, masked):
    assert mask_phone(value) == masked


@given(phones())
def test_mask_phone_never_returns_the_number(value):
    masked = mask_phone(value)
    assert digits_of(value) not in digits_of(masked)
    assert masked.count(MASK) == 5
    assert masked[-2:] == value[-2:]


# --- mask_name --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("Нурланов Айдар Серикович", "Нурланов А. С."),
        ("  Нурланов   Айдар  ", "Нурланов А."),
        ("Нұрланова Әйгерім Серік қызы", "Нұрланова Ә. С."),
        ("Ким Анна-Мария", "Ким А.-М."),
        ("Nurlanov aidar", "Nurlanov A."),
        ("Айдар", "А."),
        ("Нурланов А. С.", "Нурланов А. С."),
        ("", ""),
        ("   ", ""),
    ],
)
def test_mask_name(value, masked):
    assert mask_name(value) == masked


@pytest.mark.parametrize("mask", [mask_iin, mask_email, mask_phone, mask_name])
def test_masks_take_none_from_empty_fields(mask):
    assert mask(None) == ""


# --- scrub_text -------------------------------------------------------------------------------


def test_scrub_text_sentence():
    text = f"Прошу ответить: ИИН {IIN}, тел. {PHONE}, e-mail {EMAIL}."
    assert scrub_text(text) == (
        f"Прошу ответить: ИИН {mask_iin(IIN)}, тел. +7 701 ••• •• 67, e-mail a•••••••@mail.kz."
    )


@pytest.mark.parametrize(
    "text",
    [
        f"ИИН:{IIN},",
        f"(ИИН {IIN})",
        f"«{IIN}»",
        f"№{IIN}.",
        f"ИИН{IIN}!",
        f"жеке сәйкестендіру нөмірім — {IIN}; рахмет",
        f"{IIN[:6]} {IIN[6:]}",
        f"{IIN[:4]}-{IIN[4:8]}-{IIN[8:]}",
        f"БИН {BIN[:3]} {BIN[3:6]} {BIN[6:9]} {BIN[9:]}",
        f"БИН{BIN}.",
        f"•{IIN}",
    ],
)
def test_scrub_text_finds_numbers_among_punctuation_and_cyrillic(text):
    scrubbed = scrub_text(text)
    assert IIN not in digits_of(scrubbed)
    assert BIN not in digits_of(scrubbed)
    assert MASK in scrubbed


def test_scrub_text_masks_twelve_digits_in_a_row_even_with_a_typo():
    typo = IIN[:11] + str((int(IIN[11]) + 1) % 10)
    assert scrub_text(f"ИИН {typo}.") == f"ИИН {mask_iin(typo)}."


@pytest.mark.parametrize(
    "text",
    [
        "Сумма 7 500 000 000 тенге",
        "1 700 000 000 тг",
        "77 000 000 000",
        "Срок с 12.05.2024 по 15.06.2024",
        "Обращение № 2024-0000123 от 01.02.2025",
        "13 цифр: 9001013001234",
        "11 цифр: 12345678901",
        "группы: 2024 12 05 1234",
        "индекс 050000, дом 12, кв. 45",
        "",
    ],
)
def test_scrub_text_leaves_other_numbers_alone(text):
    assert scrub_text(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "звоните 8 (701) 123-45-67 или 87011234567!",
        "тел:+77011234567",
        "WhatsApp: +7(701)1234567.",
        "тел. 8-701-123-4567, спасибо",
        "приёмная: +7 (7172) 55-66-77",
        "•+7 701 123 45 67\n•87011234567",
    ],
)
def test_scrub_text_masks_phones(text):
    scrubbed = scrub_text(text)
    assert "1234567" not in digits_of(scrubbed)
    assert "556677" not in digits_of(scrubbed)
    assert MASK in scrubbed


def test_scrub_text_masks_emails():
    text = "Пишите на aigerim.n@mail.kz, Aidar_87011234567@gov.kz или на әйгерім@пошта.қаз."
    assert scrub_text(text) == (
        "Пишите на a•••••••@mail.kz, A•••••••@gov.kz или на ә•••••••@пошта.қаз."
    )


@given(sentences_with(st.one_of(iins, bins, phones(), emails)))
def test_scrub_text_never_lets_a_value_through(value_and_text):
    value, text = value_and_text
    scrubbed = scrub_text(text)
    if "@" in value:
        assert f"{value.rpartition('@')[0]}@" not in scrubbed
        assert mask_email(value) in scrubbed
    else:
        assert digits_of(value) not in digits_of(scrubbed)


@given(st.text())
def test_scrub_text_is_idempotent(text):
    once = scrub_text(text)
    assert scrub_text(once) == once


@given(sentences_with(st.one_of(iins, bins, phones(), emails)))
def test_scrub_text_is_idempotent_on_personal_data(value_and_text):
    once = scrub_text(value_and_text[1])
    assert scrub_text(once) == once


# --- PersonalDataFilter -----------------------------------------------------------------------


@pytest.fixture
def log():
    """A real logger with a StreamHandler that carries the filter; yields (logger, stream)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(PersonalDataFilter())
    logger = logging.getLogger(f"tyndau.tests.privacy.{uuid.uuid4().hex}")
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    logger.addHandler(handler)
    yield logger, stream
    logger.removeHandler(handler)


class Citizen:
    def __str__(self) -> str:
        return f"Citizen({EMAIL}, {IIN})"


class Unprintable:
    def __str__(self) -> str:
        raise RuntimeError("no str")

    def __repr__(self) -> str:
        return "Unprintable()"


def assert_clean(output: str) -> None:
    assert IIN not in digits_of(output)
    assert "1234567" not in digits_of(output)
    assert "aigerim" not in output
    assert MASK in output


def test_filter_masks_the_message(log):
    logger, stream = log
    logger.info(f"new appeal from {IIN}, {PHONE}, {EMAIL}")
    assert stream.getvalue() == (
        f"new appeal from {mask_iin(IIN)}, +7 701 ••• •• 67, a•••••••@mail.kz\n"
    )


def test_filter_masks_percent_args(log):
    logger, stream = log
    logger.warning("appeal %d from %s (%s)", 42, IIN, PHONE)
    assert stream.getvalue() == f"appeal 42 from {mask_iin(IIN)} (+7 701 ••• •• 67)\n"


def test_filter_masks_dict_args(log):
    logger, stream = log
    logger.info("%(iin)s wrote from %(email)s", {"iin": IIN, "email": EMAIL})
    assert stream.getvalue() == f"{mask_iin(IIN)} wrote from a•••••••@mail.kz\n"


def test_filter_masks_a_dict_printed_with_r(log):
    logger, stream = log
    logger.info("payload %r", {"iin": IIN, "n": 1})
    assert_clean(stream.getvalue())
    assert "'n': 1" in stream.getvalue()


def test_filter_masks_non_string_args(log):
    logger, stream = log
    logger.info("iin %d, citizen %s, float %s", int(IIN), Citizen(), float(IIN))
    assert_clean(stream.getvalue())
    assert "%" not in stream.getvalue()


def test_filter_masks_numbers_split_across_args(log):
    logger, stream = log
    logger.info("%s%s", IIN[:6], IIN[6:])
    assert stream.getvalue() == f"{mask_iin(IIN)}\n"


def test_filter_masks_a_non_string_message(log):
    logger, stream = log
    logger.error(ValueError(f"bad iin {IIN}"))
    assert stream.getvalue() == f"bad iin {mask_iin(IIN)}\n"


def test_filter_masks_tracebacks(log):
    logger, stream = log
    try:
        raise ValueError(f"no citizen with iin {IIN} and phone {PHONE}")
    except ValueError:
        logger.exception("lookup failed for %s", EMAIL)
    output = stream.getvalue()
    assert "Traceback" in output and "ValueError" in output
    assert_clean(output)


def test_filter_masks_stack_info():
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "stack", (), None)
    record.stack_info = f'Stack (most recent call last):\n  lookup(iin="{IIN}")'
    PersonalDataFilter().filter(record)
    assert record.stack_info == f'Stack (most recent call last):\n  lookup(iin="{mask_iin(IIN)}")'


def test_filter_keeps_clean_records_untouched():
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "appeal %d of %s", (7, "2025"), None)
    assert PersonalDataFilter().filter(record) is True
    assert record.msg == "appeal %d of %s"
    assert record.args == (7, "2025")


@pytest.mark.parametrize(
    ("msg", "args"),
    [
        ("%d", ("abc",)),
        ("%s %s", (IIN,)),
        ("%(missing)s", ({"iin": IIN},)),
        ("%s", (Unprintable(),)),
        (Unprintable(), ()),
        (None, ()),
        (f"{IIN} %", ()),
    ],
)
def test_filter_never_raises_and_never_drops(msg, args):
    record = logging.LogRecord("t", logging.INFO, __file__, 1, msg, args, None)
    assert PersonalDataFilter().filter(record) is True
    # Whatever logging reports about a broken record carries masked pieces only.
    assert IIN not in repr(record.msg)
    assert IIN not in repr(record.args)


def test_filter_built_by_dict_config_as_in_settings():
    """settings.LOGGING builds the filter from its dotted path with "()"; the same code path
    here, without reconfiguring the process's logging. Records from child loggers propagate
    to the handler and are masked there."""
    configurator = logging.config.DictConfigurator({})
    personal_data = configurator.configure_filter(
        {"()": "tyndau.privacy.masking.PersonalDataFilter"}
    )
    assert isinstance(personal_data, PersonalDataFilter)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(personal_data)
    parent = logging.getLogger(f"tyndau.tests.privacy.{uuid.uuid4().hex}")
    parent.setLevel(logging.INFO)
    parent.propagate = False
    parent.addHandler(handler)
    try:
        logging.getLogger(f"{parent.name}.appeals").info("citizen %s", IIN)
    finally:
        parent.removeHandler(handler)
    assert stream.getvalue() == f"citizen {mask_iin(IIN)}\n"


# --- private links and error reports ---------------------------------------------------------


def test_private_links_are_masked_in_logs():
    from tyndau.privacy.masking import scrub_for_log

    line = "GET /ru/track/Zx8_k2-Pq9/ HTTP/1.1 and /kk/answer/17:AbCdEf/ and /api/v1/tracking/t0k"
    masked = scrub_for_log(line)
    assert "Zx8_k2" not in masked and "17:AbCdEf" not in masked and "t0k" not in masked
    assert "/ru/track/•••/" in masked and scrub_for_log(masked) == masked


def test_error_reports_hide_the_applicants_fields_and_mask_frames(rf):
    from tyndau.privacy.reporting import PersonalDataReporterFilter

    request = rf.post(
        "/ru/appeal/new/",
        {"applicant_name": "Нурланов", "iin_bin": "900101300123", "subject": "Отопление"},
    )
    reporter = PersonalDataReporterFilter()
    shown = reporter.get_post_parameters(request)
    assert shown["applicant_name"] == shown["iin_bin"] == reporter.cleansed_substitute
    assert shown["subject"] == "Отопление"

    def frame_with_personal_data():
        contact = "aidar@example.kz, +7 701 123 45 67"  # noqa: F841  (read from the frame)
        try:
            raise ValueError
        except ValueError as error:
            return error.__traceback__.tb_frame

    variables = dict(reporter.get_traceback_frame_variables(request, frame_with_personal_data()))
    assert "aidar@" not in variables["contact"] and "123 45 67" not in variables["contact"]


def test_a_name_is_masked_word_by_word_in_any_case():
    text = "Уважаемый Айдар Серикович! НУРЛАНОВ А. обратился. Айдарбек не тот."
    assert mask_name_in_text(text, "Нурланов А. Айдар Серикович") == (
        "Уважаемый ••• •••! ••• А. обратился. Айдарбек не тот."
    )
    assert mask_name_in_text(text, "") == text
    assert mask_name_in_text("", "Айдар") == ""
