"""An appeal filed through the API goes through the web form's own checks (the same
`AppealForm`, or `RegistrarAppealForm` when an officer registers it): the same rules, the same
messages in the caller's language, then the same `services.file_appeal`."""

from django.utils.translation import gettext as _

from tyndau.accounts.permissions import Action
from tyndau.api.access import Principal
from tyndau.api.errors import ApiError, validation_failed
from tyndau.api.schemas import AppealIn
from tyndau.appeals import services
from tyndau.appeals.forms import AppealForm, RegistrarAppealForm
from tyndau.appeals.models import Channel
from tyndau.directory.models import Body, Sphere, Territory

# The form's field → the API's field, for error messages.
FIELD_NAMES = {
    "applicant_type": "applicant.type",
    "applicant_name": "applicant.name",
    "iin_bin": "applicant.iin_bin",
    "email": "applicant.email",
    "phone": "applicant.phone",
    "address": "applicant.address",
    "region": "territory",
    "district": "territory",
    "__all__": None,
}


def _form_data(payload: AppealIn) -> tuple[dict, list[dict]]:
    errors = []
    territory = Territory.objects.filter(kato=payload.territory.strip()).first()
    if territory is None:
        errors.append({"field": "territory", "message": _("Unknown KATO code.")})
    sphere = body = None
    if payload.sphere:
        sphere = Sphere.objects.filter(code=payload.sphere.strip()).first()
        if sphere is None:
            errors.append({"field": "sphere", "message": _("Unknown sphere code.")})
    if payload.body:
        body = Body.objects.filter(code=payload.body.strip().upper()).first()
        if body is None:
            errors.append({"field": "body", "message": _("Unknown body code.")})
    region = district = None
    if territory is not None:
        region, district = (
            (territory.parent, territory) if territory.parent_id else (territory, None)
        )
    applicant = payload.applicant
    data = {
        "kind": payload.kind,
        "applicant_type": applicant.type,
        "applicant_name": applicant.name,
        "iin_bin": applicant.iin_bin,
        "email": applicant.email,
        "phone": applicant.phone,
        "address": applicant.address,
        "region": region.pk if region else "",
        "district": district.pk if district else "",
        "sphere": sphere.pk if sphere else "",
        "body": body.pk if body else "",
        "subject": payload.subject,
        "text": payload.text,
        "language": payload.language or "",
        "consent": "on" if payload.consent else "",
        "channel": payload.channel or "",
    }
    return data, errors


def draft_from(payload: AppealIn, principal: Principal) -> tuple[services.AppealDraft, bool]:
    """The service's draft and whether an officer registers it (then `registered_by`)."""
    registering = payload.channel not in (None, Channel.API)
    if registering and not principal.may(Action.REGISTER):
        raise ApiError(
            403,
            "forbidden",
            _("Only officers who register appeals name the channel."),
            errors=[{"field": "channel", "message": _("Leave it out, or use `api`.")}],
        )
    data, errors = _form_data(payload)
    form = (RegistrarAppealForm if registering else AppealForm)(data)
    valid = form.is_valid()
    if errors or not valid:
        for name, messages in form.errors.items():
            field = FIELD_NAMES.get(name, name)
            if field == "territory" and any(e["field"] == "territory" for e in errors):
                continue  # already said: the code is unknown
            if name in ("sphere", "body") and any(e["field"] == name for e in errors):
                continue
            errors.extend({"field": field, "message": str(m)} for m in messages)
        raise validation_failed(errors)
    if registering:
        return form.to_draft(channel=form.cleaned_data["channel"]), True
    return form.to_draft(channel=Channel.API), False
