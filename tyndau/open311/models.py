"""What an Open311 client sends beyond the appeal itself: the place (address, coordinates),
the photo's link, the client's ids, and the token it may poll. The appeal is an ordinary one."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ServiceRequest(models.Model):
    appeal = models.OneToOneField(
        "appeals.Appeal", models.PROTECT, related_name="open311", verbose_name=_("appeal")
    )
    token = models.CharField(max_length=64, unique=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    lat = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    long = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    media_url = models.URLField(_("media URL"), max_length=500, blank=True)
    device_id = models.CharField(max_length=100, blank=True)
    account_id = models.CharField(max_length=100, blank=True)
    api_key = models.ForeignKey(
        "api.ApiKey", models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("Open311 service request")
        verbose_name_plural = _("Open311 service requests")

    def __str__(self) -> str:
        return f"{self.appeal_id} ({self.token})"
