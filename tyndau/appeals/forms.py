"""Forms that translate what people type into the services' inputs, with messages in their
language beside each field."""

from collections.abc import Mapping
from types import MappingProxyType

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.choices import BaseChoiceIterator, normalize_choices
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tyndau.appeals import identifiers, uploads
from tyndau.appeals.attachments import AttachmentError
from tyndau.appeals.attachments import check as check_attachment
from tyndau.appeals.models import ApplicantType, Channel, Kind, Language
from tyndau.appeals.services import AppealDraft, Applicant
from tyndau.directory import cache as directory_cache
from tyndau.directory.models import Body, Sphere, Territory

IDENTIFIER_MESSAGES = {
    "length": _("The number must have exactly 12 digits."),
    "digits": _("Use digits only."),
    "date": _("The first digits must be a real date (for a BIN: year and month)."),
    "century": _("The 7th digit of an IIN must be from 0 to 6."),
    "type": _(
        "Digits 5 and 6 of a BIN must give the type of the organisation "
        "(5th: 4, 5 or 6; 6th: 0 to 3)."
    ),
    "checksum": _("The check digit does not match: please check the number for a typo."),
}


class NamedChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.name


class DirectoryChoiceField(NamedChoiceField):
    """A choice of the directory's rows (`kept_filters`: the same as the queryset's) checked
    against what the process keeps of the directory (`tyndau.directory.cache`) rather than
    one query per field; the same values are accepted and refused as by the queryset."""

    kept_filters: dict | None = None

    def to_python(self, value):
        if self.kept_filters is None:
            return super().to_python(value)
        if value in self.empty_values:
            return None
        self.validate_no_null_characters(value)
        model = self.queryset.model
        try:
            if isinstance(value, model):
                value = value.pk
            found = directory_cache.get(model, value, **self.kept_filters)
        except (ValueError, TypeError):
            found = None
        if found is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return found


class DistrictSelect(forms.Select):
    """Districts grouped by region; each option knows its region for the filtering script."""

    def __init__(self, parent_select_id: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.attrs["data-parent-select"] = parent_select_id
        self.region_of: dict[str, str] = {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        key = str(getattr(value, "value", value))
        if key in self.region_of:
            option["attrs"]["data-parent"] = self.region_of[key]
        return option


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Every file is checked by its content (`tyndau.appeals.uploads`); each refused one gets
    its own message, naming it."""

    def __init__(self, **kwargs):
        accept = ",".join(uploads.ACCEPTED_EXTENSIONS)
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": accept}))
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if self.required and not files:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        if len(files) > settings.ATTACHMENT_MAX_COUNT:
            raise forms.ValidationError(
                _("Attach at most %(count)d files."),
                code="count",
                params={"count": settings.ATTACHMENT_MAX_COUNT},
            )
        errors, checked = [], []
        for upload in files:
            try:
                checked.append(check_attachment(upload))
            except AttachmentError as error:
                errors.append(_validation_error(error))
        if errors:
            raise forms.ValidationError(errors)
        return checked  # filing takes them as checked: each file is read once


def _validation_error(error: AttachmentError) -> forms.ValidationError:
    return forms.ValidationError(error.template, code=error.code, params=error.params or None)


def _territory_fields(form: forms.Form) -> None:
    lang = _lang()
    _restrict(form.fields["region"], Territory, (f"name_{lang}",), parent__isnull=True)
    choices, region_of = directory_cache.kept(("district-choices", lang), _district_choices)
    form.fields["district"].choices = choices
    form.fields["district"].widget.region_of = region_of


def _district_choices() -> tuple[BaseChoiceIterator, Mapping[str, str]]:
    """The districts grouped by region in the active language, and each one's region: kept
    per language while the directory is unchanged (shared: never changed)."""
    districts = Territory.objects.filter(
        parent__isnull=False, parent__parent__isnull=True
    ).select_related("parent")
    grouped: dict[str, list] = {}
    region_of: dict[str, str] = {}
    for district in sorted(districts, key=lambda d: (d.parent.name, d.name)):
        grouped.setdefault(district.parent.name, []).append((district.pk, district.name))
        region_of[str(district.pk)] = str(district.parent_id)
    choices = [("", _("— the whole region or city —"))] + list(grouped.items())
    return _Normalized(normalize_choices(choices)), MappingProxyType(region_of)


class _Normalized(BaseChoiceIterator):
    """Choices already in Django's normal form: taken as they are, not normalized again on
    every form (a kept list shared by the forms of the process: never changed)."""

    def __init__(self, choices: list):
        self.choices = choices

    def __iter__(self):
        return iter(self.choices)

    def __len__(self) -> int:
        return len(self.choices)


def _restrict(field: "DirectoryChoiceField", model, order_by: tuple[str, ...] = (), **filters):
    """The field offers (and accepts) the directory's rows matching `filters`."""
    field.queryset = model.objects.filter(**filters).order_by(*order_by)
    field.kept_filters = filters


def _lang() -> str:
    return (get_language() or "kk")[:2]


class AppealForm(forms.Form):
    """The citizen's appeal. Field names are what the applicant sees, in their language."""

    required_css_class = "required"

    kind = forms.ChoiceField(
        label=_("What are you writing?"),
        choices=Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the kind of appeal.")},
    )
    applicant_type = forms.ChoiceField(
        label=_("Who is writing?"),
        choices=ApplicantType.choices,
        widget=forms.RadioSelect,
        initial=ApplicantType.INDIVIDUAL,
    )
    applicant_name = forms.CharField(
        label=_("Full name or name of the organisation"), max_length=300, required=False
    )
    iin_bin = forms.CharField(
        label=_("IIN (for a person) or BIN (for an organisation)"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        help_text=_("We send the registration number and the answer here."),
        error_messages={"invalid": _("Enter an e-mail address like name@example.kz.")},
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    address = forms.CharField(label=_("Postal address"), max_length=300, required=False)
    region = DirectoryChoiceField(
        label=_("Region or city"),
        queryset=Territory.objects.none(),
        empty_label=_("— choose —"),
        error_messages={"required": _("Choose the region or city the appeal is about.")},
    )
    district = forms.ChoiceField(
        label=_("District or town"), required=False, widget=DistrictSelect("id_region")
    )
    sphere = DirectoryChoiceField(
        label=_("Sphere (if you know it)"),
        queryset=Sphere.objects.none(),
        required=False,
        empty_label=_("— not sure —"),
    )
    body = DirectoryChoiceField(
        label=_("To which body (if you know it)"),
        queryset=Body.objects.none(),
        required=False,
        empty_label=_("— let Tyndau route it by territory and sphere —"),
    )
    subject = forms.CharField(
        label=_("Subject"),
        max_length=200,
        error_messages={"required": _("Write the subject in a few words.")},
    )
    text = forms.CharField(
        label=_("Your appeal"),
        min_length=20,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("What happened, where, since when, and what you ask for."),
        error_messages={
            "required": _("Write the text of the appeal."),
            "min_length": _(
                "The text is too short: say what happened and what you ask for "
                "(at least %(limit_value)d characters)."
            ),
        },
    )
    language = forms.ChoiceField(
        label=_("Language of the answer"),
        choices=[("", _("the language the appeal is written in"))] + Language.choices,
        required=False,
    )
    attachments = AttachmentsField(label=_("Attachments"), required=False)
    consent = forms.BooleanField(
        label=_(
            "I confirm the information is true and agree to the processing of my personal "
            "data to consider this appeal."
        ),
        error_messages={"required": _("Your consent is needed to consider the appeal.")},
    )

    identifier_required = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        lang = _lang()
        _territory_fields(self)
        self.fields["attachments"].help_text = _(
            "Up to %(count)d files, %(size)s each: PDF, photos (JPEG, PNG, HEIC), office "
            "documents, text or video (MP4, MOV, WebM)."
        ) % {
            "count": settings.ATTACHMENT_MAX_COUNT,
            "size": filesizeformat(settings.ATTACHMENT_MAX_BYTES),
        }
        _restrict(self.fields["sphere"], Sphere, parent__isnull=True)
        _restrict(
            self.fields["body"],
            Body,
            ("kind", f"name_{lang}"),
            parent__isnull=True,
            is_active=True,
        )

    @property
    def attach_again(self) -> list[str]:
        """The files the applicant chose that were not refused: the browser does not keep
        them when the form comes back, so they must be attached again."""
        if not self.is_bound or not self.files:
            return []
        errors = self.errors.as_data().get("attachments", [])
        refused = {e.params["name"] for e in errors if e.params and "name" in e.params}
        chosen = [
            uploads.clean_name(f.name)
            for f in self.files.getlist(self.add_prefix("attachments"))
            if f
        ]
        return [name for name in chosen if name not in refused]

    def add_attachment_error(self, error: AttachmentError) -> None:
        self.add_error("attachments", _validation_error(error))

    def clean_iin_bin(self) -> str:
        return identifiers.normalize(self.cleaned_data.get("iin_bin", ""))

    def clean_district(self) -> Territory | None:
        value = self.cleaned_data.get("district")
        return directory_cache.get(Territory, value) if value else None

    def clean(self):
        data = super().clean()
        applicant_type = data.get("applicant_type")
        if applicant_type != ApplicantType.ANONYMOUS:
            if not data.get("applicant_name", "").strip():
                self.add_error("applicant_name", _("Write your full name or the organisation's."))
            number = data.get("iin_bin", "")
            kind = "bin" if applicant_type == ApplicantType.ORGANISATION else "iin"
            if number:
                error = identifiers.identifier_error(number, kind)
                if error:
                    self.add_error("iin_bin", IDENTIFIER_MESSAGES[error])
            elif self.identifier_required:
                self.add_error(
                    "iin_bin",
                    _("Enter your BIN.") if kind == "bin" else _("Enter your IIN."),
                )
            if not any(data.get(name, "").strip() for name in ("email", "phone", "address")):
                self.add_error(
                    "email", _("Give an e-mail, a phone or a postal address to receive the answer.")
                )
        district, region = data.get("district"), data.get("region")
        if district and region and district.parent_id != region.pk:
            self.add_error("district", _("This district is not in the chosen region."))
        return data

    def to_draft(self, channel: str = Channel.WEB) -> AppealDraft:
        data = self.cleaned_data
        anonymous = data["applicant_type"] == ApplicantType.ANONYMOUS
        applicant = Applicant(
            type=data["applicant_type"],
            name="" if anonymous else data["applicant_name"],
            iin_bin="" if anonymous else data["iin_bin"],
            email=data["email"],
            phone=data["phone"],
            address=data["address"],
        )
        return AppealDraft(
            kind=data["kind"],
            language=data["language"],
            subject=data["subject"],
            text=data["text"],
            territory=data["district"] or data["region"],
            applicant=applicant,
            channel=channel,
            sphere=data.get("sphere"),
            body=data.get("body"),
            attachments=data.get("attachments") or [],
        )


class RegistrarAppealForm(AppealForm):
    """A registrar types in a paper, phone or reception appeal on the applicant's behalf."""

    channel = forms.ChoiceField(
        label=_("Received through"),
        choices=[c for c in Channel.choices if c[0] not in (Channel.WEB, Channel.API)],
    )
    consent = None
    identifier_required = False

    field_order = ["channel"]


class FilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    sphere = NamedChoiceField(
        label=_("Sphere"), queryset=Sphere.objects.none(), required=False, empty_label=_("all")
    )
    territory = NamedChoiceField(
        label=_("Territory"),
        queryset=Territory.objects.none(),
        required=False,
        empty_label=_("all"),
    )
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("due", _("deadline, nearest first")),
            ("-received", _("newest first")),
            ("received", _("oldest first")),
        ],
    )

    def __init__(self, *args, status_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", _("all")), ("open", _("all open")), *status_choices]
        self.fields["kind"].choices = [("", _("all")), *Kind.choices]
        self.fields["sphere"].queryset = Sphere.objects.filter(parent__isnull=True)
        self.fields["territory"].queryset = Territory.objects.filter(parent__isnull=True).order_by(
            f"name_{_lang()}"
        )
