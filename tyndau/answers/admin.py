"""Bodies' own answer templates; answers and ratings read-only (they change only through the
workspace and the applicant's pages, which keep the appeal's event log)."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from tyndau.answers import unified_format
from tyndau.answers.models import Answer, AnswerTemplate
from tyndau.ratings.models import Rating
from tyndau.web.admin_base import ReadOnlyAdmin


class AnswerTemplateForm(forms.ModelForm):
    class Meta:
        model = AnswerTemplate
        fields = ("body", "sphere", "language", "text")
        widgets = {"text": forms.Textarea(attrs={"rows": 24, "cols": 100})}

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        unknown = sorted(
            set(unified_format.PLACEHOLDER.findall(text)) - set(unified_format.PLACEHOLDERS)
        )
        if unknown:
            raise forms.ValidationError(
                _("Unknown placeholders: %(names)s. Known: %(known)s.")
                % {
                    "names": ", ".join(f"{{{n}}}" for n in unknown),
                    "known": ", ".join(f"{{{n}}}" for n in unified_format.PLACEHOLDERS),
                }
            )
        return text


@admin.register(AnswerTemplate)
class AnswerTemplateAdmin(admin.ModelAdmin):
    form = AnswerTemplateForm
    list_display = ("body", "sphere", "language", "updated_at")
    list_filter = ("language",)
    search_fields = ("body__name_ru", "body__name_kk", "text")
    autocomplete_fields = ("body",)
    list_select_related = ("body", "sphere")

    def get_changeform_initial_data(self, request) -> dict:
        language = request.GET.get("language", "ru")
        return {"language": language, "text": unified_format.DEFAULT.get(language, "")}


@admin.register(Answer)
class AnswerAdmin(ReadOnlyAdmin):
    list_display = ("appeal", "state", "outcome", "quality_verdict", "quality_score", "sent_at")
    list_filter = ("state", "quality_verdict", "outcome")
    search_fields = ("appeal__reg_number",)
    list_select_related = ("appeal",)


@admin.register(Rating)
class RatingAdmin(ReadOnlyAdmin):
    list_display = ("appeal", "score", "created_at", "changed_at", "follow_up")
    list_filter = ("score",)
    search_fields = ("appeal__reg_number",)
    list_select_related = ("appeal", "follow_up")
