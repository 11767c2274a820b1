from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "tyndau.audit"
    verbose_name = _("Audit of personal data access")
