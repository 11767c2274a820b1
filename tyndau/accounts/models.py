"""Officers of state bodies: who they are, where they work, what role they play."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    REGISTRAR = "registrar", _("registrar")
    EXECUTOR = "executor", _("executor")
    HEAD = "head", _("head")
    ANALYST = "analyst", _("analyst")
    ADMIN = "admin", _("administrator")
    # The person the body names responsible for organising the processing of personal data
    # (Law of the RK "On personal data and their protection", art. 25-1): no appeal work.
    CONTROLLER = "controller", _("personal data controller")


class User(AbstractUser):
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, blank=True)
    body = models.ForeignKey(
        "directory.Body",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="officers",
        verbose_name=_("body or unit"),
    )
    patronymic = models.CharField(_("patronymic"), max_length=150, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)
    phone = models.CharField(_("work phone"), max_length=40, blank=True)
    language = models.CharField(
        _("language of e-mails"),
        max_length=2,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    is_demo = models.BooleanField(
        _("demo account"),
        default=False,
        help_text=_("Created by seed_demo with a published password; never in production."),
    )
    # Part of every session's check: raising it ends all the officer's sessions at once.
    session_generation = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("officer")
        verbose_name_plural = _("officers")

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.patronymic) if p) or (
            self.username
        )

    def __str__(self) -> str:
        return self.full_name

    def _get_session_auth_hash(self, secret=None) -> str:
        # Django keeps a hash of the password in each session and drops the session when the
        # hash no longer matches; mixing in the generation lets "log out everywhere" and a
        # deactivation do the same. Generation 0 keeps Django's own hash, so sessions opened
        # before this field existed stay valid.
        if not self.session_generation:
            return super()._get_session_auth_hash(secret=secret)
        return salted_hmac(
            "tyndau.accounts.User.session_auth_hash",
            f"{self.password}\x00{self.session_generation}",
            secret=secret,
            algorithm="sha256",
        ).hexdigest()

    def save(self, *args, **kwargs) -> None:
        if not self.is_active and self.pk is not None:
            was_active = type(self).objects.filter(pk=self.pk, is_active=True).exists()
            if was_active:  # deactivated: every session ends, and stays ended if reactivated
                self.session_generation += 1
                if kwargs.get("update_fields") is not None:
                    kwargs["update_fields"] = {*kwargs["update_fields"], "session_generation"}
        super().save(*args, **kwargs)


class RolePolicy(models.Model):
    """What an administrator requires of every officer of a role."""

    role = models.CharField(_("role"), max_length=16, choices=Role.choices, unique=True)
    require_second_factor = models.BooleanField(
        _("second factor required"),
        default=False,
        help_text=_("Officers of this role must set up a one-time code app before they can work."),
    )

    class Meta:
        verbose_name = _("role policy")
        verbose_name_plural = _("role policies")
        ordering = ["role"]

    def __str__(self) -> str:
        return str(self.get_role_display())
