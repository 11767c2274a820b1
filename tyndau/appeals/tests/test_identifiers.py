"""ИИН and БИН: structure, check digit, generators. Pure Python: runs without Django."""

import datetime
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tyndau.appeals.identifiers import (
    bin_error,
    birth_date,
    check_digit,
    identifier_error,
    iin_error,
    make_bin,
    make_iin,
    normalize,
)

WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)

births = st.dates(min_value=datetime.date(1800, 1, 1), max_value=datetime.date(2099, 12, 31))
registrations = st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2089, 12, 31))
rngs = st.randoms(use_true_random=False)


@st.composite
def iins(draw: st.DrawFn) -> str:
    return make_iin(draw(rngs), draw(births), draw(st.booleans()))


@st.composite
def bins(draw: st.DrawFn) -> str:
    return make_bin(
        draw(rngs),
        draw(registrations),
        entity_type=draw(st.sampled_from("456")),
        attribute=draw(st.sampled_from("0123")),
    )


def first_pass(number: str) -> int:
    return sum(int(d) * w for d, w in zip(number[:11], WEIGHTS_1, strict=True)) % 11


def with_check_digit(first11: str) -> str:
    digit = check_digit(first11)
    assert digit is not None, first11
    return f"{first11}{digit}"


# --- check_digit ------------------------------------------------------------------------------


def test_check_digit_first_pass():
    # Kaspi Bank's БИН 971240001315: 9*1 + 7*2 + 1*3 + 2*4 + 4*5 + 1*9 + 3*10 + 1*11 = 104,
    # 104 mod 11 = 5.
    assert check_digit("97124000131") == 5


def test_check_digit_second_pass():
    # Weights 1..11 give 98, 98 mod 11 = 10; weights 3..11, 1, 2 give 126, 126 mod 11 = 5.
    assert check_digit("85011530020") == 5


def test_check_digit_none_when_both_passes_give_10():
    # 186 mod 11 = 10, then 142 mod 11 = 10: no number is issued with these 11 digits.
    assert check_digit("85011530028") is None
    assert iin_error("850115300280") == "checksum"


@pytest.mark.parametrize(
    "bad", ["", "1234567890", "123456789012", "1234567890a", "１２３４５６７８９０１"]
)
def test_check_digit_needs_eleven_ascii_digits(bad):
    with pytest.raises(ValueError):
        check_digit(bad)


# --- real numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "971240001315",  # АО «Kaspi Bank»
        "940140000385",  # АО «Народный банк Казахстана»
        "091241017203",  # a branch (6th digit 1)
        "990 140 004 654",  # as grouped in python-stdnum's examples
    ],
)
def test_real_bins_are_valid(number):
    assert bin_error(number) is None
    assert identifier_error(number, "bin") is None


# --- generated numbers ------------------------------------------------------------------------


@given(rng=rngs, born=births, male=st.booleans())
def test_make_iin_is_valid_and_encodes_birth_and_sex(rng, born, male):
    iin = make_iin(rng, born, male)
    assert len(iin) == 12 and iin.isascii() and iin.isdigit()
    assert iin_error(iin) is None
    assert identifier_error(iin, "iin") is None
    assert birth_date(iin) == born
    assert int(iin[6]) % 2 == (1 if male else 0)


@given(rng=rngs, registered=registrations, entity_type=st.sampled_from("456"))
def test_make_bin_is_valid_and_encodes_registration(rng, registered, entity_type):
    number = make_bin(rng, registered, entity_type=entity_type)
    assert bin_error(number) is None
    assert number[:4] == f"{registered:%y%m}"
    assert number[4:6] == f"{entity_type}0"


def test_make_is_reproducible():
    born = datetime.date(1990, 1, 1)
    assert make_iin(random.Random(7), born, True) == make_iin(random.Random(7), born, True)
    assert make_bin(random.Random(7), born) == make_bin(random.Random(7), born)


@pytest.mark.parametrize("year", [1799, 2100])
def test_make_iin_outside_the_encoded_centuries(year):
    with pytest.raises(ValueError):
        make_iin(random.Random(1), datetime.date(year, 1, 1), True)


@pytest.mark.parametrize("kwargs", [{"entity_type": "3"}, {"attribute": "4"}])
def test_make_bin_rejects_unknown_kinds(kwargs):
    with pytest.raises(ValueError):
        make_bin(random.Random(1), datetime.date(2020, 1, 1), **kwargs)


@given(iins())
def test_an_iin_is_never_a_bin(iin):
    # The БИН's 5th digit is 4-6, the ИИН's is the tens of a day, 0-3.
    assert bin_error(iin) == "type"


@given(bins())
def test_a_bin_is_never_an_iin(number):
    # Its digits 5-6 would be a day from 40 on, its 7th a serial digit.
    assert iin_error(number) in {"century", "date"}


# --- the check digit catches single-digit errors, with blind spots ----------------------------


def single_digit_changes(number: str):
    for position in range(12):
        for digit in "0123456789":
            if digit != number[position]:
                yield position, number[:position] + digit + number[position + 1 :]


@given(st.one_of(iins(), bins()))
def test_changing_the_check_digit_is_always_caught(number):
    for digit in set("0123456789") - {number[11]}:
        changed = number[:11] + digit
        assert iin_error(changed) is not None and bin_error(changed) is not None


@given(st.one_of(iins(), bins()))
def test_a_changed_digit_is_caught_when_the_first_pass_decides(number):
    """Weights 1..10 are invertible mod 11, so a change in digits 1-10 moves the first-pass sum;
    it slips through only when the changed number falls to the second pass by chance."""
    kind = "iin" if bin_error(number) is not None else "bin"
    for position, changed in single_digit_changes(number):
        if position in (10, 11):
            continue
        if first_pass(number) != 10 and first_pass(changed) != 10:
            assert identifier_error(changed, kind) is not None, (number, changed)


def test_the_eleventh_digit_is_a_blind_spot():
    """Its first-pass weight is 11, 0 mod 11: when the first pass decides, changing the 11th
    digit keeps the check digit. A valid number is not proof the user typed it right."""
    iin = with_check_digit("90010130012")
    assert first_pass(iin) != 10
    assert iin_error(iin[:10] + "7" + iin[11]) is None
    # When the second pass decides, the same change is caught (weight 2 there).
    assert iin_error("850115300205") is None
    assert iin_error("850115300215") == "checksum"


@given(st.one_of(iins(), bins()))
def test_most_single_digit_changes_are_caught(number):
    kind = "iin" if bin_error(number) is not None else "bin"
    caught = [
        identifier_error(changed, kind) is not None for _, changed in single_digit_changes(number)
    ]
    # Of 108 changes at most 19 slip: the 9 of the 11th digit, and per digit 1-10 at most the
    # one change that moves the number to the other pass and lands on the same check digit.
    assert sum(caught) >= 89


# --- real-shaped bad input --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "length"),
        ("90010130012", "length"),
        ("9001013001234", "length"),
        ("90010130012X", "digits"),
        ("9001О1300123", "digits"),  # a Cyrillic О for the zero
        ("９００１０１３００１２３", "digits"),  # full-width digits: str.isdigit() says yes
        ("90010130012²", "digits"),
        ("ИИН900101300123", "digits"),
        ("901301300125", "date"),  # month 13
        ("900001300123", "date"),  # month 00
        ("900230300123", "date"),  # 30 February
        ("900100300123", "date"),  # day 00
        ("000229300123", "date"),  # 29 February 1900 (century digit 3): 1900 is no leap year
        ("900101700123", "century"),
        ("900101900123", "century"),
        ("900101300124", "checksum"),
    ],
)
def test_iin_errors(value, code):
    assert iin_error(value) == code
    assert identifier_error(value, "iin") == code


def test_iin_29_february_2000_is_fine():
    assert iin_error(with_check_digit("00022950012")) is None
    assert birth_date(with_check_digit("00022950012")) == datetime.date(2000, 2, 29)


def test_iin_with_century_digit_zero_is_valid_but_dateless():
    iin = with_check_digit("76040505051")
    assert iin[6] == "0"
    assert iin_error(iin) is None
    assert birth_date(iin) is None
    # Its month and day are still checked; 29 February passes if any century allows it.
    assert iin_error(with_check_digit("76023105051")) == "date"
    assert iin_error(with_check_digit("00022900051")) is None


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "length"),
        ("97124000131", "length"),
        ("9712400013150", "length"),
        ("97124000131S", "digits"),
        ("971340001315", "date"),  # month 13
        ("970040001315", "date"),  # month 00
        ("971230001315", "type"),  # 5th digit 3
        ("971270001315", "type"),  # 5th digit 7
        ("971244001315", "type"),  # attribute 4
        ("971240001316", "checksum"),
    ],
)
def test_bin_errors(value, code):
    assert bin_error(value) == code
    assert identifier_error(value, "bin") == code


def test_identifier_error_rejects_unknown_kinds():
    with pytest.raises(ValueError):
        identifier_error("971240001315", "rnn")


# --- normalize and birth_date -----------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "971240001315",
        " 971240001315 ",
        "971 240 001 315",
        "971-240-001-315",
        "971\u00a0240\u00a0001\u00a0315",
        "971\u202f240\u2013001\u2014315",
        "97124\t0001315\n",
    ],
)
def test_normalize_drops_spaces_and_dashes(value):
    assert normalize(value) == "971240001315"
    assert bin_error(value) is None


def test_normalize_keeps_everything_else():
    assert normalize("ИИН: 900101+300123") == "ИИН:900101+300123"


@pytest.mark.parametrize("value", ["", "900101300124", "abc", "900101700123"])
def test_birth_date_of_an_invalid_number(value):
    assert birth_date(value) is None


def test_birth_date_reads_the_century():
    assert birth_date(with_check_digit("85011530020")) == datetime.date(1985, 1, 15)
    assert birth_date(with_check_digit("05011560020")) == datetime.date(2005, 1, 15)
    assert birth_date(with_check_digit("85011520020")) == datetime.date(1885, 1, 15)
