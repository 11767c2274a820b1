from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhooksConfig(AppConfig):
    name = "tyndau.webhooks"
    verbose_name = _("Webhooks")

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from tyndau.appeals.models import AppealEvent

        post_save.connect(_event_written, sender=AppealEvent, dispatch_uid="webhooks-outbox")


def _event_written(sender, instance, created: bool, raw: bool = False, **_kwargs) -> None:
    """Every change to an appeal is an event, wherever it is written: the webhooks it concerns
    are queued in the same transaction (so a rolled-back change sends nothing, and a committed
    one is never lost). Bulk inserts (the demo, imports) send no signal and no webhooks."""
    if created and not raw:
        from tyndau.webhooks.services import queue_for_event

        queue_for_event(instance)
