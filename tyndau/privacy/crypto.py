"""Personal data sealed at rest. Pure Python, no Django.

A sealed value is `enc1:` and a Fernet token (AES-128-CBC with an HMAC-SHA256 over it, from
`cryptography`): unreadable and unalterable without the key, and different every time the
same value is sealed, so equal values cannot be told apart in the database. Lookups by value
go through keyed hashes instead (`related.services.blind`).

Keys rotate: `Sealer` takes a list, seals with the first and opens with any, and
`Sealer.reseal` moves a value onto the first key. A value without the prefix is one written
before encryption was introduced (or by a migration still under way) and reads as it is.
"""

import base64
import hashlib
from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

PREFIX = "enc1:"
FILE_PREFIX = b"tyndau-sealed-1\n"  # the first bytes of a sealed file

__all__ = ["FILE_PREFIX", "PREFIX", "DataKeyError", "Sealer", "derive_key", "new_key"]


class DataKeyError(ValueError):
    """A value cannot be opened with any of the configured keys."""


def new_key() -> str:
    """A fresh random key, in the form TYNDAU_DATA_KEYS takes."""
    return Fernet.generate_key().decode()


def derive_key(secret: str) -> str:
    """A key derived from another secret (the deployment's SECRET_KEY when no data key is
    configured). The label keeps it distinct from anything else derived from that secret."""
    digest = hashlib.sha256(b"tyndau personal data key\x00" + secret.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode()


class Sealer:
    def __init__(self, keys: Sequence[str]):
        if not keys:
            raise ValueError("at least one key is needed")
        try:
            self._first = Fernet(keys[0].encode())
            self._fernet = MultiFernet([self._first, *(Fernet(k.encode()) for k in keys[1:])])
        except ValueError as error:
            raise ValueError(
                "a data key must be 32 bytes in URL-safe base64 (make one with "
                "`tyndau new_data_key`)"
            ) from error

    def seal(self, value: str) -> str:
        """The value sealed; an empty value stays empty (so "has an e-mail?" needs no key)."""
        if not value:
            return value
        return PREFIX + self._fernet.encrypt(value.encode()).decode()

    def open(self, stored: str | None) -> str | None:
        if not stored or not stored.startswith(PREFIX):
            return stored
        try:
            return self._fernet.decrypt(stored[len(PREFIX) :].encode()).decode()
        except InvalidToken as error:
            raise DataKeyError(
                "a sealed value does not open with any configured data key "
                "(TYNDAU_DATA_KEYS must keep the old keys until `tyndau rotate_data_key` ran)"
            ) from error

    def reseal(self, stored: str | None) -> str | None:
        """The stored value sealed with the first key (plain values sealed for the first
        time); None when it is sealed with the first key already."""
        if not stored:
            return None
        if not stored.startswith(PREFIX):
            return self.seal(stored)
        token = stored[len(PREFIX) :].encode()
        try:
            self._first.decrypt(token)
            return None
        except InvalidToken:
            pass
        try:
            return PREFIX + self._fernet.rotate(token).decode()
        except InvalidToken as error:
            raise DataKeyError("a sealed value does not open with any configured key") from error

    # --- whole files (attachments) ------------------------------------------------------

    def seal_bytes(self, data: bytes) -> bytes:
        return FILE_PREFIX + self._fernet.encrypt(data)

    def open_bytes(self, stored: bytes) -> bytes:
        """A sealed file's content; a file stored before sealing as it is."""
        if not stored.startswith(FILE_PREFIX):
            return stored
        try:
            return self._fernet.decrypt(stored[len(FILE_PREFIX) :])
        except InvalidToken as error:
            raise DataKeyError("a sealed file does not open with any configured key") from error

    def reseal_bytes(self, stored: bytes) -> bytes | None:
        """The file sealed with the first key; None when it is already."""
        if not stored.startswith(FILE_PREFIX):
            return self.seal_bytes(stored)
        token = stored[len(FILE_PREFIX) :]
        try:
            self._first.decrypt(token)
            return None
        except InvalidToken:
            pass
        try:
            return FILE_PREFIX + self._fernet.rotate(token)
        except InvalidToken as error:
            raise DataKeyError("a sealed file does not open with any configured key") from error
