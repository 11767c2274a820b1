"""Sending one request as someone and judging the answer: allowed or refused, what data it
shows, and whether it changed anything.

Every request runs in a savepoint that is rolled back, with a fresh client logged in inside
it, so one module-scoped world serves hundreds of requests, each seeing it untouched."""

import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Count
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from tyndau.accounts.models import User
from tyndau.analytics.models import Alert, Digest, DigestItem
from tyndau.answers.models import Answer
from tyndau.api.models import ApiKey
from tyndau.appeals.models import Appeal, AppealEvent
from tyndau.deadlines.models import Extension
from tyndau.notifications.models import OutboxMessage
from tyndau.open311.models import ServiceRequest
from tyndau.ratings.models import Rating
from tyndau.related.models import CampaignMember, Relation
from tyndau.routing.models import Suggestion
from tyndau.security.tests.access_world import Cast

LOGIN_PATHS = ("/staff/login/", "/admin/login/")
XLSX = "spreadsheetml"


@dataclass
class Reply:
    status: int
    location: str
    text: str  # the body as a person would read it (JSON unescaped, XLSX unzipped)
    changed: list[str]  # what differs in the database afterwards (when asked to compare)
    seen: object = None  # what `inspect` found before the rollback

    @property
    def to_login(self) -> bool:
        return 300 <= self.status < 400 and urlsplit(self.location).path.endswith(LOGIN_PATHS)

    @property
    def refused(self) -> bool:
        return self.status in (401, 403, 404) or self.to_login

    def allowed(self, method: str, login_flow: bool = False) -> bool:
        """`login_flow`: a step of logging in or out, whose next page is the login page."""
        if self.status < 300 or (self.status < 400 and (login_flow or not self.to_login)):
            return True
        # Authorised, but the appeal's state or the input says no: a message, not a refusal.
        return method == "post" and self.status in (400, 409, 422)


def readable(response) -> str:
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    kind = response.get("Content-Type", "")
    if XLSX in kind:
        with zipfile.ZipFile(io.BytesIO(raw)) as book:
            return "\n".join(
                book.read(name).decode("utf-8", "replace")
                for name in book.namelist()
                if name.endswith(".xml")
            )
    if "json" in kind and raw:
        try:
            return json.dumps(json.loads(raw), ensure_ascii=False)
        except ValueError:
            pass
    return raw.decode("utf-8", "replace")


def snapshot() -> dict[str, list]:
    """Everything a write could change, compact enough to take around every refused POST."""
    return {
        "appeals": list(
            Appeal.objects.order_by("pk").values_list(
                "pk",
                "status",
                "body_id",
                "executor_id",
                "sphere_id",
                "tracking_token_hash",
                "is_urgent",
                "due_date",
                "outcome",
                "repeat_of_id",
            )
        ),
        "events": list(
            AppealEvent.objects.values("appeal_id")
            .annotate(n=Count("pk"))
            .order_by("appeal_id")
            .values_list("appeal_id", "n")
        ),
        "answers": list(
            Answer.objects.order_by("pk").values_list("pk", "appeal_id", "state", "text")
        ),
        "ratings": list(
            Rating.objects.order_by("pk").values_list(
                "pk", "score", "reasons", "comment", "changed_at", "follow_up_id"
            )
        ),
        "relations": list(Relation.objects.order_by("pk").values_list("pk", "state")),
        "campaign members": list(
            CampaignMember.objects.order_by("pk").values_list("pk", "campaign_id")
        ),
        "digests": list(Digest.objects.order_by("pk").values_list("pk", "state", "title")),
        "digest items": list(
            DigestItem.objects.order_by("pk").values_list("pk", "question", "answer")
        ),
        "alerts": list(
            Alert.objects.order_by("pk").values_list("pk", "state", "checklist", "closing_note")
        ),
        "extensions": list(Extension.objects.order_by("pk").values_list("pk", "state")),
        "suggestions": list(
            Suggestion.objects.order_by("pk").values_list("pk", "review", "chosen_sphere_id")
        ),
        "officers": list(
            User.objects.order_by("pk").values_list(
                "pk", "password", "session_generation", "is_active"
            )
        ),
        "devices": list(TOTPDevice.objects.order_by("pk").values_list("pk", "confirmed")),
        "api keys": list(ApiKey.objects.order_by("pk").values_list("pk", "revoked_at")),
        "open311": list(ServiceRequest.objects.order_by("pk").values_list("pk")),
        "outbox": list(OutboxMessage.objects.order_by("pk").values_list("pk")),
    }


def differences(before: dict, after: dict) -> list[str]:
    return [name for name in before if before[name] != after[name]]


def prepare(cast: Cast) -> Cast:
    """Log every user in once (the sessions outlive the rolled-back requests) and note the
    database as built, which every refused write must leave as it is."""
    for who, user in cast.users.items():
        client = Client()
        client.force_login(user)
        cast.sessions[who] = client.cookies[settings.SESSION_COOKIE_NAME].value
    cast.baseline = snapshot()
    return cast


def call(
    cast: Cast,
    who: str,
    method: str,
    path: str,
    data: dict | None = None,
    *,
    as_json: bool = False,
    compare: bool = False,
    inspect: Callable[[], object] | None = None,
    follow: bool = False,
) -> Reply:
    """`who`: "anonymous", a role of `cast.users` (a web session), "key:<role>" or
    "integration" (an API key in the Authorization header). `compare`: note what the request
    changed in the database; `inspect`: called after the request, before the rollback (its
    result is `Reply.seen`); `follow`: the reply is the page redirected to."""
    headers = {}
    if who.startswith("key:") or who == "integration":
        headers["HTTP_AUTHORIZATION"] = f"Bearer {cast.keys[who]}"
    with transaction.atomic():
        cache.clear()  # rate-limit counters and cached figures: each request starts afresh
        client = Client()
        if who in cast.users:
            client.cookies[settings.SESSION_COOKIE_NAME] = cast.sessions[who]
        before = cast.baseline if compare else None
        if method == "get":
            response = client.get(path, follow=follow, **headers)
        elif as_json:
            response = client.post(
                path,
                json.dumps(data or {}),
                content_type="application/json",
                follow=follow,
                **headers,
            )
        else:
            response = client.post(path, data or {}, follow=follow, **headers)
        text = readable(response)
        changed = differences(before, snapshot()) if compare else []
        seen = inspect() if inspect else None
        transaction.set_rollback(True)
    # The page echoes its own address (the language switch's `next`): what the caller typed is
    # not data shown to them.
    text = text.replace(path, "")
    return Reply(response.status_code, response.get("Location", ""), text, changed, seen)


def shown(text: str, markers: list[str]) -> list[str]:
    return [m for m in markers if m and m in text]
