"""Officers of state bodies: who they are, where they work, what role they play."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    REGISTRAR = "registrar", _("registrar")
    EXECUTOR = "executor", _("executor")
    HEAD = "head", _("head")
    ANALYST = "analyst", _("analyst")
    ADMIN = "admin", _("administrator")


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
