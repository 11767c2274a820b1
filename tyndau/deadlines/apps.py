from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeadlinesConfig(AppConfig):
    name = "tyndau.deadlines"
    verbose_name = _("Deadlines")
