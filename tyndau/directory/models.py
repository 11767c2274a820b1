"""Reference data: territories (KATO), state bodies (a tree), spheres of appeals."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class TrilingualName(models.Model):
    """Names in Kazakh, Russian and English; `name` answers in the active language."""

    name_kk = models.CharField(_("name (Kazakh)"), max_length=300)
    name_ru = models.CharField(_("name (Russian)"), max_length=300)
    name_en = models.CharField(_("name (English)"), max_length=300)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.name_in((get_language() or "kk")[:2])

    def name_in(self, language: str) -> str:
        return getattr(self, f"name_{language}", "") or self.name_ru


class Territory(TrilingualName):
    class Level(models.TextChoices):
        REGION = "region", _("region")
        CITY = "city", _("city of republican significance")
        DISTRICT = "district", _("district or town")
        CITY_DISTRICT = "city_district", _("city district")

    kato = models.CharField(_("KATO code"), max_length=9, unique=True)
    level = models.CharField(_("level"), max_length=16, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent territory"),
    )

    class Meta:
        ordering = ["kato"]
        verbose_name = _("territory")
        verbose_name_plural = _("territories")


class Sphere(TrilingualName):
    code = models.CharField(_("code"), max_length=64, unique=True)
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent sphere"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("sphere")
        verbose_name_plural = _("spheres")


class Body(TrilingualName):
    """A state body or one of its units. `path` makes "the body and all its units" one query."""

    class Kind(models.TextChoices):
        MINISTRY = "ministry", _("ministry")
        AKIMAT_REGION = "akimat_region", _("regional akimat")
        AKIMAT_CITY = "akimat_city", _("city akimat")
        AKIMAT_DISTRICT = "akimat_district", _("district akimat")
        UNIT = "unit", _("unit")

    code = models.CharField(_("code"), max_length=16, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent body"),
    )
    path = models.CharField(max_length=255, db_index=True, editable=False)
    territory = models.ForeignKey(
        Territory,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="bodies",
        verbose_name=_("territory"),
    )
    spheres = models.ManyToManyField(Sphere, blank=True, verbose_name=_("spheres of competence"))
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["path"]
        verbose_name = _("state body")
        verbose_name_plural = _("state bodies")

    def save(self, *args, **kwargs) -> None:
        old_path = self.path
        self.path = f"{self.parent.path if self.parent_id else ''}{self.code}/"
        super().save(*args, **kwargs)
        if old_path and old_path != self.path:
            for child in self.children.all():
                child.save()

    @property
    def top(self) -> "Body":
        """The body an appeal is addressed to (a unit's ministry or akimat)."""
        node = self
        while node.kind == Body.Kind.UNIT and node.parent_id:
            node = node.parent
        return node

    def subtree(self) -> models.QuerySet["Body"]:
        return Body.objects.filter(path__startswith=self.path)


class DirectoryStamp(models.Model):
    """One row whose token changes, in the same transaction, with every write to the
    directory's tables (database triggers: migration 0002), so a process can keep what it
    derived from the directory for as long as the token it read is current
    (`tyndau.directory.cache`)."""

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("directory stamp")

    def __str__(self) -> str:
        return self.token
