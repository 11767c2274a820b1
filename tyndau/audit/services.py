"""Writing and reading the audit log of personal data access."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from tyndau.accounts.models import Role, User
from tyndau.api.access import client_ip
from tyndau.appeals.models import Appeal
from tyndau.audit.models import Access, AuditRecord

# Who may read the log: the controller of personal data (and superusers, who can anyway).
READERS = frozenset({Role.CONTROLLER})


def record(
    request: HttpRequest | None,
    access: str,
    *,
    actor: User | None = None,
    api_key=None,
    appeal: Appeal | None = None,
    detail: str = "",
) -> AuditRecord:
    """Write one record. The actor is the request's officer unless given (an API key's
    officer, a command's user); `detail` says what was shown, never the data itself."""
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    return AuditRecord.objects.create(
        actor=actor,
        actor_label=_label(actor, api_key),
        access=access,
        appeal=appeal,
        reg_number=appeal.reg_number if appeal else "",
        detail=detail[:500],
        ip=(client_ip(request) or None) if request is not None else None,
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:300] if request is not None else "",
        path=request.get_full_path()[:300] if request is not None else "",
    )


def record_many(
    request: HttpRequest | None, access: str, appeals: Iterable[Appeal], **kwargs
) -> None:
    """One record per appeal whose personal data was shown (an API list, say)."""
    for appeal in appeals:
        record(request, access, appeal=appeal, **kwargs)


def _label(actor: User | None, api_key) -> str:
    who = actor.get_username() if actor else "system"
    if api_key is not None:
        return f"API key «{api_key.name}» ({who})"
    return who


def may_read(user: User) -> bool:
    return user.is_active and (user.is_superuser or user.role in READERS)


@dataclass
class Filters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    who: str = ""
    access: str = ""
    reg_number: str = ""


def search(filters: Filters, reader: User) -> QuerySet[AuditRecord]:
    """The records `reader` may read that match: a controller of a body sees what its
    officers did and what was done with its appeals (its units included); a superuser, or a
    controller with no body (the platform's own), everything."""
    records = AuditRecord.objects.all()
    if not reader.is_superuser and reader.body_id is not None:
        path = reader.body.path
        own_officers = User.objects.filter(body__path__startswith=path).values("pk")
        own_appeals = Appeal.objects.filter(body__path__startswith=path).values("pk")
        records = records.filter(Q(actor__in=own_officers) | Q(appeal__in=own_appeals))
    zone = timezone.get_current_timezone()
    if filters.date_from:
        start = dt.datetime.combine(filters.date_from, dt.time.min, zone)
        records = records.filter(at__gte=start)
    if filters.date_to:
        end = dt.datetime.combine(filters.date_to + dt.timedelta(days=1), dt.time.min, zone)
        records = records.filter(at__lt=end)
    if filters.who:
        records = records.filter(actor_label__icontains=filters.who)
    if filters.access in Access.values:
        records = records.filter(access=filters.access)
    if filters.reg_number:
        records = records.filter(reg_number__icontains=filters.reg_number)
    return records
