"""What a process derives from the directory (choices, codes, competent bodies), kept while
the directory is unchanged.

The directory changes rarely (an administrator's edit, the reference data's import) and is
read on every filing. Every write to its tables gives `DirectoryStamp` a new random token in
the same transaction (database triggers), so a value kept under the token read now is as
true as the tables themselves, in every process: another process's edit is seen by the next
request that reads the token, and an uncommitted edit only by its own transaction.

The token is read once per request (the request sees one directory) and on every call
outside a request (tasks, commands, tests calling services). An edit through the ORM in the
same request makes the next read fetch the token again; a `QuerySet.update()` or raw SQL in
a request that already read it is seen from the next request on.

Kept values are shared by the process's threads: keep plain data (tuples, dicts nobody
changes, raw rows) and make model instances from them per call (`instances`)."""

import threading
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from django.core.signals import request_finished, request_started
from django.db import connection
from django.db.models import Model

from tyndau.directory.models import Body, DirectoryStamp, Sphere, Territory

T = TypeVar("T")
M = TypeVar("M", bound=Model)

_UNREAD = object()
# Distinct values kept per token: far more than the directory's keys ever need; a bound all
# the same, so a key that grows with the input can never grow the process.
MAX_VALUES = 20_000


class _Kept:
    lock = threading.Lock()
    token: str | None = None
    values: dict[Hashable, object] = {}


_request = threading.local()


def token() -> str | None:
    """The directory's current token (None before the stamp exists: nothing is kept)."""
    known = getattr(_request, "token", None)
    if known is not None and known is not _UNREAD:
        return known
    current = DirectoryStamp.objects.filter(pk=1).values_list("token", flat=True).first()
    if known is _UNREAD:
        _request.token = current if current is not None else _UNREAD
    return current


def kept(key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, computed once per directory token and process. The value is shared:
    never change it."""
    current = token()
    if current is None:
        return compute()
    with _Kept.lock:
        if _Kept.token == current and key in _Kept.values:
            return _Kept.values[key]  # type: ignore[return-value]
    value = compute()
    with _Kept.lock:
        if _Kept.token != current:
            _Kept.token, _Kept.values = current, {}
        if len(_Kept.values) < MAX_VALUES:
            _Kept.values[key] = value
    return value


def forget() -> None:
    """Read the token again before the next use (after a change this request made)."""
    if getattr(_request, "token", None) is not None:
        _request.token = _UNREAD


# --- rows kept, instances made per call ------------------------------------------------------


def _concrete(model: type[Model]) -> tuple[str, ...]:
    return tuple(f.attname for f in model._meta.concrete_fields)


def rows(model: type[M], **filters) -> dict[object, tuple]:
    """pk → the row's concrete field values, for the rows matching `filters`."""

    def load() -> dict[object, tuple]:
        names = _concrete(model)
        found = model._default_manager.filter(**filters).order_by().values_list(*names)
        return {row[0]: tuple(row) for row in found}

    return kept((model.__name__, "rows", tuple(sorted(filters.items()))), load)


def position(model: type[Model], field: str) -> int:
    """Where `field` is in a kept row."""
    return _concrete(model).index(model._meta.get_field(field).attname)


def instance(model: type[M], row: tuple) -> M:
    """A fresh instance of a kept row, as if just read from the database."""
    return model.from_db(connection.alias, _concrete(model), row)


def instances(model: type[M], found: Iterable[tuple]) -> list[M]:
    names = _concrete(model)
    return [model.from_db(connection.alias, names, row) for row in found]


def by_field(model: type[M], field: str, **filters) -> dict[object, tuple]:
    """`field`'s value → the row, for the rows matching `filters` (a unique field)."""

    def index() -> dict[object, tuple]:
        at = position(model, field)
        return {row[at]: row for row in rows(model, **filters).values()}

    return kept((model.__name__, "by", field, tuple(sorted(filters.items()))), index)


def territory_by_kato(kato: str) -> tuple | None:
    return by_field(Territory, "kato").get(kato)


def sphere_by_code(code: str) -> tuple | None:
    return by_field(Sphere, "code").get(code)


def body_by_code(code: str) -> tuple | None:
    return by_field(Body, "code").get(code)


@dataclass(frozen=True)
class Competence:
    """Who serves what, as the competent-body rule reads it: the first active akimat of each
    territory, the spheres of those akimats, the first active ministry of each sphere (first
    by the directory's order, the bodies' paths); bodies as primary keys."""

    akimat_of_territory: dict[int, int]
    akimat_spheres: frozenset[tuple[int, int]]
    ministry_of_sphere: dict[int, int]


def competence(akimat_kinds: Sequence[str], ministry_kind: str) -> Competence:
    def load() -> Competence:
        akimats: dict[int, int] = {}
        ministries: dict[int, int] = {}
        active = Body.objects.filter(is_active=True).order_by("path")
        for pk, territory in active.filter(kind__in=akimat_kinds).values_list("pk", "territory"):
            akimats.setdefault(territory, pk)
        links = Body.spheres.through.objects.filter(body__in=active)
        served = set()
        for body, sphere, kind in links.values_list("body", "sphere", "body__kind").order_by(
            "body__path"
        ):
            if kind == ministry_kind:
                ministries.setdefault(sphere, body)
            elif kind in akimat_kinds:
                served.add((body, sphere))
        return Competence(akimats, frozenset(served), ministries)

    return kept(("competence", tuple(akimat_kinds), ministry_kind), load)


def get(model: type[M], pk: object, **filters) -> M | None:
    """The row with primary key `pk` among those matching `filters`, or None; `pk` is
    converted as the database would (a ValueError or TypeError when it cannot be)."""
    key = model._meta.pk.get_prep_value(pk)
    row = rows(model, **filters).get(key)
    return instance(model, row) if row is not None else None


def _started(**_kwargs) -> None:
    _request.token = _UNREAD


def _finished(**_kwargs) -> None:
    _request.token = None


def _changed(**_kwargs) -> None:
    forget()


def connect_signals(models: Sequence[type[Model]]) -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save

    request_started.connect(_started, dispatch_uid="directory-cache-started")
    request_finished.connect(_finished, dispatch_uid="directory-cache-finished")
    for model in models:
        post_save.connect(_changed, sender=model, dispatch_uid=f"directory-cache-{model}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"directory-cache-d-{model}")
    m2m_changed.connect(
        _changed, sender=Body.spheres.through, dispatch_uid="directory-cache-spheres"
    )
