"""The sealing core, without Django."""

import pytest

from tyndau.privacy.crypto import PREFIX, DataKeyError, Sealer, derive_key, new_key


def test_a_sealed_value_opens_and_hides_itself():
    sealer = Sealer([new_key()])
    sealed = sealer.seal("900101300123")
    assert sealed.startswith(PREFIX) and "900101300123" not in sealed
    assert sealer.open(sealed) == "900101300123"


def test_the_same_value_seals_differently_each_time():
    sealer = Sealer([new_key()])
    assert sealer.seal("a@mail.kz") != sealer.seal("a@mail.kz")


def test_empty_stays_empty_and_plain_values_read_as_they_are():
    sealer = Sealer([new_key()])
    assert sealer.seal("") == "" and sealer.open("") == "" and sealer.open(None) is None
    assert sealer.open("written before sealing") == "written before sealing"


def test_a_wrong_key_refuses_loudly():
    sealed = Sealer([new_key()]).seal("secret")
    with pytest.raises(DataKeyError):
        Sealer([new_key()]).open(sealed)


def test_a_tampered_value_refuses():
    sealer = Sealer([new_key()])
    sealed = sealer.seal("secret")
    tampered = sealed[:-6] + ("A" if sealed[-6] != "A" else "B") + sealed[-5:]
    with pytest.raises(DataKeyError):
        sealer.open(tampered)


def test_rotation_moves_values_to_the_first_key():
    old, new = new_key(), new_key()
    sealed_old = Sealer([old]).seal("+7 701 123 45 67")
    both = Sealer([new, old])
    resealed = both.reseal(sealed_old)
    assert Sealer([new]).open(resealed) == "+7 701 123 45 67"
    assert both.reseal(resealed) is None  # already on the first key
    assert both.reseal("") is None
    assert Sealer([new]).open(both.reseal("plain")) == "plain"


def test_derived_keys_are_valid_distinct_and_stable():
    assert derive_key("a") == derive_key("a") != derive_key("b")
    assert Sealer([derive_key("a")]).open(Sealer([derive_key("a")]).seal("x")) == "x"


def test_a_malformed_key_is_explained():
    with pytest.raises(ValueError, match="new_data_key"):
        Sealer(["not a key"])


def test_files_seal_open_and_rotate():
    old, new = new_key(), new_key()
    sealed = Sealer([old]).seal_bytes(b"%PDF-1.7 scan")
    assert b"%PDF" not in sealed and Sealer([old]).open_bytes(sealed) == b"%PDF-1.7 scan"
    both = Sealer([new, old])
    moved = both.reseal_bytes(sealed)
    assert Sealer([new]).open_bytes(moved) == b"%PDF-1.7 scan" and both.reseal_bytes(moved) is None
    assert Sealer([new]).open_bytes(b"plain, stored before") == b"plain, stored before"
    with pytest.raises(DataKeyError):
        Sealer([new_key()]).open_bytes(sealed)
