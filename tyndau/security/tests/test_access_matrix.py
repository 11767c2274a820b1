"""The access matrix of every URL of the project: each principal (anonymous, every role of the
own body, API keys acting as them, an integration's key, a superuser where it matters) × the own
body's object and the foreign body's × read and write → allowed, or refused (403, 404, 401, or
the login page) with none of the object's data in the answer and nothing changed.

Every URL the resolver knows must be in `TABLE`: a new view fails
`test_every_url_is_classified` until someone says who may use it.

The kinds of URL:
- PUBLIC: anyone, and no appeal's data (Open311 publishes the numbers of its own requests);
- TOKEN: the applicant's secret link; whoever holds it, for that appeal only;
- BODY: officers, within their body's scope: the foreign body's objects are refused to all;
- SELF: the logged-in officer's own account (no id in the address: nobody else's is reachable);
- AUDIT: the personal data controller's audit log, all bodies, no personal data;
- ADMIN: Django's administration, staff only (one entry point and an appeal's pages).
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone, translation

from tyndau.api.tests.conftest import filing
from tyndau.directory.models import Sphere
from tyndau.security.tests import access_world
from tyndau.security.tests.access_world import Cast, Side, answer_text
from tyndau.security.tests.probing import Reply, call, prepare, shown

pytestmark = pytest.mark.django_db

PUBLIC, TOKEN, BODY, SELF, AUDIT, ADMIN = "public", "token", "body", "self", "audit", "admin"

ROLES = access_world.ROLES
WEB = ("anonymous", *ROLES)
KEYS = tuple(f"key:{role}" for role in ROLES)
API = (*WEB, *KEYS, "integration")
OPEN311 = ("anonymous", "head", "integration")
# Where the role cannot matter (public pages, the applicant's secret link), a few callers stand
# for all: the PDF letters and the OpenAPI document are slow to make.
FEW_WEB = ("anonymous", "head", "analyst")
FEW_API = ("anonymous", "head", "key:analyst", "integration")
FEW = {WEB: FEW_WEB, API: FEW_API}
STAFF = (*WEB, "superuser")


def also_keys(*roles: str) -> frozenset[str]:
    """Roles, and the API keys acting as them (a key never goes beyond its officer)."""
    return frozenset(roles) | {f"key:{r}" for r in roles}


VIEWERS = ("registrar", "executor", "head", "analyst", "admin")
PERSONAL = ("registrar", "executor", "head", "admin")
DASHBOARD = ("head", "analyst", "admin")
EVERYONE = frozenset([*API, *STAFF])
LOGGED_IN = frozenset(ROLES)
# Who sees the applicant's ИИН, e-mail and phone in full (`view_personal`).
SEES_PERSONAL = also_keys(*PERSONAL) | {"integration"}


def no_data(cast: Cast, side: Side, who: str) -> dict:
    return {}


@dataclass(frozen=True)
class Entry:
    kind: str
    url: Callable[[Cast, Side], str]
    get: frozenset[str] | None = None  # who may GET (for BODY: on the own body's object)
    post: frozenset[str] | None = None  # who may POST
    data: Callable[[Cast, Side, str], dict] = no_data
    sided: bool = True  # the address names an object of one body or the other
    principals: tuple[str, ...] = WEB
    as_json: bool = False
    empty: frozenset[str] = frozenset()  # allowed, and shown no appeal at all
    numbers_public: bool = False  # Open311: a request's number is its public id
    login_flow: bool = False  # a step of logging in or out: the login page comes next

    def methods(self) -> list[str]:
        return [m for m in ("get", "post") if getattr(self, m) is not None]

    def may(self, who: str, method: str, side: str) -> bool:
        allowed = getattr(self, method)
        if self.kind == BODY and side == "foreign":
            return False
        return who in allowed or who in self.empty


def rev(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs)


def fixed(path: str) -> Callable[[Cast, Side], str]:
    return lambda cast, side: path


def named(name: str, **kwargs) -> Callable[[Cast, Side], str]:
    return lambda cast, side: rev(name, **kwargs)


def public(url, get=True, post=False, **options) -> Entry:
    principals = options.pop("principals", WEB)
    return Entry(
        PUBLIC,
        url,
        get=EVERYONE if get else None,
        post=EVERYONE if post else None,
        sided=options.pop("sided", False),
        principals=FEW.get(principals, principals),
        **options,
    )


def token(url, get=True, post=False, data=no_data) -> Entry:
    return Entry(
        TOKEN,
        url,
        get=EVERYONE if get else None,
        post=EVERYONE if post else None,
        data=data,
        principals=FEW_WEB,
    )


def in_body(url, get=(), post=None, **options) -> Entry:
    """Officers within their body's scope; `get_extra`: keys that read without an officer."""
    principals = options.pop("principals", WEB)
    extra = frozenset(options.pop("get_extra", ()))
    widen = also_keys if principals == API else (lambda *roles: frozenset(roles))
    return Entry(
        BODY,
        url,
        get=None if get is None else widen(*get) | extra,
        post=None if post is None else widen(*post),
        principals=principals,
        **options,
    )


# --- what the addresses take ---------------------------------------------------------------------


def number(appeal: str, name: str) -> Callable[[Cast, Side], str]:
    """The URL `name` of the side's `appeal` ("open" or "answered")."""
    return lambda cast, side: rev(name, number=getattr(side, appeal).reg_number)


def new_due() -> str:
    return (timezone.localdate() + dt.timedelta(days=20)).isoformat()


REASON = "Нужен выезд на место."
# action → (who may, on the own body's appeal in work; what the workspace's form posts)
ACTIONS: dict[str, tuple[tuple[str, ...], Callable[[Cast, Side], dict]]] = {
    "assign": (("registrar", "head"), lambda c, s: {"executor": s.other_executor.pk}),
    "redirect": (
        ("registrar", "head"),
        lambda c, s: {"body": c.other_body[s.name].pk, "reason": "Не наша компетенция."},
    ),
    "start": (("executor", "head"), lambda c, s: {}),
    "close": (
        ("registrar", "head"),
        lambda c, s: {"target": "terminated", "ground": "withdrawn", "reason": "Отозвано."},
    ),
    "draft": (
        ("executor", "head"),
        lambda c, s: {"text": answer_text(s.person.first), "outcome": "explained"},
    ),
    "submit": (("executor", "head"), lambda c, s: {}),
    "approve": (("head",), lambda c, s: {}),
    "return": (("head",), lambda c, s: {"comment": "Добавьте основание."}),
    "request_extension": (
        ("executor", "head"),
        lambda c, s: {"new_due": new_due(), "reason": REASON},
    ),
    "extend": (("head",), lambda c, s: {"new_due": new_due(), "reason": REASON}),
    "refuse_extension": (("head",), lambda c, s: {"note": "Оснований нет."}),
    "confirm_notice": (
        ("registrar", "executor", "head"),
        lambda c, s: {"how": "Звонок 12 ноября."},
    ),
    "urgency": (("registrar", "head"), lambda c, s: {"urgent": "1", "reason": "health"}),
}
# What the API takes where the form differs: a body's code, a JSON boolean.
API_PAYLOADS: dict[str, Callable[[Cast, Side], dict]] = {
    "redirect": lambda c, s: {"body": c.other_body[s.name].code, "reason": "Не наша компетенция."},
    "urgency": lambda c, s: {"urgent": True, "reason": "health"},
}


def web_action(action: str) -> Entry:
    who, form = ACTIONS[action]
    return in_body(
        lambda cast, side: rev("appeals:act", number=side.open.reg_number, action=action),
        get=None,
        post=who,
        data=lambda cast, side, _who: form(cast, side),
    )


def api_action(action: str) -> Entry:
    who, form = ACTIONS[action]
    payload = API_PAYLOADS.get(action, form)
    return in_body(
        lambda cast, side: f"/api/v1/appeals/{side.open.reg_number}/actions/{action}",
        get=None,
        post=who,
        data=lambda cast, side, _who: payload(cast, side),
        principals=API,
        as_json=True,
    )


def a_sphere(cast: Cast, side: Side, who: str) -> dict:
    return {"sphere": Sphere.objects.filter(parent__isnull=True).order_by("code").first().code}


def open311_filing(cast: Cast, side: Side, who: str) -> dict:
    data = {
        "service_code": Sphere.objects.filter(parent__isnull=True).order_by("code").first().code,
        "attribute[territory]": "710000000",
        "address_string": "ул. Абая, 12",
        "description": "Во дворе третий день не вывозят мусор, контейнеры переполнены.",
    }
    if who in cast.keys:
        data["api_key"] = cast.keys[who]
    return data


def digest_form(cast: Cast, side: Side, who: str) -> dict:
    """The draft's questions edited, and published."""
    items = side.draft_digest.items.all()
    return {"publish": "1", **{f"question-{i.pk}": "Когда дадут тепло?" for i in items}}


# --- the table ------------------------------------------------------------------------------------

TABLE: dict[str, Entry] = {
    # public pages and forms
    "set_language": public(named("set_language"), post=True),
    "web:home": public(named("web:home")),
    "web:login": public(named("web:login")),
    "web:logout": public(named("web:logout"), get=False, post=True, login_flow=True),
    "appeals:file": public(named("appeals:file"), post=True),
    "deadlines:calendar": public(named("deadlines:calendar")),
    "deadlines:calendar_year": public(lambda c, s: rev("deadlines:calendar_year", year=2026)),
    "analytics:public_stats": public(named("analytics:public_stats")),
    "analytics:public_digests": public(named("analytics:public_digests")),
    "analytics:public_digest": public(
        lambda c, s: rev("analytics:public_digest", digest_id=s.published_digest.pk), sided=True
    ),
    "accounts:login_code": public(named("accounts:login_code"), post=True, login_flow=True),
    # the applicant's secret links
    "appeals:track": token(lambda c, s: rev("appeals:track", token=s.open_token)),
    "appeals:replace_link": token(
        lambda c, s: rev("appeals:replace_link", token=s.open_token), get=False, post=True
    ),
    "appeals:applicant_attachment": token(
        lambda c, s: rev(
            "appeals:applicant_attachment", token=s.open_token, attachment_id=s.open_file.pk
        )
    ),
    "ratings:answer": token(
        lambda c, s: rev("ratings:answer", token=s.answer_token),
        post=True,
        data=lambda c, s, w: {"score": "5"},  # rated already: refused with a message (400)
    ),
    "ratings:answer_letter": token(lambda c, s: rev("ratings:answer_letter", token=s.answer_token)),
    "ratings:answer_follow_up": token(
        lambda c, s: rev("ratings:answer_follow_up", token=s.answer_token),
        get=False,
        post=True,
        data=lambda c, s, w: {"kind": "review"},
    ),
    "ratings:track_rate": token(
        lambda c, s: rev("ratings:track_rate", token=s.answered_token),
        get=False,
        post=True,
        data=lambda c, s, w: {"score": "3", "reasons": ["incomplete"]},
    ),
    "ratings:track_letter": token(lambda c, s: rev("ratings:track_letter", token=s.answered_token)),
    "ratings:track_follow_up": token(
        lambda c, s: rev("ratings:track_follow_up", token=s.answered_token),
        get=False,
        post=True,
        data=lambda c, s, w: {"kind": "review"},
    ),
    # the officers' workspace
    "appeals:inbox": in_body(
        named("appeals:inbox"), get=VIEWERS, sided=False, empty={"controller"}
    ),
    "appeals:register": in_body(
        named("appeals:register"),
        get=("registrar", "head"),
        post=("registrar", "head"),
        sided=False,
    ),
    "appeals:detail": in_body(number("open", "appeals:detail"), get=VIEWERS),
    "appeals:officer_attachment": in_body(
        lambda c, s: rev(
            "appeals:officer_attachment", number=s.open.reg_number, attachment_id=s.open_file.pk
        ),
        get=PERSONAL,
    ),
    "appeals:replace_applicant_link": in_body(
        number("open", "appeals:replace_applicant_link"), get=None, post=PERSONAL
    ),
    **{f"appeals:act[{action}]": web_action(action) for action in ACTIONS},
    "answers:check": in_body(
        number("open", "answers:check"),
        get=None,
        post=VIEWERS,
        data=lambda c, s, w: {"text": answer_text(s.person.first)},
    ),
    "answers:letter": in_body(number("answered", "answers:letter"), get=PERSONAL),
    "routing:confirm": in_body(
        number("open", "routing:confirm"), get=None, post=("registrar", "head")
    ),
    "routing:correct": in_body(
        number("open", "routing:correct"), get=None, post=("registrar", "head"), data=a_sphere
    ),
    "related:merge": in_body(
        lambda c, s: rev("related:merge", number=s.open.reg_number, relation_id=s.relation.pk),
        get=None,
        post=("registrar", "head"),
    ),
    "related:reject": in_body(
        lambda c, s: rev("related:reject", number=s.open.reg_number, relation_id=s.relation.pk),
        get=None,
        post=("registrar", "head"),
    ),
    "related:campaign": in_body(
        lambda c, s: rev("related:campaign", campaign_id=s.campaign.pk), get=VIEWERS
    ),
    "related:answer_campaign": in_body(
        lambda c, s: rev("related:answer_campaign", campaign_id=s.campaign.pk),
        get=None,
        post=("head",),
        data=lambda c, s, w: {"answer": s.answer.pk},
    ),
    # analytics
    "analytics:dashboard": in_body(named("analytics:dashboard"), get=DASHBOARD, sided=False),
    "analytics:risk_map": in_body(named("analytics:risk_map"), get=DASHBOARD, sided=False),
    "analytics:alerts": in_body(named("analytics:alerts"), get=DASHBOARD, sided=False),
    "analytics:evaluation": in_body(named("analytics:evaluation"), get=DASHBOARD, sided=False),
    "analytics:appeals_behind": in_body(
        lambda c, s: rev("analytics:appeals_behind", measure="received"),
        get=DASHBOARD,
        sided=False,
    ),
    "analytics:digests": in_body(
        named("analytics:digests"), get=DASHBOARD, post=("head",), sided=False
    ),
    "analytics:digest": in_body(
        lambda c, s: rev("analytics:digest", digest_id=s.draft_digest.pk),
        get=DASHBOARD,
        post=("head",),
        data=digest_form,
    ),
    "analytics:alert": in_body(
        lambda c, s: rev("analytics:alert", alert_id=s.alert.pk),
        get=DASHBOARD,
        post=("head",),
        data=lambda c, s, w: {"item": "risk_analysis", "done": "1", "note": "Прочитали выборку."},
    ),
    # the controller's audit log
    **{
        name: Entry(
            AUDIT,
            named(name),
            get=frozenset({"controller", "superuser"}),
            sided=False,
            principals=STAFF,
        )
        for name in ("audit:log", "audit:export_csv", "audit:export_xlsx")
    },
    # the officer's own account
    "accounts:security": Entry(SELF, named("accounts:security"), get=LOGGED_IN, sided=False),
    "accounts:alive": Entry(SELF, named("accounts:alive"), get=LOGGED_IN, sided=False),
    "accounts:enrol": Entry(
        SELF,
        named("accounts:enrol"),
        post=LOGGED_IN,
        sided=False,
        data=lambda c, s, w: {"code": "000000"},
    ),
    "accounts:remove_device": Entry(
        SELF, named("accounts:remove_device"), post=LOGGED_IN, sided=False
    ),
    "accounts:password": Entry(
        SELF, named("accounts:password"), get=LOGGED_IN, post=LOGGED_IN, sided=False
    ),
    "accounts:logout_everywhere": Entry(
        SELF, named("accounts:logout_everywhere"), post=LOGGED_IN, sided=False, login_flow=True
    ),
    # the JSON API
    "api-v1:openapi-json": public(fixed("/api/v1/openapi.json"), principals=API),
    "api-v1:openapi-view": public(fixed("/api/v1/docs"), principals=API),
    # django-ninja's root: a 404 for everyone (it only anchors the API's other addresses)
    "api-v1:api-root": Entry(
        PUBLIC, fixed("/api/v1/"), get=frozenset(), sided=False, principals=FEW_API
    ),
    "api-v1:file_appeal": public(
        fixed("/api/v1/appeals"),
        get=False,
        post=True,
        principals=API,
        as_json=True,
        data=lambda c, s, w: filing(),
    ),
    "api-v1:list_appeals": in_body(
        fixed("/api/v1/appeals"),
        get=VIEWERS,
        principals=API,
        sided=False,
        get_extra={"integration"},
    ),
    "api-v1:read_appeal": in_body(
        lambda c, s: f"/api/v1/appeals/{s.open.reg_number}",
        get=VIEWERS,
        principals=API,
        get_extra={"integration"},
    ),
    "api-v1:read_answer": in_body(
        lambda c, s: f"/api/v1/appeals/{s.answered.reg_number}/answer",
        get=VIEWERS,
        principals=API,
        get_extra={"integration"},
    ),
    **{f"api-v1:action_{action}": api_action(action) for action in ACTIONS},
    "api-v1:track": Entry(
        TOKEN, lambda c, s: f"/api/v1/tracking/{s.open_token}", get=EVERYONE, principals=FEW_API
    ),
    "api-v1:rate": Entry(
        TOKEN,
        lambda c, s: f"/api/v1/tracking/{s.answered_token}/rating",
        post=EVERYONE,
        principals=FEW_API,
        as_json=True,
        data=lambda c, s, w: {"score": 3, "reasons": ["incomplete"]},
    ),
    "api-v1:bodies api/v1/bodies": public(fixed("/api/v1/bodies"), principals=API),
    "api-v1:body": public(fixed("/api/v1/bodies/AKM-KAR"), principals=API),
    "api-v1:territories": public(fixed("/api/v1/territories"), principals=API),
    "api-v1:spheres": public(fixed("/api/v1/spheres"), principals=API),
    "api-v1:due_date": public(
        fixed("/api/v1/calendar/due-date?received=2026-03-02"), principals=API
    ),
    "api-v1:bodies api/v1/stats/bodies": public(fixed("/api/v1/stats/bodies"), principals=API),
    "api-v1:appeals_csv": in_body(
        fixed("/api/v1/exports/appeals.csv"),
        get=VIEWERS,
        principals=API,
        sided=False,
        get_extra={"integration"},
    ),
    "api-v1:appeals_xlsx": in_body(
        fixed("/api/v1/exports/appeals.xlsx"),
        get=VIEWERS,
        principals=API,
        sided=False,
        get_extra={"integration"},
    ),
    "api-v1:stats_csv": public(fixed("/api/v1/exports/stats.csv"), principals=API),
    "api-v1:stats_xlsx": public(fixed("/api/v1/exports/stats.xlsx"), principals=API),
    # Open311 GeoReport v2: public reading of the requests that came in through it
    "open311:discovery": public(fixed("/open311/v2/discovery.json"), principals=OPEN311),
    "open311:services": public(fixed("/open311/v2/services.xml"), principals=OPEN311),
    "open311:service": public(
        lambda c, s: (
            "/open311/v2/services/" + Sphere.objects.order_by("code").first().code + ".json"
        ),
        principals=OPEN311,
    ),
    "open311:requests": Entry(
        PUBLIC,
        fixed("/open311/v2/requests.json"),
        get=frozenset(OPEN311),
        post=frozenset({"integration"}),  # a key that may file; nobody without one
        data=open311_filing,
        sided=False,
        principals=OPEN311,
        numbers_public=True,
    ),
    "open311:request": public(
        lambda c, s: f"/open311/v2/requests/{s.open.reg_number}.json",
        principals=OPEN311,
        sided=True,
        numbers_public=True,
    ),
    "open311:token": public(
        lambda c, s: f"/open311/v2/tokens/{s.open311_token}.xml",
        principals=OPEN311,
        sided=True,
        numbers_public=True,
    ),
    # Django's administration: one entry point and an appeal's pages, staff only (the
    # platform's superusers see every body: the administration is the platform's)
    "admin:index": Entry(
        ADMIN, fixed("/en/admin/"), get=frozenset({"superuser"}), sided=False, principals=STAFF
    ),
    "admin:appeals_appeal_changelist": Entry(
        ADMIN,
        fixed("/en/admin/appeals/appeal/"),
        get=frozenset({"superuser"}),
        sided=False,
        principals=STAFF,
    ),
    "admin:appeals_appeal_change": Entry(
        ADMIN,
        lambda c, s: f"/en/admin/appeals/appeal/{s.open.pk}/change/",
        get=frozenset({"superuser"}),
        principals=STAFF,
    ),
}
# The rest of the administration is Django's own, behind the same staff check; its pages are
# reached through the entry point above.
ADMIN_NAMESPACE = "admin:"
# URL names that stand for several table rows (one per action of the workspace's form).
EXPANDED = {"appeals:act": [f"appeals:act[{action}]" for action in ACTIONS]}


# --- the resolver's URLs ------------------------------------------------------------------------


def resolved_names(resolver=None, namespace: str = "", prefix: str = "") -> list[tuple[str, str]]:
    """(name, route) of every named URL of the project."""
    found = []
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            found.extend(resolved_names(entry, inner, route))
        elif isinstance(entry, URLPattern) and entry.name:
            found.append((f"{namespace}{entry.name}", route))
    return found


def table_keys() -> set[str]:
    """The table's key for every URL: its name, or name and route when two share a name."""
    names = resolved_names()
    counts: dict[str, int] = {}
    for name, _route in names:
        counts[name] = counts.get(name, 0) + 1
    keys = set()
    for name, route in names:
        if name.startswith(ADMIN_NAMESPACE):
            continue
        keys.update(EXPANDED.get(name, [name if counts[name] == 1 else f"{name} {route}"]))
    return keys


def test_every_url_is_classified():
    keys = table_keys()
    missing = sorted(keys - TABLE.keys())
    assert not missing, (
        f"URLs nobody has classified: {missing}. Add each to TABLE in "
        "tyndau/security/tests/test_access_matrix.py: who may read and write it, own body and "
        "foreign body."
    )
    stale = sorted(k for k in TABLE.keys() - keys if not k.startswith(ADMIN_NAMESPACE))
    assert not stale, f"TABLE names URLs that no longer exist: {stale}"
    admin = {name for name, _route in resolved_names() if name.startswith(ADMIN_NAMESPACE)}
    assert {k for k in TABLE if k.startswith(ADMIN_NAMESPACE)} <= admin


def test_every_action_of_the_workspace_is_in_the_table():
    from tyndau.api.appeals import ACTIONS as API_ACTIONS
    from tyndau.appeals.views import ACTIONS as WEB_ACTIONS

    assert set(WEB_ACTIONS) == set(ACTIONS) == set(API_ACTIONS)


# --- the matrix ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def acl_cast(django_db_setup, django_db_blocker):
    """The two bodies' world, once for the module, rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield prepare(access_world.build())
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def quick_letters(monkeypatch):
    """The letter's PDF takes a second to lay out, and its layout is proven in
    tyndau/ratings/tests/test_rating.py; here it is whose letter is served that matters, so the
    "PDF" names the appeal and its applicant."""

    def letter(answer) -> bytes:
        appeal = answer.appeal
        return f"%PDF {appeal.reg_number} {appeal.applicant_name} {appeal.iin_bin}".encode()

    monkeypatch.setattr("tyndau.answers.views.letter_pdf", letter)
    monkeypatch.setattr("tyndau.ratings.views.letter_pdf", letter)


def hidden_markers(entry: Entry, who: str, side: Side, reply: Reply, cast: Cast) -> list[str]:
    """What the reply must not show."""
    every = cast.own.markers + cast.foreign.markers
    if reply.refused or who in entry.empty or entry.kind == SELF:
        return every
    if entry.kind == PUBLIC:
        numbers = cast.own.numbers + cast.foreign.numbers
        return [m for m in every if not (entry.numbers_public and m in numbers)]
    if entry.kind == TOKEN:
        return cast.side("own" if side.name == "foreign" else "foreign").markers
    if entry.kind in (AUDIT, ADMIN):
        return cast.own.personal() + cast.foreign.personal()
    hidden = list(cast.foreign.markers)
    if who not in SEES_PERSONAL:
        hidden += cast.own.personal()
    return hidden


def judge(cast: Cast, key: str, entry: Entry) -> list[str]:
    problems = []
    sides = ("own", "foreign") if entry.sided else ("own",)
    for side_name in sides:
        side = cast.side(side_name)
        path = entry.url(cast, side)
        for method in entry.methods():
            for who in entry.principals:
                expected = entry.may(who, method, side_name)
                reply = call(
                    cast,
                    who,
                    method,
                    path,
                    entry.data(cast, side, who) if method == "post" else None,
                    as_json=entry.as_json,
                    compare=method == "post" and not expected,
                )
                case = f"{key} {method.upper()} {path} as {who} ({side_name} body)"
                if expected and not reply.allowed(method, entry.login_flow):
                    problems.append(f"{case}: expected allowed, got {reply.status}")
                if not expected and not reply.refused:
                    problems.append(
                        f"{case}: expected refused, got {reply.status} {reply.location}"
                    )
                if reply.changed:
                    problems.append(f"{case}: refused, yet changed {reply.changed}")
                leaked = shown(reply.text, hidden_markers(entry, who, side, reply, cast))
                if leaked:
                    problems.append(f"{case}: {reply.status} shows {leaked}")
            if entry.kind == BODY and side_name == "foreign" and entry.may("head", method, "own"):
                # The refusals above are about whose object it is: its own body's head gets it.
                reply = call(
                    cast,
                    "foreign head",
                    method,
                    path,
                    entry.data(cast, side, "foreign head") if method == "post" else None,
                    as_json=entry.as_json,
                )
                if not reply.allowed(method):
                    problems.append(
                        f"{key} {method.upper()} {path}: its own head gets {reply.status}"
                    )
    return problems


@pytest.mark.parametrize("key", sorted(TABLE))
def test_access(acl_cast, key):
    problems = judge(acl_cast, key, TABLE[key])
    assert not problems, "\n".join(problems)


def test_the_markers_are_what_the_pages_show(acl_cast):
    """The checks above look for the applicant's values as the pages write them: those who may
    see them do, in full, so their absence elsewhere means something."""
    cast, own = acl_cast, acl_cast.own
    for who, path in (
        ("registrar", rev("appeals:detail", number=own.open.reg_number)),
        ("key:head", f"/api/v1/appeals/{own.open.reg_number}"),
        ("integration", "/api/v1/exports/appeals.csv"),
        ("key:admin", "/api/v1/exports/appeals.xlsx"),
    ):
        reply = call(cast, who, "get", path)
        assert reply.status == 200, (who, path)
        assert shown(reply.text, own.personal()) == own.personal(), (who, path)
        assert own.open.reg_number in reply.text and own.person.last in reply.text, (who, path)
