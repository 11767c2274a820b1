from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "tyndau.accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        user_logged_in.connect(_start_session_clocks, dispatch_uid="accounts.session_clocks")


def _start_session_clocks(sender, request, user, **kwargs) -> None:
    """Every login, whatever its way in, starts the session's idle and maximum clocks."""
    from tyndau.accounts.middleware import mark_login

    if request is not None and hasattr(request, "session"):
        mark_login(request)
