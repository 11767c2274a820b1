from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tyndau.notifications.models import OutboxMessage
from tyndau.privacy.masking import mask_email, mask_name_in_text, scrub_for_log

# The recipient and the letter are an applicant's personal data (sealed at rest; the letter
# holds their private link): the administration shows them masked, and cannot search them.
PERSONAL = ("to", "body")


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    list_display = ("created_at", "template", "recipient", "state", "attempts", "sent_at")
    list_filter = ("state", "template")
    search_fields = ("subject", "appeal__reg_number")
    exclude = PERSONAL
    readonly_fields = [
        *(f.name for f in OutboxMessage._meta.fields if f.name not in PERSONAL),
        "recipient",
        "text",
    ]
    actions = ["retry_now"]

    @admin.display(description=_("recipient"))
    def recipient(self, message: OutboxMessage) -> str:
        return mask_email(message.to)

    @admin.display(description=_("text"))
    def text(self, message: OutboxMessage) -> str:
        """The letter as sent, less the contacts, the private link and the applicant's name
        (letters greet the applicant by name)."""
        name = message.appeal.applicant_name if message.appeal_id else ""
        return mask_name_in_text(scrub_for_log(message.body), name)

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.action(description=_("Retry now"))
    def retry_now(self, request, queryset):
        queryset.update(state=OutboxMessage.State.PENDING, next_attempt_at=timezone.now())
