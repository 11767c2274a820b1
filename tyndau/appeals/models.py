"""The appeal, its append-only event log, its attachments and the registration counters."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tyndau.appeals.workflow import Ground, Outcome, Status
from tyndau.privacy.fields import SealedCharField, SealedEmailField
from tyndau.privacy.storage import attachments as attachments_storage

# Why an appeal cannot wait the ordinary term (the rules in tyndau.routing.engine.urgency).
URGENCY_REASONS = {
    "life": _("threat to life"),
    "health": _("threat to health"),
    "safety": _("danger to people"),
    "property": _("property at risk"),
    "children": _("a child in danger"),
    "winter_utilities": _("no heating, gas or power in the cold"),
    "missing_person": _("a missing person"),
    "emergency": _("an emergency"),
}


class Kind(models.TextChoices):
    PROPOSAL = "proposal", _("proposal")
    STATEMENT = "statement", _("statement")
    COMPLAINT = "complaint", _("complaint")
    REQUEST = "request", _("request for information")
    FEEDBACK = "feedback", _("feedback")


class Channel(models.TextChoices):
    WEB = "web", _("web form")
    EMAIL = "email", _("e-mail")
    PAPER = "paper", _("paper letter")
    PHONE = "phone", _("phone / call centre")
    RECEPTION = "reception", _("personal reception")
    VIDEO_CONFERENCE = "video_conference", _("video conference")
    VIDEO_APPEAL = "video_appeal", _("video appeal")
    ONLINE_RECEPTION = "online_reception", _("online reception")
    API = "api", _("integration (API)")


class Language(models.TextChoices):
    KK = "kk", _("Kazakh")
    RU = "ru", _("Russian")
    EN = "en", _("English")


class ApplicantType(models.TextChoices):
    INDIVIDUAL = "individual", _("individual")
    ORGANISATION = "organisation", _("organisation")
    ANONYMOUS = "anonymous", _("anonymous")


STATUS_LABELS = {
    Status.REGISTERED: _("registered"),
    Status.REDIRECTED: _("redirected to the competent body"),
    Status.ASSIGNED: _("assigned to an executor"),
    Status.IN_PROGRESS: _("in progress"),
    Status.EXTENSION_REQUESTED: _("extension requested"),
    Status.EXTENDED: _("term extended"),
    Status.ANSWER_DRAFTED: _("answer on approval"),
    Status.ANSWER_APPROVED: _("answer approved"),
    Status.ANSWERED: _("answered"),
    Status.RATED: _("rated"),
    Status.CLOSED: _("closed"),
    Status.LEFT_WITHOUT_CONSIDERATION: _("left without consideration"),
    Status.TERMINATED: _("consideration terminated"),
    Status.MERGED: _("merged with an earlier appeal"),
}
OUTCOME_LABELS = {
    Outcome.SATISFIED: _("satisfied"),
    Outcome.REFUSED: _("refused"),
    Outcome.EXPLAINED: _("explained"),
    Outcome.TERMINATED: _("terminated"),
}
GROUND_LABELS = {
    Ground.ANONYMOUS: _("anonymous appeal"),
    Ground.NO_SUBSTANCE: _("the appeal states no substance"),
    Ground.REPEAT_WITHOUT_NEW_ARGUMENTS: _("repeat appeal without new arguments"),
    Ground.WITHDRAWN: _("withdrawn by the applicant"),
}


# The applicant's personal data on an appeal: sealed at rest, masked, erased by retention.
PERSONAL_FIELDS = ("applicant_name", "iin_bin", "email", "phone", "address")


class Appeal(models.Model):
    reg_number = models.CharField(_("registration number"), max_length=40, unique=True)
    external_id = models.CharField(
        _("id in the system it came from"), max_length=64, null=True, blank=True, unique=True
    )
    tracking_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    status = models.CharField(
        _("status"), max_length=32, choices=list(STATUS_LABELS.items()), default=Status.REGISTERED
    )
    outcome = models.CharField(
        _("outcome"), max_length=16, choices=list(OUTCOME_LABELS.items()), blank=True
    )
    ground = models.CharField(
        _("legal ground"), max_length=40, choices=list(GROUND_LABELS.items()), blank=True
    )
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    subject = models.CharField(_("subject"), max_length=200)
    text = models.TextField(_("text"))
    applicant_type = models.CharField(_("applicant"), max_length=16, choices=ApplicantType.choices)
    # Personal data, sealed at rest (tyndau/privacy/fields.py); found again by keyed hashes.
    applicant_name = SealedCharField(_("name or organisation"), max_length=300, blank=True)
    iin_bin = SealedCharField(_("IIN or BIN"), max_length=12, blank=True)
    email = SealedEmailField(_("e-mail"), blank=True)
    phone = SealedCharField(_("phone"), max_length=40, blank=True)
    address = SealedCharField(_("postal address"), max_length=300, blank=True)
    territory = models.ForeignKey(
        "directory.Territory", models.PROTECT, related_name="appeals", verbose_name=_("territory")
    )
    sphere = models.ForeignKey(
        "directory.Sphere",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="appeals",
        verbose_name=_("sphere"),
    )
    # No index of their own: (body, status, due_date) and (executor, status) below start with
    # them, and every index is one more write for each appeal filed or imported.
    body = models.ForeignKey(
        "directory.Body",
        models.PROTECT,
        related_name="appeals",
        verbose_name=_("body"),
        db_index=False,
    )
    executor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="assigned_appeals",
        verbose_name=_("executor"),
        db_index=False,
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="registered_appeals",
        verbose_name=_("registered by"),
    )
    repeat_of = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="repeats",
        verbose_name=_("repeat of"),
    )
    is_urgent = models.BooleanField(_("urgent"), default=False)
    urgency_reason = models.CharField(
        _("why urgent"), max_length=20, choices=URGENCY_REASONS.items(), blank=True
    )
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    due_date = models.DateField(_("answer due"), db_index=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # When the retention period ended and the personal data was erased (privacy.retention).
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("appeal")
        verbose_name_plural = _("appeals")
        indexes = [
            models.Index(fields=["body", "status", "due_date"]),
            models.Index(fields=["executor", "status"]),
            # "open and past the term today" across all bodies (the open statistics, the API)
            models.Index(fields=["status", "due_date"], name="appeal_status_due"),
        ]

    def __str__(self) -> str:
        return self.reg_number

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[Status(self.status)])


class RegistrationCounter(models.Model):
    """The last number given by a body in a year: registration numbers never repeat."""

    body = models.ForeignKey("directory.Body", models.PROTECT)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["body", "year"], name="one_counter_per_body_year")
        ]

    def __str__(self) -> str:
        return f"{self.body_id}/{self.year}: {self.last}"


class EventKind(models.TextChoices):
    FILED = "filed", _("appeal received")
    STATUS = "status", _("status changed")
    ASSIGNED = "assigned", _("executor assigned")
    REDIRECTED = "redirected", _("redirected to another body")
    ANSWER_RETURNED = "answer_returned", _("answer returned for revision")
    ANSWER_SENT = "answer_sent", _("answer sent")
    NOTIFIED = "notified", _("applicant notified")
    EXTENSION_REQUESTED = "extension_requested", _("extension requested")
    EXTENDED = "extended", _("term extended")
    EXTENSION_REFUSED = "extension_refused", _("extension refused")
    NOTICE_GIVEN = "notice_given", _("applicant told of the extension")
    TERM_BREACHED = "term_breached", _("term breached")
    RATED = "rated", _("answer rated")
    ROUTING_REVIEWED = "routing_reviewed", _("sphere reviewed")
    LINKED = "linked", _("linked to a related appeal")
    URGENCY_CHANGED = "urgency_changed", _("urgency changed")
    LINK_REPLACED = "link_replaced", _("private link replaced")


class AppendOnlyError(Exception):
    pass


class AppendOnlyQuerySet(models.QuerySet):
    """Rows that are written once and never changed or removed (events, the audit log)."""

    def update(self, **kwargs):
        raise AppendOnlyError(f"{self.model._meta.verbose_name_plural} are append-only.")

    def delete(self):
        raise AppendOnlyError(f"{self.model._meta.verbose_name_plural} are append-only.")


class AppendOnlyModel(models.Model):
    """A row written once: saving it again or deleting it raises, and so does updating or
    deleting through a queryset."""

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise AppendOnlyError(f"{self._meta.verbose_name_plural} are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(f"{self._meta.verbose_name_plural} are append-only.")


class AppealEvent(AppendOnlyModel):
    """One thing that happened to an appeal. Never updated, never deleted."""

    appeal = models.ForeignKey(Appeal, models.PROTECT, related_name="events")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True, related_name="+"
    )
    from_status = models.CharField(max_length=32, blank=True)
    to_status = models.CharField(max_length=32, blank=True)
    reason = models.TextField(blank=True)
    public = models.BooleanField(default=True, help_text="Shown on the applicant's timeline.")
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.appeal_id} {self.kind} {self.from_status}→{self.to_status}"


def attachment_path(instance: "Attachment", filename: str) -> str:
    """A safe stored name: the applicant's file name is kept only in `original_name`."""
    return f"attachments/{timezone.now():%Y/%m}/{uuid.uuid4().hex}"


class Attachment(models.Model):
    appeal = models.ForeignKey(Appeal, models.PROTECT, related_name="attachments")
    file = models.FileField(upload_to=attachment_path, storage=attachments_storage)
    original_name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()
    content_type = models.CharField(max_length=100)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.original_name
