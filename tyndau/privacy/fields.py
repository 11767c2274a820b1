"""Model fields whose values are sealed at rest (`crypto.Sealer`, keys from settings.DATA_KEYS).

The column is text whatever the field's max_length (a sealed value is about four times the
plain one); max_length still limits the plain value in forms and validation. A sealed column
cannot be searched by value: only "is it empty?" (`field=""`, `isnull`) works, and any other
lookup raises, rather than silently finding nothing. Search through the keyed hashes of
`related.models.Fingerprint` instead.
"""

from functools import cache

from django.conf import settings
from django.core.exceptions import FieldError
from django.core.signals import setting_changed
from django.db import models
from django.db.models.lookups import Exact, IsNull
from django.dispatch import receiver

from tyndau.privacy.crypto import Sealer


@cache
def sealer() -> Sealer:
    return Sealer(settings.DATA_KEYS)


@receiver(setting_changed)
def _forget_keys(setting: str, **kwargs) -> None:
    if setting == "DATA_KEYS":
        sealer.cache_clear()


class _EmptyOnly(Exact):
    def get_prep_lookup(self):
        if self.rhs not in ("", None):
            raise FieldError(
                f"{self.lhs.field.name} is sealed at rest and cannot be searched by value; "
                "look it up by its keyed hash (related.services.blind)"
            )
        return self.rhs


class SealedMixin:
    def get_internal_type(self) -> str:
        return "TextField"

    def from_db_value(self, value, expression, connection):
        return sealer().open(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return sealer().seal(value) if value else value

    def get_lookup(self, lookup_name: str):
        if lookup_name == "exact":
            return _EmptyOnly
        if lookup_name == "isnull":
            return IsNull
        return None


class SealedCharField(SealedMixin, models.CharField):
    pass


class SealedEmailField(SealedMixin, models.EmailField):
    pass


class SealedTextField(SealedMixin, models.TextField):
    pass
