from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "tyndau.privacy"
    verbose_name = _("Personal data")

    def ready(self) -> None:
        from tyndau.privacy import checks  # noqa: F401  (registers the deploy checks)
