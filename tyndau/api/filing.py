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
from tyndau.directory import cache as directory_cache
from tyndau.directory.models import Territory

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
    # The form needs the rows' keys only: found among what the process keeps of the directory.
    territory = directory_cache.territory_by_kato(payload.territory.strip())
    if territory is None:
        errors.append({"field": "territory", "message": _("Unknown KATO code.")})
    sphere = body = None
    if payload.sphere:
        sphere = directory_cache.sphere_by_code(payload.sphere.strip())
        if sphere is None:
            errors.append({"field": "sphere", "message": _("Unknown sphere code.")})
    if payload.body:
        body = directory_cache.body_by_code(payload.body.strip().upper())
        if body is None:
            errors.append({"field": "body", "message": _("Unknown body code.")})
    region = district = ""
    if territory is not None:
        pk, parent = territory[0], territory[directory_cache.position(Territory, "parent")]
        region, district = (parent, pk) if parent is not None else (pk, "")
    applicant = payload.applicant
    data = {
        "kind": payload.kind,
        "applicant_type": applicant.type,
        "applicant_name": applicant.name,
        "iin_bin": applicant.iin_bin,
        "email": applicant.email,
        "phone": applicant.phone,
        "address": applicant.address,
        "region": region,
        "district": district,
        "sphere": sphere[0] if sphere else "",
        "body": body[0] if body else "",
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
