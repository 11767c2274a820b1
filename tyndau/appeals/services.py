"""What happens to an appeal: filing, numbering, every status change and its event.

Views, the API, commands and tasks call these functions; nothing else changes an appeal's
status. Each function checks the actor's permission through `tyndau.accounts.permissions`.
"""

import hashlib
import logging
import secrets
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from tyndau.accounts.models import Role, User
from tyndau.accounts.permissions import Action, can
from tyndau.appeals import attachments
from tyndau.appeals.models import (
    URGENCY_REASONS,
    Appeal,
    AppealEvent,
    ApplicantType,
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
from tyndau.deadlines import services as deadlines
from tyndau.deadlines.models import Extension
from tyndau.directory import cache as directory_cache
from tyndau.directory.models import Body, Sphere, Territory
from tyndau.notifications.services import queue_mail
from tyndau.related import services as related
from tyndau.routing import services as routing

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
    """What an appeal says. `language` empty: the language it is written in, detected.
    `is_urgent` None: urgent when the text shows a threat (see `tyndau.routing`)."""

    kind: str
    language: str
    subject: str
    text: str
    territory: Territory
    applicant: Applicant
    channel: str = Channel.WEB
    sphere: Sphere | None = None
    body: Body | None = None
    is_urgent: bool | None = None
    # Files as uploaded, or as a form has checked them (`attachments.Checked`).
    attachments: "list[UploadedFile | attachments.Checked]" = field(default_factory=list)


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


def replace_tracking_token(appeal: Appeal, *, actor: User | None = None) -> str:
    """A new private link for the appeal; the old one stops working at once. The applicant
    gets the new one by e-mail when they gave an address. The new token is returned (and
    exists nowhere else: only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        Appeal.objects.filter(pk=appeal.pk).update(tracking_token_hash=hash_token(token))
        appeal.tracking_token_hash = hash_token(token)
        record_event(appeal, EventKind.LINK_REPLACED, actor=actor)
        notify_applicant(appeal, "link_replaced", token=token)
    return token


def competent_body(territory: Territory, sphere: Sphere | None) -> Body:
    """Where an appeal goes when the applicant names no body: the local akimat, unless the
    sphere belongs to a ministry and not to local government."""
    rule = directory_cache.competence(AKIMAT_KINDS, Body.Kind.MINISTRY)
    chain = [territory.pk] + ([territory.parent_id] if territory.parent_id else [])
    local = next(
        (rule.akimat_of_territory[pk] for pk in chain if pk in rule.akimat_of_territory), None
    )
    top_sphere = (sphere.parent_id or sphere.pk) if sphere else None
    chosen = local
    if top_sphere is not None and (local, top_sphere) not in rule.akimat_spheres:
        chosen = rule.ministry_of_sphere.get(top_sphere, local)
    if chosen is None:
        raise DomainError(_("No state body serves this territory yet."))
    return directory_cache.get(Body, chosen)


def next_registration_number(body: Body, year: int) -> str:
    """`CODE-YYYY-NNNNNN`, unique per body and year; call inside a transaction (the counter's
    row stays locked until it ends). One statement: the year's first number creates the row."""
    table = RegistrationCounter._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f'INSERT INTO "{table}" ("body_id", "year", "last") VALUES (%s, %s, 1) '  # nosec B608: SQL of model metadata and constants; values are bound parameters
            f'ON CONFLICT ("body_id", "year") DO UPDATE SET "last" = "{table}"."last" + 1 '
            'RETURNING "last"',
            [body.pk, year],
        )
        (last,) = cursor.fetchone()
    return f"{body.code}-{year}-{last:06d}"


def file_appeal(
    draft: AppealDraft, *, registered_by: User | None = None, repeat_of: Appeal | None = None
) -> FiledAppeal:
    """Register an appeal. It is committed before this returns, so the number shown exists.
    Attachments are checked before anything is written (`attachments.AttachmentError`), and
    their files are removed again if the appeal is not filed."""
    if registered_by is not None and not can(registered_by, Action.REGISTER):
        raise PermissionDenied
    checked = attachments.check_all(draft.attachments)  # a refused file: nothing is written
    now = timezone.now()
    reading = routing.read(draft.subject, draft.text, draft.territory, timezone.localdate(now))
    suggested = reading if reading.confident else None
    sphere = draft.sphere or (suggested and suggested.best_sphere)
    body = draft.body or (suggested and suggested.body) or competent_body(draft.territory, sphere)
    urgent = reading.routing.urgency.urgent if draft.is_urgent is None else draft.is_urgent
    language = draft.language or reading.routing.language.main
    applicant = draft.applicant
    token = secrets.token_urlsafe(32)
    schedule = deadlines.initial_schedule(draft.kind, body, now, urgent)
    with attachments.atomic_with_files() as files:
        appeal = Appeal.objects.create(
            reg_number=f"~{token[:39]}",  # numbered below, just before the commit
            tracking_token_hash=hash_token(token),
            kind=draft.kind,
            channel=draft.channel,
            language=language,
            subject=draft.subject.strip(),
            text=draft.text.strip(),
            applicant_type=applicant.type,
            applicant_name=applicant.name.strip(),
            iin_bin=applicant.iin_bin,
            email=applicant.email.strip(),
            phone=applicant.phone.strip(),
            address=applicant.address.strip(),
            territory=draft.territory,
            sphere=sphere,
            body=body,
            is_urgent=urgent,
            urgency_reason=reading.routing.urgency.reason if urgent else "",
            registered_by=registered_by,
            repeat_of=repeat_of,
            received_at=now,
            due_date=schedule.answer.due,
        )
        deadlines.open_terms(appeal, schedule)
        routing.record(appeal, reading)
        related.check_at_intake(appeal)
        for attachment in checked:
            files.save(attachment, appeal)
        # Last: the body's counter and the day's roll-up rows are locked from here until the
        # commit, and every appeal filed to the body at the same moment waits for them.
        appeal.reg_number = next_registration_number(body, timezone.localdate(now).year)
        Appeal.objects.filter(pk=appeal.pk).update(reg_number=appeal.reg_number)
        record_event(
            appeal,
            EventKind.FILED,
            actor=registered_by,
            to_status=Status.REGISTERED,
            data={"channel": draft.channel, "body": body.code},
        )
        notify_applicant(appeal, "filed", token=token)
    return FiledAppeal(appeal, token)


def record_event(
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
    return record_event(
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
            deadlines.on_assigned(appeal, timezone.now())
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
            record_event(appeal, EventKind.ASSIGNED, actor=actor, data=data, public=False)
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
        from_body_id = appeal.body_id
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
        appeal.due_date = deadlines.on_redirected(appeal, from_body_id, timezone.now())
        appeal.save(update_fields=["due_date"])
        notify_applicant(appeal, "redirected", reason=reason.strip())
    return appeal


def start_work(appeal: Appeal, *, actor: User) -> Appeal:
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.START, appeal)
        transition(appeal, Status.IN_PROGRESS, actor=actor)
    return appeal


# Before the answer is drafted or the term extended, an appeal can be marked urgent or not.
URGENCY_CHANGEABLE = (Status.REGISTERED, Status.REDIRECTED, Status.ASSIGNED, Status.IN_PROGRESS)


def set_urgency(appeal: Appeal, *, urgent: bool, reason: str, actor: User) -> Appeal:
    """The registrar or head marks the appeal urgent (with why) or not urgent; the answer
    term is recomputed and the inbox order follows."""
    if urgent and reason not in URGENCY_REASONS:
        raise DomainError(_("Choose why the appeal cannot wait."))
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.MARK_URGENCY, appeal)
        if appeal.status not in URGENCY_CHANGEABLE:
            raise DomainError(_("Urgency can change only before the answer is drafted."))
        if appeal.is_urgent == urgent and appeal.urgency_reason == (reason if urgent else ""):
            return appeal
        due = deadlines.on_urgency_changed(appeal, urgent, timezone.now())
        appeal.is_urgent, appeal.urgency_reason = urgent, reason if urgent else ""
        appeal.due_date = due.due
        appeal.save(update_fields=["is_urgent", "urgency_reason", "due_date", "updated_at"])
        record_event(
            appeal,
            EventKind.URGENCY_CHANGED,
            actor=actor,
            public=False,
            data={"urgent": urgent, "reason": appeal.urgency_reason},
        )
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
        deadlines.on_answered(appeal, now)
        notify_applicant(appeal, "closed", reason=reason.strip())
    return appeal


def mark_answered(
    appeal: Appeal,
    *,
    actor: User,
    outcome: str,
    answer_text: str,
    answer_url: str = "",
    data: dict | None = None,
) -> None:
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
        data=data,
        outcome=outcome,
        answered_at=now,
    )
    deadlines.on_answered(appeal, now)
    notify_applicant(appeal, "answered", answer_text=answer_text, answer_url=answer_url)


def notify_applicant(appeal: Appeal, template: str, **context) -> None:
    """E-mail the applicant in their language, through the outbox (sent after commit)."""
    if not appeal.email:
        return
    with translation.override(appeal.language):
        body_context = {"appeal": appeal, "base_url": settings.BASE_URL, **context}
        if context.get("token"):
            body_context["tracking_url"] = settings.BASE_URL + tracking_path(context["token"])
        subject = render_to_string(f"appeals/email/{template}_subject.txt", body_context)
        message = render_to_string(f"appeals/email/{template}.txt", body_context)
    queue_mail(appeal.email, subject, message, template=template, appeal=appeal, for_applicant=True)


def record_notified(message) -> None:
    """The outbox delivered a message to the applicant: it goes on the appeal's timeline."""
    record_event(
        message.appeal,
        EventKind.NOTIFIED,
        actor=None,
        public=False,
        data={"template": message.template, "outbox": message.pk},
    )
    if message.template == "extended":
        deadlines.on_notice_given(message.appeal, message.sent_at)


# --- extending the answer term (АППК art. 76 p.2) -------------------------------------------

EXTENDABLE = (Status.IN_PROGRESS, Status.EXTENDED)


def _check_new_due(appeal: Appeal, new_due: date | None, reason: str, today: date):
    """Refuse what the law does not allow, with a message the officer can act on."""
    if not reason.strip():
        raise DomainError(_("Write the reason: which facts must still be established and why."))
    if new_due is None:
        raise DomainError(_("Choose the new due date."))
    if new_due <= appeal.due_date:
        raise DomainError(
            _("The new due date must be after the current one (%(due)s).")
            % {"due": date_format(appeal.due_date)}
        )
    check = deadlines.check_extension(appeal, new_due, reason, today)
    if new_due > check.cap:
        raise ExtensionBeyondCap(check.cap)
    cal = deadlines.calendar()
    if not cal.is_working_day(new_due):
        raise DomainError(
            _("%(day)s is not a working day; the nearest earlier working day is %(earlier)s.")
            % {
                "day": date_format(new_due),
                "earlier": date_format(cal.previous_working_day(new_due)),
            }
        )
    return check


class ExtensionBeyondCap(DomainError):
    def __init__(self, cap: date):
        self.cap = cap
        super().__init__(
            _(
                "The term can be extended to %(cap)s at most: two months from the day the body "
                "received the appeal (article 76 p.2 of the Administrative Procedural-Process "
                "Code)."
            )
            % {"cap": date_format(cap)}
        )


def _refuse_beyond_cap(appeal: Appeal, actor: User, new_due: date, reason: str, cap: date):
    """An attempt past the legal limit is refused but kept: it feeds the unjustified-extension
    statistics."""
    with transaction.atomic():
        Extension.objects.create(
            appeal=appeal,
            state=Extension.State.REFUSED,
            reason=reason.strip(),
            requested_by=actor,
            requested_due=new_due,
            decided_at=timezone.now(),
            previous_due=appeal.due_date,
            cap=cap,
            flags=[deadlines.Flag.BEYOND_CAP],
        )
        record_event(
            appeal,
            EventKind.EXTENSION_REFUSED,
            actor=actor,
            public=False,
            reason=reason.strip(),
            data={"requested_due": new_due.isoformat(), "cap": cap.isoformat()},
        )


def _allowed_extension(
    appeal: Appeal, actor: User, action: Action, new_due: date | None, reason: str
):
    """Permission first, then the law; an attempt past the cap is kept before it is refused."""
    require_permission(actor, action, appeal)
    try:
        return _check_new_due(appeal, new_due, reason, timezone.localdate())
    except ExtensionBeyondCap as error:
        _refuse_beyond_cap(appeal, actor, new_due, reason, error.cap)
        raise


def request_extension(appeal: Appeal, *, actor: User, new_due: date | None, reason: str):
    """The executor asks the head to extend the term, saying which facts need establishing."""
    check = _allowed_extension(appeal, actor, Action.REQUEST_EXTENSION, new_due, reason)
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.REQUEST_EXTENSION, appeal)
        if appeal.status not in EXTENDABLE:
            raise DomainError(_("The term can be extended only while the appeal is in work."))
        extension = Extension.objects.create(
            appeal=appeal,
            reason=reason.strip(),
            requested_by=actor,
            requested_due=new_due,
            previous_due=appeal.due_date,
            cap=check.cap,
        )
        transition(
            appeal,
            Status.EXTENSION_REQUESTED,
            actor=actor,
            reason=reason.strip(),
            kind=EventKind.EXTENSION_REQUESTED,
            public=False,
            data={"extension": extension.pk, "requested_due": new_due.isoformat()},
        )
    return extension


def extend(appeal: Appeal, *, actor: User, new_due: date | None, reason: str) -> Extension:
    """The head (or deputy) extends the term by a reasoned decision; the applicant is told."""
    check = _allowed_extension(appeal, actor, Action.EXTEND, new_due, reason)
    now = timezone.now()
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.EXTEND, appeal)
        # Read under the lock: a request refused meanwhile must not be granted.
        pending = appeal.extensions.filter(state=Extension.State.REQUESTED).first()
        if appeal.status in EXTENDABLE:
            transition(
                appeal,
                Status.EXTENSION_REQUESTED,
                actor=actor,
                kind=EventKind.EXTENSION_REQUESTED,
                public=False,
            )
        elif appeal.status != Status.EXTENSION_REQUESTED:
            raise DomainError(_("The term can be extended only while the appeal is in work."))
        extension = pending or Extension(
            appeal=appeal, requested_by=actor, requested_due=new_due, previous_due=appeal.due_date
        )
        extension.state = Extension.State.GRANTED
        extension.reason = reason.strip()
        extension.decided_by = actor
        extension.decided_at = now
        extension.new_due = new_due
        extension.cap = check.cap
        extension.flags = [str(flag) for flag in check.flags]
        extension.save()
        deadlines.apply_extension(appeal, new_due, now)
        transition(
            appeal,
            Status.EXTENDED,
            actor=actor,
            reason=reason.strip(),
            kind=EventKind.EXTENDED,
            data={
                "extension": extension.pk,
                "previous_due": extension.previous_due.isoformat(),
                "new_due": new_due.isoformat(),
            },
            due_date=new_due,
        )
        notify_applicant(appeal, "extended", new_due=new_due, reason=reason.strip())
    return extension


def refuse_extension(appeal: Appeal, *, actor: User, note: str) -> Extension:
    """The head keeps the term: the appeal goes back to work with the head's note."""
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.EXTEND, appeal)
        extension = appeal.extensions.filter(state=Extension.State.REQUESTED).first()
        if extension is None or appeal.status != Status.EXTENSION_REQUESTED:
            raise DomainError(_("There is no request to extend the term."))
        extension.state = Extension.State.REFUSED
        extension.decided_by = actor
        extension.decided_at = timezone.now()
        extension.decision_note = note.strip()
        extension.save()
        earlier = appeal.extensions.filter(state=Extension.State.GRANTED).exists()
        transition(
            appeal,
            Status.EXTENDED if earlier else Status.IN_PROGRESS,
            actor=actor,
            reason=note.strip(),
            kind=EventKind.EXTENSION_REFUSED,
            public=False,
            data={"extension": extension.pk},
        )
    return extension


def confirm_notice(appeal: Appeal, *, actor: User, how: str) -> None:
    """The applicant was told of the extension another way (post, phone, in person)."""
    if not how.strip():
        raise DomainError(_("Say how the applicant was told (letter number, call, visit)."))
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.CONFIRM_NOTICE, appeal)
        if not deadlines.running(appeal, deadlines.Rule.EXTENSION_NOTICE).exists():
            raise DomainError(_("No extension is waiting to be told to the applicant."))
        deadlines.on_notice_given(appeal, timezone.now())
        record_event(appeal, EventKind.NOTICE_GIVEN, actor=actor, public=False, reason=how.strip())
