from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _load_reference(sender, using="default", **kwargs) -> None:
    from tyndau.directory.services import load_reference_data

    load_reference_data()


class DirectoryConfig(AppConfig):
    name = "tyndau.directory"
    verbose_name = _("Reference data")

    def ready(self) -> None:
        # Reference data ships with the code: every migrate (and test database) gets it.
        post_migrate.connect(_load_reference, sender=self, dispatch_uid="tyndau-reference")
        from tyndau.directory import cache
        from tyndau.directory.models import Body, Sphere, Territory

        cache.connect_signals([Territory, Sphere, Body])
