from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppealsConfig(AppConfig):
    name = "tyndau.appeals"
    verbose_name = _("Appeals")

    def ready(self) -> None:
        from tyndau.notifications.services import message_sent

        message_sent.connect(_on_message_sent, dispatch_uid="appeals.record_notified")


def _on_message_sent(sender, message, **kwargs) -> None:
    from tyndau.appeals.services import record_notified

    if message.appeal_id and message.for_applicant:
        record_notified(message)
