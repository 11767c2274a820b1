from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeadlinesConfig(AppConfig):
    name = "tyndau.deadlines"
    verbose_name = _("Deadlines")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from tyndau.deadlines.models import CalendarOverride, TermSetting
        from tyndau.deadlines.services import forget_calendar

        for signal in (post_save, post_delete):
            for model in (CalendarOverride, TermSetting):
                signal.connect(
                    forget_calendar, sender=model, dispatch_uid=f"{signal}-{model.__name__}"
                )
