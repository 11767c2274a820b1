"""Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) at /open311/v2/, in JSON and
XML, with the standard's names and error format. Services are Tyndau's spheres and their
sub-spheres; a service request is an ordinary appeal (routed, given its terms, answered); its
expected date comes from the legal calendar. Only requests that came in through Open311 are
listed, and with no personal data and no text: only their place and course are public."""

import datetime as dt
import secrets
import xml.etree.ElementTree as ET  # nosec B405: builds XML output, parses none
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods
from pydantic import ValidationError

from tyndau.api import keys, ratelimit
from tyndau.api.access import Principal, client_ip
from tyndau.api.errors import ApiError
from tyndau.api.filing import draft_from
from tyndau.api.models import FILE
from tyndau.api.schemas import AppealIn, ApplicantIn
from tyndau.appeals import services
from tyndau.appeals.models import OUTCOME_LABELS, Appeal, ApplicantType, Kind
from tyndau.appeals.workflow import OPEN_STATUSES
from tyndau.directory.models import Sphere, Territory
from tyndau.open311.models import ServiceRequest
from tyndau.web.params import OUTSIDE_CALENDAR, within_calendar

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
CHANGESET = "2026-11-24T00:00:00+05:00"
MAX_REQUESTS = 1000
DEFAULT_DAYS = 90
CONTENT_TYPES = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}


class Open311Error(Exception):
    def __init__(self, status: int, description: str):
        self.status, self.description = status, str(description)
        super().__init__(self.description)


# --- rendering ------------------------------------------------------------------------------------


def _xml_value(parent: ET.Element, name: str, value) -> None:
    element = ET.SubElement(parent, name)
    if isinstance(value, dict):
        for key, item in value.items():
            _xml_value(element, key, item)
    elif isinstance(value, list):
        child = name[:-1] if name.endswith("s") else "item"
        for item in value:
            _xml_value(element, child, item)
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    elif value is not None:
        element.text = str(value)


def render(data, fmt: str, root: str, item: str, status: int = 200) -> HttpResponse:
    """JSON as is; XML as <root><item>...</item>...</root> (a dict: <root>...</root>)."""
    if fmt == "json":
        return JsonResponse(
            data, status=status, safe=False, json_dumps_params={"ensure_ascii": False}
        )
    element = ET.Element(root)
    for entry in data if isinstance(data, list) else [data]:
        target = ET.SubElement(element, item) if isinstance(data, list) else element
        for key, value in entry.items():
            _xml_value(target, key, value)
    body = b'<?xml version="1.0" encoding="utf-8"?>' + ET.tostring(element, encoding="utf-8")
    return HttpResponse(body, status=status, content_type=CONTENT_TYPES["xml"])


def error(fmt: str, status: int, description: str) -> HttpResponse:
    return render([{"code": status, "description": description}], fmt, "errors", "error", status)


def endpoint(view):
    """Format from the suffix, the standard's error objects for every refusal."""

    def wrapped(request: HttpRequest, fmt: str, *args, **kwargs):
        try:
            return view(request, fmt, *args, **kwargs)
        except Open311Error as failure:
            return error(fmt, failure.status, failure.description)
        except ValidationError as failure:  # a value the appeal cannot hold (too long...)
            fields = ", ".join(".".join(str(p) for p in e["loc"]) for e in failure.errors())
            return error(
                fmt, 400, _("These values are not accepted: %(fields)s") % {"fields": fields}
            )
        except ApiError as failure:
            details = "; ".join(
                f"{e['field']}: {e['message']}" if e.get("field") else e["message"]
                for e in failure.errors
            )
            status = 400 if failure.status == 422 else failure.status  # the standard's 400
            response = error(fmt, status, f"{failure.message} {details}".strip())
            for name, value in failure.headers.items():
                response[name] = value
            return response

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


# --- discovery and services -----------------------------------------------------------------------


@require_GET
@endpoint
def discovery(request: HttpRequest, fmt: str) -> HttpResponse:
    data = {
        "changeset": CHANGESET,
        "contact": _("Tyndau: citizens' appeals to the state bodies of Kazakhstan"),
        "key_service": _("API keys are issued by the platform's administrator."),
        "endpoints": [
            {
                "specification": SPECIFICATION,
                "url": f"{settings.BASE_URL}/open311/v2",
                "changeset": CHANGESET,
                "type": "production",
                "formats": ["text/xml", "application/json"],
            }
        ],
    }
    return render(data, fmt, "discovery", "discovery")


def _service(sphere: Sphere) -> dict:
    return {
        "service_code": sphere.code,
        "service_name": sphere.name,
        "description": sphere.name,
        "metadata": True,
        "type": "realtime",
        "keywords": sphere.code.replace(".", ", ").replace("_", " "),
        "group": sphere.parent.name if sphere.parent_id else sphere.name,
    }


@require_GET
@endpoint
def service_list(request: HttpRequest, fmt: str) -> HttpResponse:
    spheres = Sphere.objects.select_related("parent")
    return render([_service(s) for s in spheres], fmt, "services", "service")


def _territory_values() -> list[dict]:
    places = Territory.objects.filter(
        parent__isnull=False, parent__parent__isnull=True
    ) | Territory.objects.filter(parent__isnull=True)
    return [{"key": t.kato, "name": t.name} for t in places.order_by("kato")]


@require_GET
@endpoint
def service_definition(request: HttpRequest, fmt: str, code: str) -> HttpResponse:
    sphere = Sphere.objects.filter(code=code).first()
    if sphere is None:
        raise Open311Error(404, _("There is no service with this code."))
    data = {
        "service_code": sphere.code,
        "attributes": [
            {
                "variable": True,
                "code": "territory",
                "datatype": "singlevaluelist",
                "required": True,
                "datatype_description": _("The region or city, or a district in it"),
                "order": 1,
                "description": _("Where is it?"),
                "values": _territory_values(),
            },
            {
                "variable": True,
                "code": "iin",
                "datatype": "string",
                "required": False,
                "datatype_description": _("12 digits"),
                "order": 2,
                "description": _(
                    "The applicant's IIN. Without it the appeal is anonymous and, by law, "
                    "may be left without consideration."
                ),
                "values": [],
            },
        ],
    }
    if fmt == "xml":
        data["attributes"] = [
            {**a, "values": [{"key": v["key"], "name": v["name"]} for v in a["values"]]}
            for a in data["attributes"]
        ]
    return render(data, fmt, "service_definition", "service_definition")


# --- service requests -----------------------------------------------------------------------------


def _w3c(moment) -> str | None:
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None


def _expected(appeal: Appeal) -> str:
    from tyndau.appeals.presenters import urgent_due_at

    due_at = urgent_due_at(appeal)
    if due_at is None:  # the due day, to its end, in Astana time
        zone = timezone.get_default_timezone()
        due_at = dt.datetime.combine(appeal.due_date, dt.time(23, 59, 59), zone)
    return _w3c(due_at)


def _status_notes(appeal: Appeal) -> str:
    notes = appeal.status_label
    if appeal.outcome:
        notes += f": {OUTCOME_LABELS.get(appeal.outcome, appeal.outcome)}"
    return notes


def _request(appeal: Appeal) -> dict:
    extra = getattr(appeal, "open311", None)
    return {
        "service_request_id": appeal.reg_number,
        "status": "open" if appeal.status in OPEN_STATUSES else "closed",
        "status_notes": _status_notes(appeal),
        "service_name": appeal.sphere.name if appeal.sphere_id else "",
        "service_code": appeal.sphere.code if appeal.sphere_id else "",
        "description": "",  # the appeal's text is the applicant's: never published
        "agency_responsible": appeal.body.name,
        "service_notice": "",
        "requested_datetime": _w3c(appeal.received_at),
        "updated_datetime": _w3c(appeal.updated_at),
        "expected_datetime": _expected(appeal),
        "address": extra.address if extra else "",
        "address_id": "",
        "zipcode": "",
        "lat": float(extra.lat) if extra and extra.lat is not None else None,
        "long": float(extra.long) if extra and extra.long is not None else None,
        "media_url": extra.media_url if extra else "",
    }


def _appeals():
    """Only what came in through Open311: its place was given to be public. Appeals filed on
    the web or on paper are the applicants' own and stay off this public list."""
    return Appeal.objects.filter(open311__isnull=False).select_related("sphere", "body", "open311")


def _moment(request: HttpRequest, name: str):
    raw = request.GET.get(name)
    if not raw:
        return None
    try:
        parsed = parse_datetime(raw.replace(" ", "+"))
    except ValueError:  # well formed, but no such moment (30 February, hour 25)
        parsed = None
    if parsed is None:
        raise Open311Error(
            400, _("%(name)s must be a W3C date-time, e.g. 2026-01-01T00:00:00Z.") % {"name": name}
        )
    if not within_calendar(parsed.date()):
        raise Open311Error(400, f"{name}: {OUTSIDE_CALENDAR}")
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)


def _search(request: HttpRequest, fmt: str) -> HttpResponse:
    appeals = _appeals()
    ids = [i.strip() for i in request.GET.get("service_request_id", "").split(",") if i.strip()]
    if ids:
        found = appeals.filter(reg_number__in=ids[:MAX_REQUESTS])
    else:
        end = _moment(request, "end_date") or timezone.now()
        start = _moment(request, "start_date") or end - dt.timedelta(days=DEFAULT_DAYS)
        if start > end:
            raise Open311Error(400, _("start_date is after end_date."))
        found = appeals.filter(received_at__gte=start, received_at__lte=end)
        codes = [c.strip() for c in request.GET.get("service_code", "").split(",") if c.strip()]
        if codes:
            found = found.filter(sphere__code__in=codes)
        statuses = {s.strip() for s in request.GET.get("status", "").split(",") if s.strip()}
        if statuses - {"open", "closed"}:
            raise Open311Error(400, _("status is open or closed."))
        if statuses == {"open"}:
            found = found.filter(status__in=OPEN_STATUSES)
        elif statuses == {"closed"}:
            found = found.exclude(status__in=OPEN_STATUSES)
    found = found.order_by("-received_at", "-pk")[:MAX_REQUESTS]
    return render([_request(a) for a in found], fmt, "service_requests", "request")


def _key(request: HttpRequest) -> Principal:
    raw = request.POST.get("api_key", "")
    api_key = keys.authenticate(raw) if raw else None
    if api_key is None:
        raise Open311Error(403, _("A valid api_key is required to submit a service request."))
    if not api_key.allows(FILE):
        raise Open311Error(403, _("This api_key may not submit service requests."))
    return Principal(user=api_key.officer, api_key=api_key, ip=client_ip(request))


def _coordinate(request: HttpRequest, name: str, limit: int) -> Decimal | None:
    raw = request.POST.get(name, "").strip()
    if not raw:
        return None
    try:
        value = Decimal(raw).quantize(Decimal("0.000001"))
    except InvalidOperation:
        value = None
    if value is None or not -limit <= value <= limit:
        raise Open311Error(400, _("%(name)s is not a coordinate.") % {"name": name})
    return value


def _submit(request: HttpRequest, fmt: str) -> HttpResponse:
    principal = _key(request)
    ratelimit.check("file", principal.owner, settings.API_FILING_RATE_PER_KEY)
    post = request.POST
    sphere = (
        Sphere.objects.select_related("parent").filter(code=post.get("service_code", "")).first()
    )
    if sphere is None:
        raise Open311Error(400, _("service_code is not one of the services."))
    lat, long = _coordinate(request, "lat", 90), _coordinate(request, "long", 180)
    address = post.get("address_string", "").strip()[:300]
    if lat is None and long is None and not address and not post.get("address_id"):
        raise Open311Error(400, _("A location is required: lat and long, or address_string."))
    description = post.get("description", "").strip()
    place = address or (f"{lat}, {long}" if lat is not None else "")
    where = f"\n\n{_('Location')}: {place}" if place else ""
    if post.get("media_url"):
        where += f"\n{_('Photo')}: {post['media_url']}"
    iin = post.get("attribute[iin]", "").strip()
    name = " ".join(p for p in (post.get("last_name", ""), post.get("first_name", "")) if p.strip())
    payload = AppealIn(
        kind=Kind.COMPLAINT,
        subject=(f"{sphere.name}: {place}" if place else sphere.name)[:200],
        text=description,  # judged alone, as the web form judges it; the place is added after
        territory=post.get("attribute[territory]", "")[:9],
        sphere=(sphere.parent or sphere).code,
        applicant=ApplicantIn(
            type=ApplicantType.INDIVIDUAL if iin else ApplicantType.ANONYMOUS,
            name=name[:300],
            iin_bin=iin[:20],
            email=post.get("email", "")[:254],
            phone=post.get("phone", "")[:40],
        ),
        consent=True,  # the integration holding the key answers for its users' consent
    )
    draft, _registering = draft_from(payload, principal)
    draft.sphere = sphere  # the sub-sphere when the service is one
    draft.text = (draft.text + where)[:20000]
    token = secrets.token_urlsafe(16)
    with transaction.atomic():
        appeal = services.file_appeal(draft).appeal
        ServiceRequest.objects.create(
            appeal=appeal,
            token=token,
            address=address,
            lat=lat,
            long=long,
            media_url=post.get("media_url", "")[:500],
            device_id=post.get("device_id", "")[:100],
            account_id=post.get("account_id", "")[:100],
            api_key=principal.api_key,
        )
    notice = _("Registered as %(number)s; the answer is due by %(due)s.") % {
        "number": appeal.reg_number,
        "due": appeal.due_date.isoformat(),
    }
    data = [
        {
            "service_request_id": appeal.reg_number,
            "token": token,
            "service_notice": notice,
            "account_id": post.get("account_id") or None,
        }
    ]
    return render(data, fmt, "service_requests", "request", status=201)


@csrf_exempt
@require_http_methods(["GET", "POST"])
@endpoint
def requests_(request: HttpRequest, fmt: str) -> HttpResponse:
    if request.method == "POST":
        return _submit(request, fmt)
    return _search(request, fmt)


@require_GET
@endpoint
def request_detail(request: HttpRequest, fmt: str, request_id: str) -> HttpResponse:
    appeal = _appeals().filter(reg_number=request_id).first()
    if appeal is None:
        raise Open311Error(404, _("There is no service request with this id."))
    return render([_request(appeal)], fmt, "service_requests", "request")


@require_GET
@endpoint
def token(request: HttpRequest, fmt: str, token: str) -> HttpResponse:
    found = ServiceRequest.objects.select_related("appeal").filter(token=token).first()
    if found is None:
        raise Open311Error(404, _("There is no service request with this token."))
    data = [{"token": token, "service_request_id": found.appeal.reg_number}]
    return render(data, fmt, "service_requests", "request")
