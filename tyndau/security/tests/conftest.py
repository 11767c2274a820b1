"""A world in which everything a person can type carries attack payloads, and the catalogue
of the web's URLs (from the URL resolver, so that a new view is covered without a new test)."""

import datetime as dt
from dataclasses import dataclass, field

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone, translation

from tyndau.accounts.models import User
from tyndau.analytics import alerts
from tyndau.analytics.models import Alert, Digest, DigestItem
from tyndau.answers import services as answers
from tyndau.answers.links import answer_token
from tyndau.answers.models import Answer
from tyndau.answers.tests.test_drafting import FULL
from tyndau.appeals import services
from tyndau.appeals.models import Appeal
from tyndau.appeals.services import Applicant
from tyndau.conftest import valid_iin
from tyndau.deadlines import services as deadlines
from tyndau.open311.models import ServiceRequest
from tyndau.ratings import services as ratings
from tyndau.related.models import Campaign, CampaignMember, Relation

PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "{{7*7}}",
)
# A spreadsheet formula, for the fields that the CSV and XLSX exports carry.
FORMULA = '=HYPERLINK("http://example.invalid/","x")'


def tainted(label: str) -> str:
    """A text a person might type, with every payload in it."""
    return f"{label} " + " ".join(PAYLOADS)


@dataclass
class World:
    officers: dict[str, User]
    admin: User
    answered: Appeal  # answered, rated, extended; its texts, answer and notes carry payloads
    tracking_token: str
    answer: Answer
    drafted: Appeal  # with the executor, a tainted draft returned by the head; a repeat
    drafted_token: str
    relation: Relation
    campaign: Campaign
    digest: Digest
    alert: Alert
    extra: dict = field(default_factory=dict)

    @property
    def answer_token(self) -> str:
        return answer_token(self.answer)


def _answer(appeal: Appeal, officers: dict[str, User], text: str) -> Answer:
    head, executor = officers["head"], officers["executor"]
    services.assign(appeal, executor, actor=head)
    appeal.refresh_from_db()
    services.start_work(appeal, actor=executor)
    appeal.refresh_from_db()
    cap = deadlines.extension_cap(appeal)
    services.request_extension(
        appeal, actor=executor, new_due=cap, reason=tainted("Extension asked")
    )
    appeal.refresh_from_db()
    services.extend(appeal, actor=head, new_due=cap, reason=tainted("Extension granted"))
    appeal.refresh_from_db()
    answers.save_draft(appeal, actor=executor, text=text, outcome="satisfied")
    answers.submit_for_approval(appeal, actor=executor, override_reason=tainted("Override"))
    answers.return_for_revision(appeal, actor=head, comment=tainted("Returned"))
    answers.submit_for_approval(appeal, actor=executor, override_reason=tainted("Override"))
    return answers.approve_and_send(appeal, actor=head, override_reason=tainted("Override"))


@pytest.fixture
def world(db, officers, astana, file) -> World:
    executor = officers["executor"]
    executor.first_name = tainted("Executor")[:150]
    executor.save(update_fields=["first_name"])
    admin = User.objects.create_superuser("root.sec", "root@example.kz", "x-" * 10)
    applicant = Applicant(
        name=f"{FORMULA} {tainted('Name')}",
        iin_bin=valid_iin(41),
        email="aigerim@example.kz",
        phone="+7 701 765 43 21",
        address=f"{FORMULA} {tainted('Address')}",
    )
    filed = file(
        astana,
        subject=f"{FORMULA} {tainted('Subject')}"[:200],
        text="В доме по улице Абая, 10 с 1 ноября нет отопления. " + tainted("Text"),
        applicant=applicant,
    )
    appeal = filed.appeal
    answer = _answer(appeal, officers, tainted("Answer") + "\n" + FULL)
    ratings.rate(answer, score=2, reasons=["incomplete"], comment=tainted("Comment"))

    later = file(
        astana,
        subject=tainted("Later subject"),
        text="Отопления так и нет, батареи холодные. " + tainted("Later text"),
        applicant=applicant,
    )
    drafted = later.appeal
    services.assign(drafted, executor, actor=officers["head"])
    drafted.refresh_from_db()
    answers.save_draft(
        drafted, actor=executor, text=FULL + "\n" + tainted("Draft"), outcome="explained"
    )
    answers.submit_for_approval(drafted, actor=executor, override_reason=tainted("Override"))
    answers.return_for_revision(drafted, actor=officers["head"], comment=tainted("Comment"))
    Relation.objects.filter(appeal=drafted).delete()
    relation = Relation.objects.create(
        appeal=drafted,
        earlier=appeal,
        kind=Relation.Kind.REPEAT,
        state=Relation.State.PROPOSED,
        similarity=0.8,
        new_spans=[[0, len(drafted.text)]],
        earlier_body=astana,
        earlier_executor=executor,
    )

    CampaignMember.objects.filter(appeal__in=[appeal, drafted]).delete()
    now = timezone.now()
    campaign = Campaign.objects.create(
        subject=tainted("Campaign"), first_appeal=appeal, size=2, started_at=now, last_at=now
    )
    for member in (appeal, drafted):
        CampaignMember.objects.create(campaign=campaign, appeal=member, similarity=0.9)

    today = timezone.localdate()
    digest = Digest.objects.create(
        body=astana,
        date_from=today - dt.timedelta(days=30),
        date_to=today,
        title=tainted("Digest"),
        created_by=officers["head"],
    )
    item = DigestItem.objects.create(
        digest=digest, position=1, appeals=3, question="?", source_appeal=appeal
    )
    from tyndau.analytics import digests

    digests.edit(digest, {item.pk: (tainted("Question"), tainted("Digest answer"))}, set())
    digests.publish(digest)

    alert = Alert.objects.create(
        kind=Alert.Kind.CAMPAIGN,
        body=astana,
        campaign=campaign,
        window_start=today - dt.timedelta(days=7),
        window_end=today,
        observed=12,
        expected=1.0,
        p_value=0.001,
    )
    for code, _label in alerts.CHECKLIST:
        alert = alerts.tick(alert, code, done=True, note=tainted("Note"), actor=officers["head"])
    alerts.close(alert, note=tainted("Closing"), actor=officers["head"])

    ServiceRequest.objects.create(
        appeal=appeal,
        token="sec-token-1",
        address=tainted("Open311 address")[:300],
        media_url="https://example.invalid/photo.jpg",
    )
    return World(
        officers=officers,
        admin=admin,
        answered=Appeal.objects.get(pk=appeal.pk),
        tracking_token=filed.tracking_token,
        answer=answer,
        drafted=Appeal.objects.get(pk=drafted.pk),
        drafted_token=later.tracking_token,
        relation=relation,
        campaign=campaign,
        digest=digest,
        alert=alert,
    )


# --- the catalogue of URLs ----------------------------------------------------------------------

# Namespaces that are not the web pages: the JSON API (key or session + CSRF header), Open311
# (key in the form) and Django's admin (its own views, covered by the CSRF walk of callbacks).
MACHINE_NAMESPACES = ("api-v1", "open311", "admin")


@dataclass(frozen=True)
class Route:
    name: str  # "namespace:name"
    params: tuple[str, ...]
    callback: object


def routes(resolver=None, namespace: str = "") -> list[Route]:
    """Every named URL of the project with its parameters, walked from the resolver."""
    found: list[Route] = []
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            for route in routes(entry, inner):
                found.append(Route(route.name, _params(entry) + route.params, route.callback))
        elif isinstance(entry, URLPattern) and entry.name:
            found.append(Route(f"{namespace}{entry.name}", _params(entry), entry.callback))
    return found


def _params(entry) -> tuple[str, ...]:
    return tuple(entry.pattern.regex.groupindex)


def web_routes() -> list[Route]:
    return [r for r in routes() if not r.name.startswith(MACHINE_NAMESPACES)]


def example_arguments(world: World) -> tuple[dict[str, object], dict[str, dict[str, object]]]:
    """What to put in the web URLs' parameters: a value per parameter name, and the URLs that
    need other values. A URL with a parameter named otherwise fails the tests that walk the
    catalogue, so that whoever adds such a view says how to reach it."""
    by_name = {
        "number": world.answered.reg_number,
        "token": world.tracking_token,
        "attachment_id": 1,
        "relation_id": world.relation.pk,
        "campaign_id": world.campaign.pk,
        "digest_id": world.digest.pk,
        "alert_id": world.alert.pk,
        "measure": "received",
        "year": timezone.localdate().year,
    }
    drafted = {"number": world.drafted.reg_number}
    by_url = {
        "appeals:act": {**drafted, "action": "start"},
        "answers:check": drafted,
        "routing:confirm": drafted,
        "routing:correct": drafted,
        "related:merge": drafted,
        "related:reject": drafted,
        "ratings:answer": {"token": world.answer_token},
        "ratings:answer_letter": {"token": world.answer_token},
        "ratings:answer_follow_up": {"token": world.answer_token},
    }
    return by_name, by_url


def web_urls(world: World, language: str = "en") -> dict[str, str]:
    """{URL name: path} of every web URL, in `language`."""
    by_name, by_url = example_arguments(world)
    urls = {}
    with translation.override(language):
        for route in web_routes():
            kwargs = {p: by_name[p] for p in route.params if p in by_name}
            kwargs.update(by_url.get(route.name, {}))
            missing = set(route.params) - set(kwargs)
            assert not missing, (
                f"{route.name} takes {sorted(missing)}: add example values for it to "
                "tyndau/security/tests/conftest.py:example_arguments"
            )
            urls[route.name] = reverse(route.name, kwargs=kwargs)
    return urls
