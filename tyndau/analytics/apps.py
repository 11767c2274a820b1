from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalyticsConfig(AppConfig):
    name = "tyndau.analytics"
    verbose_name = _("Analytics")

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from tyndau.appeals.models import AppealEvent

        post_save.connect(_event_written, sender=AppealEvent, dispatch_uid="analytics-rollups")


def _event_written(sender, instance, created: bool, raw: bool = False, **_kwargs) -> None:
    """Every change to an appeal is written as an event, wherever it happens (appeals,
    deadlines' sweep, ratings...): the roll-ups follow each one, in the same transaction.
    Bulk inserts (the demo, imports) send no signal and rebuild the roll-ups instead."""
    if created and not raw:
        from tyndau.analytics.services import refresh_after

        refresh_after(instance)
