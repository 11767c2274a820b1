"""Insecure direct object references: the ids in addresses and bodies changed by hand. An
own appeal's number with another appeal's attachment, an applicant's link with another
appeal's file, guessed registration numbers, another body's relation, campaign, alert and
digest ids, the API and Open311 with another body's numbers, objects that straddle two
bodies, and the rating links tampered with or used again. Every attempt is refused, shows
nothing and changes nothing; another body's existing object is answered exactly as one that
does not exist.

What tyndau/ratings/tests/test_rating.py already proves is not repeated here: a link cut or
prefixed (404), a link signed for an unsent answer (404), rating twice by the signed link (the
second refused, the first kept), changing the rating from the tracking page only within
RATING_CHANGE_DAYS, and one review per low rating. Answer links do not expire (they are
printed on the letter as a QR code); only changing a rating has a time limit."""

import contextlib
import datetime as dt
import re

import pytest
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from tyndau.analytics.models import Digest
from tyndau.answers.links import SALT
from tyndau.appeals.models import Appeal, AppealEvent
from tyndau.ratings.models import Rating
from tyndau.related.models import Campaign, CampaignMember, Relation
from tyndau.security.tests import access_world
from tyndau.security.tests.access_world import ROLES, Cast
from tyndau.security.tests.probing import Reply, call, prepare, shown, snapshot

pytestmark = pytest.mark.django_db

PERSONAL = ("registrar", "executor", "head", "admin")
CSRF_VALUE = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
VIEWERS = ("registrar", "executor", "head", "analyst", "admin")


@pytest.fixture(scope="module")
def idor_cast(django_db_setup, django_db_blocker):
    """The two bodies' world, once for the module, rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield prepare(access_world.build())
        transaction.set_rollback(True)


@contextlib.contextmanager
def world_changed(cast: Cast):
    """A test adds to the world (rolled back with the test): refused writes are compared with
    the world as the test made it."""
    built = cast.baseline
    cast.baseline = snapshot()
    try:
        yield
    finally:
        cast.baseline = built


def rev(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs)


def unmasked(text: str) -> str:
    """A page without what differs on every request (the CSRF token's mask)."""
    return CSRF_VALUE.sub("", text)


def every_marker(cast: Cast) -> list[str]:
    return cast.own.markers + cast.foreign.markers


def refused(cast: Cast, reply: Reply, case: str, hide: list[str] | None = None) -> list[str]:
    """What is wrong with a reply that should be a refusal showing and changing nothing."""
    problems = []
    if not reply.refused:
        problems.append(f"{case}: expected refused, got {reply.status} {reply.location}")
    if reply.changed:
        problems.append(f"{case}: changed {reply.changed}")
    leaked = shown(reply.text, every_marker(cast) if hide is None else hide)
    if leaked:
        problems.append(f"{case}: shows {leaked}")
    return problems


# --- attachments ------------------------------------------------------------------------------


def test_an_own_appeal_with_another_appeals_attachment(idor_cast):
    cast, own, foreign = idor_cast, idor_cast.own, idor_cast.foreign
    problems = []
    for who in ROLES:
        for attachment in (foreign.open_file, foreign.answered_file, own.answered_file):
            path = rev(
                "appeals:officer_attachment",
                number=own.open.reg_number,
                attachment_id=attachment.pk,
            )
            problems += refused(cast, call(cast, who, "get", path), f"{who} {path}")
        # The appeal's own file is served to those who work with the applicant: the refusals
        # above are about the id, not the page.
        mine = rev(
            "appeals:officer_attachment", number=own.open.reg_number, attachment_id=own.open_file.pk
        )
        served = call(cast, who, "get", mine).status == 200
        if served != (who in PERSONAL):
            problems.append(f"{who} {mine}: served {served}")
    assert not problems, "\n".join(problems)


def test_the_applicants_link_with_another_appeals_attachment(idor_cast):
    """Another body's file, and the same applicant's file of their other appeal: a link opens
    its own appeal's files only."""
    cast, own, foreign = idor_cast, idor_cast.own, idor_cast.foreign
    problems = []
    for attachment in (foreign.open_file, foreign.answered_file, own.answered_file):
        path = rev(
            "appeals:applicant_attachment", token=own.open_token, attachment_id=attachment.pk
        )
        for who in ("anonymous", "head"):
            reply = call(cast, who, "get", path)
            problems += refused(cast, reply, f"{who} {path}", hide=foreign.markers)
            if reply.status != 404:
                problems.append(f"{who} {path}: {reply.status}, not 404")
    mine = rev("appeals:applicant_attachment", token=own.open_token, attachment_id=own.open_file.pk)
    assert call(cast, "anonymous", "get", mine).status == 200
    assert not problems, "\n".join(problems)


# --- guessed numbers ---------------------------------------------------------------------------


def guesses(cast: Cast) -> list[str]:
    """Numbers next to the own appeals' numbers, in the foreign body's series and in the own
    one: some exist in the foreign body, some nowhere."""
    found = []
    for number in cast.own.numbers:
        code, year, sequence = number.rsplit("-", 2)
        for body in (cast.foreign.body.code, code):
            for step in (-2, -1, 0, 1, 2, 3):
                guess = f"{body}-{year}-{int(sequence) + step:06d}"
                if guess not in cast.own.numbers and guess not in found:
                    found.append(guess)
    return found


def test_guessed_registration_numbers_find_nothing_not_even_existence(idor_cast):
    cast = idor_cast
    numbers = guesses(cast)
    existing = set(
        Appeal.objects.filter(reg_number__in=numbers).values_list("reg_number", flat=True)
    )
    assert existing and existing <= set(cast.foreign.numbers), existing
    assert set(numbers) - existing, "some guesses must name no appeal at all"
    ways = {
        "page": (ROLES, lambda n: rev("appeals:detail", number=n)),
        "letter": (PERSONAL, lambda n: rev("answers:letter", number=n)),
        "file": (
            PERSONAL,
            lambda n: rev("appeals:officer_attachment", number=n, attachment_id=1),
        ),
        "api": (("key:head", "key:analyst", "integration"), lambda n: f"/api/v1/appeals/{n}"),
        "api answer": (("key:executor",), lambda n: f"/api/v1/appeals/{n}/answer"),
    }
    problems = []
    for way, (callers, address) in ways.items():
        for who in callers:
            first_reply = {}  # exists? → (status, text) of the first such guess
            for guess in numbers:
                reply = call(cast, who, "get", address(guess))
                problems += refused(cast, reply, f"{who} {way} {guess}")
                first_reply.setdefault(guess in existing, (reply.status, unmasked(reply.text)))
            if first_reply[True] != first_reply[False]:
                problems.append(
                    f"{who} {way}: another body's appeal is answered unlike a missing one "
                    f"({first_reply[True][0]} vs {first_reply[False][0]})"
                )
    assert not problems, "\n".join(problems[:40])


# --- another body's ids in the own addresses ---------------------------------------------------


def test_another_bodys_relation_campaign_alert_and_digest_ids(idor_cast):
    cast, own, foreign = idor_cast, idor_cast.own, idor_cast.foreign
    number = own.open.reg_number
    attempts = [
        ("post", rev("related:merge", number=number, relation_id=foreign.relation.pk), {}),
        ("post", rev("related:reject", number=number, relation_id=foreign.relation.pk), {}),
        ("get", rev("related:campaign", campaign_id=foreign.campaign.pk), None),
        (
            "post",
            rev("related:answer_campaign", campaign_id=foreign.campaign.pk),
            {"answer": foreign.answer.pk},
        ),
        (
            "post",
            rev("related:answer_campaign", campaign_id=foreign.campaign.pk),
            {"answer": own.answer.pk},
        ),
        ("get", rev("analytics:alert", alert_id=foreign.alert.pk), None),
        (
            "post",
            rev("analytics:alert", alert_id=foreign.alert.pk),
            {"item": "risk_analysis", "done": "1", "note": "Сделано."},
        ),
        (
            "post",
            rev("analytics:alert", alert_id=foreign.alert.pk),
            {"close": "1", "note": "Сделано."},
        ),
        ("get", rev("analytics:digest", digest_id=foreign.draft_digest.pk), None),
        ("post", rev("analytics:digest", digest_id=foreign.draft_digest.pk), {"publish": "1"}),
        ("get", rev("analytics:digest", digest_id=foreign.published_digest.pk), None),
    ]
    problems = []
    for who in ROLES:
        for method, path, data in attempts:
            reply = call(cast, who, method, path, data, compare=method == "post")
            problems += refused(cast, reply, f"{who} {method.upper()} {path} {data or ''}")
    # The own campaign, answered with the foreign body's answer as its source.
    path = rev("related:answer_campaign", campaign_id=own.campaign.pk)
    reply = call(cast, "head", "post", path, {"answer": foreign.answer.pk}, compare=True)
    problems += refused(cast, reply, f"head POST {path} with the foreign answer")
    # A draft digest is not public, whoever's it is.
    for digest in (own.draft_digest, foreign.draft_digest):
        path = rev("analytics:public_digest", digest_id=digest.pk)
        problems += refused(cast, call(cast, "anonymous", "get", path), f"anonymous {path}")
    assert not problems, "\n".join(problems)


def test_the_own_body_cannot_be_widened_by_query_parameters(idor_cast):
    """The dashboard's unit, the API's body filter: another body's id or code gives the own
    body's figures or nothing, never the other's appeals."""
    cast, own, foreign = idor_cast, idor_cast.own, idor_cast.foreign
    unit = foreign.body.pk
    problems = []
    for path in (
        rev("analytics:dashboard") + f"?unit={unit}",
        rev("analytics:appeals_behind", measure="received") + f"?unit={unit}",
        rev("analytics:evaluation") + f"?unit={unit}",
        rev("analytics:risk_map") + f"?unit={unit}",
        rev("analytics:digests") + f"?unit={unit}",
    ):
        for who in ("head", "analyst", "admin"):
            reply = call(cast, who, "get", path)
            leaked = shown(reply.text, foreign.markers)
            if reply.status != 200 or leaked:
                problems.append(f"{who} {path}: {reply.status} {leaked}")
    for path in (
        f"/api/v1/appeals?body={foreign.body.code}",
        f"/api/v1/exports/appeals.csv?body={foreign.body.code}",
    ):
        for who in ("key:head", "key:analyst", "integration", "head"):
            reply = call(cast, who, "get", path)
            leaked = shown(reply.text, foreign.markers)
            if reply.status != 200 or leaked:
                problems.append(f"{who} {path}: {reply.status} {leaked}")
    # A digest made "for" another body's unit is the own body's.
    reply = call(
        cast,
        "head",
        "post",
        rev("analytics:digests"),
        {"unit": unit},
        inspect=lambda: list(
            Digest.objects.exclude(pk__in=[d.pk for d in (own.draft_digest, own.published_digest)])
            .exclude(pk__in=[foreign.draft_digest.pk, foreign.published_digest.pk])
            .values_list("body_id", flat=True)
        ),
    )
    if reply.status not in (200, 302) or set(reply.seen) - {own.body.pk}:
        problems.append(f"a digest for another body's unit: {reply.status} {reply.seen}")
    assert not problems, "\n".join(problems)


# --- the API and Open311 -------------------------------------------------------------------------


def test_the_api_with_another_bodys_numbers_and_tokens(idor_cast):
    cast, own, foreign = idor_cast, idor_cast.own, idor_cast.foreign
    problems = []
    for who in ("key:registrar", "key:executor", "key:head", "key:analyst", "key:admin"):
        for path in (
            f"/api/v1/appeals/{foreign.open.reg_number}",
            f"/api/v1/appeals/{foreign.answered.reg_number}/answer",
        ):
            problems += refused(cast, call(cast, who, "get", path), f"{who} GET {path}")
        path = f"/api/v1/appeals/{foreign.open.reg_number}/actions/assign"
        reply = call(
            cast,
            who,
            "post",
            path,
            {"executor": foreign.other_executor.pk},
            as_json=True,
            compare=True,
        )
        problems += refused(cast, reply, f"{who} POST {path}")
    # The applicant of A rates through A's token: a field naming B is refused, and B's rating
    # never moves (the token decides which appeal; nothing in the body does).
    path = f"/api/v1/tracking/{own.answered_token}/rating"
    for extra in ({"appeal": foreign.answered.reg_number}, {"number": foreign.answered.reg_number}):
        reply = call(
            cast, "anonymous", "post", path, {"score": 1, **extra}, as_json=True, compare=True
        )
        if reply.status != 422 or reply.changed:
            problems.append(f"POST {path} with {extra}: {reply.status}, changed {reply.changed}")
    reply = call(
        cast,
        "anonymous",
        "post",
        path,
        {"score": 4},
        as_json=True,
        inspect=lambda: dict(Rating.objects.values_list("appeal_id", "score")),
    )
    assert reply.status == 200
    assert reply.seen[own.answered.pk] == 4
    assert reply.seen[foreign.answered.pk] == 2  # untouched
    tracked = call(cast, "anonymous", "get", f"/api/v1/tracking/{own.open_token}")
    assert tracked.status == 200 and not shown(tracked.text, foreign.markers)
    assert not problems, "\n".join(problems)


def test_open311_shows_any_bodys_request_but_nothing_personal(idor_cast):
    """Open311 requests are public by the standard (their place and course, not their text
    or applicant), so a key of the own body reads a foreign one as anybody does; an appeal
    that did not come through Open311 is not found, like a number that does not exist."""
    cast, own, foreign = idor_cast, idor_cast.own, idor_cast.foreign
    private = [m for m in every_marker(cast) if m not in own.numbers + foreign.numbers]
    problems = []
    for who in ("anonymous", "integration"):
        for fmt in ("json", "xml"):
            reply = call(cast, who, "get", f"/open311/v2/requests/{foreign.open.reg_number}.{fmt}")
            if reply.status != 200:
                problems.append(f"{who} {fmt}: {reply.status}")
            problems += [f"{who} {fmt}: shows {m}" for m in shown(reply.text, private)]
            web_appeal = call(
                cast, who, "get", f"/open311/v2/requests/{foreign.answered.reg_number}.{fmt}"
            )
            missing = call(cast, who, "get", f"/open311/v2/requests/AKM-KAR-1999-000001.{fmt}")
            if web_appeal.status != 404 or unmasked(web_appeal.text) != unmasked(missing.text):
                problems.append(f"{who} {fmt}: a web appeal is answered unlike a missing one")
            problems += [f"{who} {fmt}: shows {m}" for m in shown(web_appeal.text, private)]
    assert not problems, "\n".join(problems)


# --- objects that straddle two bodies ------------------------------------------------------------


def test_a_campaign_that_began_in_another_body(idor_cast):
    """A mass campaign spans bodies, and its first appeal is the foreign body's. The own
    officers see their appeals of it and nothing of the others: not on the campaign's page,
    not on their appeal's page, not in the messages after answering it; answering it touches
    their appeals only."""
    cast, own, foreign = idor_cast, idor_cast.own, idor_cast.foreign
    now = timezone.now()
    campaign = Campaign.objects.create(
        subject=foreign.answered.subject,
        first_appeal=foreign.answered,
        size=4,
        started_at=now - dt.timedelta(days=1),
        last_at=now,
    )
    members = [foreign.answered, foreign.open, own.answered, own.open]
    CampaignMember.objects.filter(appeal__in=members).delete()
    for appeal in members:
        CampaignMember.objects.create(campaign=campaign, appeal=appeal, similarity=0.9)
    problems = []
    for who in VIEWERS:
        for path in (
            rev("related:campaign", campaign_id=campaign.pk),
            rev("appeals:detail", number=own.open.reg_number),
        ):
            reply = call(cast, who, "get", path)
            if reply.status != 200:
                problems.append(f"{who} {path}: {reply.status}")
            problems += [f"{who} {path}: shows {m}" for m in shown(reply.text, foreign.markers)]

    foreign_ids = [foreign.answered.pk, foreign.open.pk]

    def state():
        return {
            "own open": Appeal.objects.get(pk=own.open.pk).status,
            "foreign": sorted(
                Appeal.objects.filter(pk__in=foreign_ids).values_list("pk", "status")
            ),
            "foreign events": AppealEvent.objects.filter(appeal_id__in=foreign_ids).count(),
        }

    before = state()
    path = rev("related:answer_campaign", campaign_id=campaign.pk)
    reply = call(cast, "head", "post", path, {"answer": own.answer.pk}, inspect=state)
    assert reply.status == 302
    assert reply.seen["own open"] == "answered"
    assert reply.seen["foreign"] == before["foreign"]
    assert reply.seen["foreign events"] == before["foreign events"]
    # The messages of the answering, on the page it leads to.
    page = call(cast, "head", "post", path, {"answer": own.answer.pk}, follow=True)
    assert page.status == 200
    problems += [f"answering the campaign names {m}" for m in shown(page.text, foreign.markers)]
    assert not problems, "\n".join(problems)


def test_a_link_to_another_bodys_appeal(idor_cast):
    """The same applicant wrote to both bodies (the detection links same-applicant appeals
    wherever they went): the own appeal's duplicate and repeat links to the foreign one show
    nothing of it, on the page or in the API, and it cannot be merged into."""
    cast, own, foreign = idor_cast, idor_cast.own, idor_cast.foreign
    Appeal.objects.filter(pk=own.open.pk).update(repeat_of=foreign.answered)
    links = [
        Relation.objects.create(
            appeal=own.open,
            earlier=foreign.open,
            kind=Relation.Kind.DUPLICATE,
            state=Relation.State.PROPOSED,
            similarity=0.95,
            earlier_body=foreign.body,
        ),
        Relation.objects.create(
            appeal=own.open,
            earlier=foreign.answered,
            kind=Relation.Kind.REPEAT,
            state=Relation.State.CONFIRMED,
            similarity=0.7,
            earlier_body=foreign.body,
        ),
    ]
    problems = []
    with world_changed(cast):
        for who in VIEWERS:
            reply = call(cast, who, "get", rev("appeals:detail", number=own.open.reg_number))
            problems += [f"{who}: the page shows {m}" for m in shown(reply.text, foreign.markers)]
        for who in ("key:head", "key:analyst", "integration"):
            for path in (f"/api/v1/appeals/{own.open.reg_number}", "/api/v1/appeals"):
                reply = call(cast, who, "get", path)
                problems += [f"{who} {path}: shows {m}" for m in shown(reply.text, foreign.markers)]
        for relation in links:
            for action in ("merge", "reject"):
                path = rev(f"related:{action}", number=own.open.reg_number, relation_id=relation.pk)
                for who in ("registrar", "head"):
                    reply = call(cast, who, "post", path, compare=True)
                    problems += refused(
                        cast, reply, f"{who} {action} {relation.kind}", foreign.markers
                    )
    assert not problems, "\n".join(problems)


# --- the rating links ---------------------------------------------------------------------------


def one_changed(token: str, position: int) -> str:
    swapped = "A" if token[position] != "A" else "B"
    return token[:position] + swapped + token[position + 1 :]


def test_a_tampered_rating_link_gets_the_clear_not_found_page(idor_cast):
    cast, own, foreign = idor_cast, idor_cast.own, idor_cast.foreign
    good = own.answer_token
    value, signature = good.split(":", 1)
    tampered = {
        f"one character of the signature changed (at {at})": one_changed(good, at)
        for at in (len(value) + 1, len(value) + len(signature) // 2, len(good) - 1)
    }
    tampered.update(
        {
            "another answer's id under this signature": f"{foreign.answer.pk}:{signature}",
            "this id under another answer's signature": f"{value}:"
            + foreign.answer_token.split(":", 1)[1],
            "signed for another purpose": signing.Signer(salt="tyndau.other").sign(value),
            "signed with a time (not a link Tyndau makes)": signing.TimestampSigner(salt=SALT).sign(
                value
            ),
            "the tracking token in its place": own.answered_token,
            "the id alone": value,
        }
    )
    problems = []
    for what, token in tampered.items():
        assert token != good
        for name, method in (
            ("ratings:answer", "get"),
            ("ratings:answer", "post"),
            ("ratings:answer_letter", "get"),
            ("ratings:answer_follow_up", "post"),
        ):
            data = {"score": "1", "kind": "review"} if method == "post" else None
            path = rev(name, token=token)
            reply = call(cast, "anonymous", method, path, data, compare=method == "post")
            problems += refused(cast, reply, f"{what}: {method.upper()} {name}")
            if reply.status != 404 or "Page not found" not in reply.text:
                problems.append(f"{what}: {name} answers {reply.status}, not the clear page")
    assert not problems, "\n".join(problems)


def test_a_rating_link_used_again_changes_the_one_rating_within_the_window_only(
    idor_cast, settings
):
    """The own answer was rated 2 by its signed link. Used again, the link refuses to rate a
    second time; the tracking page and the API change that one rating while the window is
    open, and nothing once it has passed. There is never a second rating."""
    cast, own = idor_cast, idor_cast.own
    link = rev("ratings:answer", token=own.answer_token)
    tracked = rev("ratings:track_rate", token=own.answered_token)
    api = f"/api/v1/tracking/{own.answered_token}/rating"
    rating = Rating.objects.get(appeal=own.answered)

    def ratings_of_the_appeal():
        return list(Rating.objects.filter(appeal=own.answered).values_list("pk", "score"))

    again = call(cast, "anonymous", "post", link, {"score": "5"}, compare=True)
    assert again.status == 400 and not again.changed
    assert "already been rated" in again.text

    for way, path, data, as_json in (
        ("tracking page", tracked, {"score": "4"}, False),
        ("API", api, {"score": 4}, True),
    ):
        reply = call(
            cast, "anonymous", "post", path, data, as_json=as_json, inspect=ratings_of_the_appeal
        )
        assert reply.seen == [(rating.pk, 4)], way

    Rating.objects.filter(pk=rating.pk).update(
        created_at=timezone.now() - dt.timedelta(days=settings.RATING_CHANGE_DAYS, hours=1)
    )
    with world_changed(cast):
        late_web = call(cast, "anonymous", "post", tracked, {"score": "5"}, compare=True)
        late_api = call(cast, "anonymous", "post", api, {"score": 5}, as_json=True, compare=True)
        late_link = call(cast, "anonymous", "post", link, {"score": "5"}, compare=True)
    assert late_web.status == 302 and not late_web.changed  # back to the page, with the reason
    assert late_api.status == 422 and not late_api.changed
    assert str(settings.RATING_CHANGE_DAYS) in late_api.text  # the message says the limit
    assert late_link.status == 400 and not late_link.changed
