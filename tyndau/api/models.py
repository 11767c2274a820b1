"""Integrations' API keys (only a hash is kept) and the idempotency records of filing."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tyndau.accounts.permissions import Action
from tyndau.privacy.fields import SealedTextField

# What a key may be allowed to do. The workflow's own actions keep their names
# (tyndau.accounts.permissions.Action); `file` is an integration filing appeals for citizens.
FILE = "file"
PERMISSION_LABELS = {
    FILE: _("file appeals for applicants (channel: integration)"),
    Action.VIEW: _("read appeals in scope"),
    Action.VIEW_PERSONAL: _("read applicants' personal data"),
    Action.REGISTER: _("register paper, phone and reception appeals"),
    Action.ASSIGN: _("assign executors"),
    Action.REDIRECT: _("redirect to another body"),
    Action.START: _("start work"),
    Action.DRAFT_ANSWER: _("draft answers"),
    Action.SUBMIT_ANSWER: _("submit answers for approval"),
    Action.APPROVE_ANSWER: _("approve and send answers"),
    Action.RETURN_ANSWER: _("return answers for revision"),
    Action.CLOSE_WITHOUT_ANSWER: _("leave without consideration or terminate"),
    Action.REQUEST_EXTENSION: _("request extensions"),
    Action.EXTEND: _("extend terms"),
    Action.CONFIRM_NOTICE: _("record the extension notice"),
    Action.MARK_URGENCY: _("mark urgency"),
}
PERMISSIONS = tuple(str(p) for p in PERMISSION_LABELS)
# A key without an officer can only file and read: every change of an appeal is some officer's
# act under the web UI's rules (tyndau.accounts.permissions.can), recorded as theirs.
WITHOUT_OFFICER = frozenset({FILE, Action.VIEW, Action.VIEW_PERSONAL})
READING = frozenset({Action.VIEW, Action.VIEW_PERSONAL})


class ApiKey(models.Model):
    """A key for one integration. The key itself is shown once; `key_hash` is its SHA-256.

    `prefix` is the key's first characters, kept in clear to find the row and to tell keys
    apart in the administration. A key acts, for changes to appeals, as `officer` (under the
    officer's own role and scope) and never beyond `body` or its `permissions`."""

    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(_("prefix"), max_length=16, unique=True, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    body = models.ForeignKey(
        "directory.Body",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="api_keys",
        verbose_name=_("body"),
        help_text=_("Only appeals of this body and its units. Empty: no body limit."),
    )
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="api_keys",
        verbose_name=_("acts as officer"),
        help_text=_(
            "Changes to appeals are made as this officer, within the officer's role and scope."
        ),
    )
    permissions = models.JSONField(_("permissions"), default=list, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    def allows(self, permission: str) -> bool:
        return str(permission) in self.permissions

    def clean(self) -> None:
        unknown = [p for p in self.permissions if p not in PERMISSIONS]
        if unknown:
            raise ValidationError(
                {"permissions": _("Unknown permissions: %(names)s") % {"names": ", ".join(unknown)}}
            )
        if self.officer_id is None:
            acting = [p for p in self.permissions if p not in WITHOUT_OFFICER]
            if acting:
                raise ValidationError(
                    {
                        "officer": _(
                            "Choose the officer the key acts as: these permissions change "
                            "appeals (%(names)s)."
                        )
                        % {"names": ", ".join(acting)}
                    }
                )
            if self.body_id is None and READING & set(self.permissions):
                raise ValidationError(
                    {"body": _("A key that reads appeals without an officer needs a body.")}
                )
        elif (
            self.body_id
            and self.officer.body_id
            and not self.body.path.startswith(self.officer.body.path)
        ):
            raise ValidationError(
                {"body": _("The body must be the officer's own body or one of its units.")}
            )


class IdempotencyRecord(models.Model):
    """A POST made with an `Idempotency-Key`: the first one's response, replayed to retries.
    `owner` is who sent it ("key:12", "user:5", "ip:203.0.113.9"); one row per owner and key,
    so two concurrent retries cannot both file."""

    owner = models.CharField(max_length=80)
    key = models.CharField(max_length=255)
    request_hash = models.CharField(max_length=64)
    status_code = models.PositiveSmallIntegerField()
    response_body = SealedTextField(blank=True)  # a filing's answer names the applicant
    appeal = models.ForeignKey(
        "appeals.Appeal", models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "key"], name="one_idempotency_key_per_owner")
        ]

    def __str__(self) -> str:
        return f"{self.owner} {self.key}"
