"""What happens to an appeal: filing, numbering, every status change and its event.

Views, the API, commands and tasks call these functions; nothing else changes an appeal's
status. Each function checks the actor's permission through `tyndau.accounts.permissions`.
"""

import hashlib
import logging
import secrets
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from tyndau.accounts.models import Role, User
from tyndau.accounts.permissions import Action, can
from tyndau.appeals.models import (
    Appeal,
    AppealEvent,
    ApplicantType,
    Attachment,
    Channel,
    EventKind,
    RegistrationCounter,
)
from tyndau.appeals.workflow import (
    ANSWER_OUTCOMES,
    Outcome,
    Status,
    check_transition,
)
from tyndau.deadlines.services import answer_due
from tyndau.directory.models import Body, Sphere, Territory

log = logging.getLogger(__name__)

AKIMAT_KINDS = (Body.Kind.AKIMAT_DISTRICT, Body.Kind.AKIMAT_CITY, Body.Kind.AKIMAT_REGION)
# Statuses in which an executor already works and can be replaced by another.
REASSIGNABLE = (Status.ASSIGNED, Status.IN_PROGRESS, Status.EXTENDED)


class DomainError(Exception):
    """A rule of the appeals process refused the action; `message` is for the user."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(str(message))


@dataclass
class Applicant:
    type: str = ApplicantType.INDIVIDUAL
    name: str = ""
    iin_bin: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""


@dataclass
class AppealDraft:
    kind: str
    language: str
    subject: str
    text: str
    territory: Territory
    applicant: Applicant
    channel: str = Channel.WEB
    sphere: Sphere | None = None
    body: Body | None = None
    is_urgent: bool = False
    attachments: list[UploadedFile] = field(default_factory=list)


@dataclass(frozen=True)
class FiledAppeal:
    appeal: Appeal
    tracking_token: str

    @property
    def tracking_path(self) -> str:
        return tracking_path(self.tracking_token)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def tracking_path(token: str) -> str:
    return reverse("appeals:track", kwargs={"token": token})


def find_by_token(token: str) -> Appeal | None:
    if not token or len(token) > 100:
        return None
    return (
        Appeal.objects.select_related("body", "territory", "sphere")
        .filter(tracking_token_hash=hash_token(token))
        .first()
    )


def competent_body(territory: Territory, sphere: Sphere | None) -> Body:
    """Where an appeal goes when the applicant names no body: the local akimat, unless the
    sphere belongs to a ministry and not to local government."""
    chain = [territory] + ([territory.parent] if territory.parent_id else [])
    local = None
    for place in chain:
        local = Body.objects.filter(territory=place, kind__in=AKIMAT_KINDS, is_active=True).first()
        if local:
            break
    top_sphere = sphere.parent if sphere and sphere.parent_id else sphere
    if top_sphere is not None:
        if local and local.spheres.filter(pk=top_sphere.pk).exists():
            return local
        ministry = Body.objects.filter(
            kind=Body.Kind.MINISTRY, spheres=top_sphere, is_active=True
        ).first()
        if ministry:
            return ministry
    if local is None:
        raise DomainError(_("No state body serves this territory yet."))
    return local


def next_registration_number(body: Body, year: int) -> str:
    """`CODE-YYYY-NNNNNN`, unique per body and year; call inside a transaction."""
    counter, _created = RegistrationCounter.objects.get_or_create(body=body, year=year)
    RegistrationCounter.objects.filter(pk=counter.pk).update(last=F("last") + 1)
    counter.refresh_from_db(fields=["last"])
    return f"{body.code}-{year}-{counter.last:06d}"


def file_appeal(draft: AppealDraft, *, registered_by: User | None = None) -> FiledAppeal:
    """Register an appeal. It is committed before this returns, so the number shown exists."""
    if registered_by is not None and not can(registered_by, Action.REGISTER):
        raise PermissionDenied
    body = draft.body or competent_body(draft.territory, draft.sphere)
    applicant = draft.applicant
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    with transaction.atomic():
        appeal = Appeal.objects.create(
            reg_number=next_registration_number(body, timezone.localdate(now).year),
            tracking_token_hash=hash_token(token),
            kind=draft.kind,
            channel=draft.channel,
            language=draft.language,
            subject=draft.subject.strip(),
            text=draft.text.strip(),
            applicant_type=applicant.type,
            applicant_name=applicant.name.strip(),
            iin_bin=applicant.iin_bin,
            email=applicant.email.strip(),
            phone=applicant.phone.strip(),
            address=applicant.address.strip(),
            territory=draft.territory,
            sphere=draft.sphere,
            body=body,
            is_urgent=draft.is_urgent,
            registered_by=registered_by,
            received_at=now,
            due_date=answer_due(now),
        )
        for upload in draft.attachments:
            Attachment.objects.create(
                appeal=appeal,
                file=upload,
                original_name=upload.name[:255],
                size=upload.size,
                content_type=(upload.content_type or "application/octet-stream")[:100],
            )
        _record(
            appeal,
            EventKind.FILED,
            actor=registered_by,
            to_status=Status.REGISTERED,
            data={"channel": draft.channel, "body": body.code},
        )
        notify_applicant(appeal, "filed", token=token)
    return FiledAppeal(appeal, token)


def _record(
    appeal: Appeal,
    kind: str,
    *,
    actor: User | None,
    from_status: str = "",
    to_status: str = "",
    reason: str = "",
    public: bool = True,
    data: dict | None = None,
) -> AppealEvent:
    return AppealEvent.objects.create(
        appeal=appeal,
        kind=kind,
        actor=actor,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
        public=public,
        data=data or {},
    )


def require_permission(actor: User, action: Action, appeal: Appeal) -> None:
    if not can(actor, action, appeal):
        raise PermissionDenied


def lock_for_update(appeal: Appeal) -> Appeal:
    return Appeal.objects.select_for_update().select_related("body").get(pk=appeal.pk)


def transition(
    appeal: Appeal,
    target: str,
    *,
    actor: User | None,
    reason: str = "",
    ground: str | None = None,
    kind: str = EventKind.STATUS,
    public: bool = True,
    data: dict | None = None,
    **changes,
) -> AppealEvent:
    """Move `appeal` to `target` if the state machine allows it, and write the event.

    Must run inside a transaction that holds the appeal's row lock (see `lock_for_update`)."""
    current = appeal.status
    check_transition(current, target, ground)
    appeal.status = target
    if ground:
        changes["ground"] = ground
    for name, value in changes.items():
        setattr(appeal, name, value)
    appeal.save(update_fields=["status", "updated_at", *changes])
    return _record(
        appeal,
        kind,
        actor=actor,
        from_status=current,
        to_status=target,
        reason=reason,
        public=public,
        data=data,
    )


def assign(appeal: Appeal, executor: User, *, actor: User) -> Appeal:
    """Give the appeal to an executor of its body or units (again, if already assigned)."""
    if (
        executor.role != Role.EXECUTOR
        or not executor.body_id
        or not executor.body.path.startswith(appeal.body.path)
    ):
        raise DomainError(_("This officer is not an executor of the appeal's body."))
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.ASSIGN, appeal)
        data = {"executor": executor.pk, "executor_name": executor.full_name}
        if appeal.status in (Status.REGISTERED, Status.REDIRECTED):
            transition(
                appeal,
                Status.ASSIGNED,
                actor=actor,
                kind=EventKind.ASSIGNED,
                data=data,
                executor=executor,
            )
        elif appeal.status in REASSIGNABLE:
            appeal.executor = executor
            appeal.save(update_fields=["executor", "updated_at"])
            _record(appeal, EventKind.ASSIGNED, actor=actor, data=data, public=False)
        else:
            raise DomainError(_("An appeal in this status cannot be reassigned."))
    return appeal


def redirect(appeal: Appeal, to_body: Body, *, actor: User, reason: str) -> Appeal:
    """Send the appeal to the competent body; the applicant is told at once."""
    if not reason.strip():
        raise DomainError(_("Say why the appeal goes to another body."))
    if to_body.pk == appeal.body_id or to_body.path.startswith(appeal.body.path):
        raise DomainError(_("Choose another body: this one already has the appeal."))
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.REDIRECT, appeal)
        transition(
            appeal,
            Status.REDIRECTED,
            actor=actor,
            reason=reason.strip(),
            kind=EventKind.REDIRECTED,
            data={"from_body": appeal.body.code, "to_body": to_body.code},
            body=to_body,
            executor=None,
        )
        notify_applicant(appeal, "redirected", reason=reason.strip())
    return appeal


def start_work(appeal: Appeal, *, actor: User) -> Appeal:
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.START, appeal)
        transition(appeal, Status.IN_PROGRESS, actor=actor)
    return appeal


def close_without_answer(
    appeal: Appeal, target: str, ground: str, *, actor: User, reason: str = ""
) -> Appeal:
    """Leave without consideration or terminate consideration, on a legal ground."""
    if target not in (Status.LEFT_WITHOUT_CONSIDERATION, Status.TERMINATED):
        raise DomainError(_("Unknown way to close an appeal."))
    now = timezone.now()
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.CLOSE_WITHOUT_ANSWER, appeal)
        transition(
            appeal,
            target,
            actor=actor,
            reason=reason.strip(),
            ground=ground,
            data={"ground": ground},
            outcome=Outcome.TERMINATED,
            closed_at=now,
        )
        notify_applicant(appeal, "closed", reason=reason.strip())
    return appeal


def mark_answered(appeal: Appeal, *, actor: User, outcome: str, answer_text: str) -> None:
    """The approved answer goes out: the appeal is answered and the applicant told."""
    if outcome not in ANSWER_OUTCOMES:
        raise DomainError(_("Choose the outcome of the consideration."))
    now = timezone.now()
    transition(appeal, Status.ANSWER_APPROVED, actor=actor)
    transition(
        appeal,
        Status.ANSWERED,
        actor=actor,
        kind=EventKind.ANSWER_SENT,
        outcome=outcome,
        answered_at=now,
    )
    notify_applicant(appeal, "answered", answer_text=answer_text)


def notify_applicant(appeal: Appeal, template: str, **context) -> None:
    """E-mail the applicant in their language once the transaction has committed."""
    if not appeal.email:
        return

    def send() -> None:
        with translation.override(appeal.language):
            body_context = {"appeal": appeal, "base_url": settings.BASE_URL, **context}
            if context.get("token"):
                body_context["tracking_url"] = settings.BASE_URL + tracking_path(context["token"])
            subject = render_to_string(f"appeals/email/{template}_subject.txt", body_context)
            message = render_to_string(f"appeals/email/{template}.txt", body_context)
        try:
            send_mail(" ".join(subject.split()), message, None, [appeal.email])
        except Exception:  # the mail server being down must not undo an accepted appeal
            log.exception("Could not e-mail the applicant of appeal %s", appeal.reg_number)
            return
        _record(appeal, EventKind.NOTIFIED, actor=None, public=False, data={"template": template})

    transaction.on_commit(send)
