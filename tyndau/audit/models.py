"""The audit log: who saw or exported personal data, when, what and from where. Append-only:
the models refuse to change or delete a record, and the database refuses too (triggers from
migration 0002), so that an officer with database-level access through Tyndau cannot erase
their own trace."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tyndau.appeals.models import AppendOnlyModel


class Access(models.TextChoices):
    VIEW_APPEAL = "view_appeal", _("viewed an appeal with personal data")
    DOWNLOAD_ATTACHMENT = "download_attachment", _("downloaded an attachment")
    PRINT_LETTER = "print_letter", _("printed the answer letter")
    API_READ = "api_read", _("read personal data through the API")
    EXPORT = "export", _("exported personal data")
    VIEW_AUDIT = "view_audit", _("viewed the audit log")
    EXPORT_AUDIT = "export_audit", _("exported the audit log")
    REPLACE_LINK = "replace_link", _("replaced an applicant's tracking link")
    ANONYMISE = "anonymise", _("anonymised closed appeals")


# `detail` of the usual accesses, a key shown in the reader's language.
PERSONAL_FIELDS = "personal"
DETAIL_LABELS = {PERSONAL_FIELDS: _("name, ИИН/БИН, e-mail, phone, postal address")}


class AuditRecord(AppendOnlyModel):
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    # No database constraint: a record outlives what it names and is never cascaded.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    actor_label = models.CharField(_("who"), max_length=200)
    access = models.CharField(_("what"), max_length=24, choices=Access.choices)
    appeal = models.ForeignKey(
        "appeals.Appeal",
        models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("appeal"),
    )
    reg_number = models.CharField(_("registration number"), max_length=40, blank=True)
    # What was shown or exported, in words without the data itself: "name, ИИН, e-mail",
    # "237 appeals: status=open, body=AKM-AST".
    detail = models.CharField(_("details"), max_length=500, blank=True)
    ip = models.GenericIPAddressField(_("from address"), null=True, blank=True)
    user_agent = models.CharField(_("browser or client"), max_length=300, blank=True)
    path = models.CharField(_("page"), max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("audit record")
        verbose_name_plural = _("audit records")
        indexes = [models.Index(fields=["actor", "at"]), models.Index(fields=["appeal", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.access} {self.reg_number}"

    @property
    def detail_label(self) -> str:
        return str(DETAIL_LABELS.get(self.detail, self.detail))
