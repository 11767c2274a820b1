"""seed_demo: realistic, consistent demo data that the state machine would have produced."""

import datetime as dt
from collections import Counter

import pytest
from django.core.management import call_command
from django.utils import timezone

from tyndau.accounts.models import User
from tyndau.answers.models import Answer, AnswerState
from tyndau.appeals.models import Appeal, AppealEvent
from tyndau.appeals.workflow import OPEN_STATUSES, check_transition
from tyndau.deadlines.models import Extension, Term
from tyndau.deadlines.services import calendar
from tyndau.deadlines.terms import Flag, Rule
from tyndau.ratings.models import Rating
from tyndau.related.models import Campaign, Fingerprint
from tyndau.routing.models import Review, Suggestion

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture
def seeded(db, routed):
    call_command("seed_demo", appeals=600, seed=11, verbosity=0)


def test_every_appeal_has_a_lawful_event_chain(seeded):
    events = AppealEvent.objects.exclude(to_status="").order_by("appeal_id", "created_at", "id")
    chains: dict[int, list[AppealEvent]] = {}
    for event in events:
        chains.setdefault(event.appeal_id, []).append(event)
    for appeal in Appeal.objects.all():
        chain = chains[appeal.pk]
        assert chain[0].kind == "filed" and chain[0].to_status == "registered"
        for event in chain[1:]:
            check_transition(event.from_status, event.to_status, event.data.get("ground"))
        assert [e.to_status for e in chain[:-1]] == [e.from_status for e in chain[1:]]
        assert chain[-1].to_status == appeal.status
        assert all(a.created_at <= b.created_at for a, b in zip(chain, chain[1:], strict=False))


def test_the_mix_looks_like_real_work(seeded):
    appeals = Appeal.objects.all()
    assert appeals.count() == 600
    statuses = Counter(appeals.values_list("status", flat=True))
    assert statuses["answered"] + statuses["closed"] + statuses["rated"] > 300
    assert sum(statuses[s] for s in OPEN_STATUSES) > 10
    assert {"ru", "kk"} <= set(appeals.values_list("language", flat=True))
    assert len(set(appeals.values_list("kind", flat=True))) == 5
    assert len(set(appeals.values_list("channel", flat=True))) >= 6
    assert appeals.values("body").distinct().count() > 20
    assert appeals.filter(repeat_of__isnull=False).exists()
    today = timezone.localdate()
    overdue = appeals.filter(status__in=OPEN_STATUSES, due_date__lt=today).count()
    assert overdue > 0
    oldest = appeals.order_by("received_at").first().received_at
    assert timezone.now() - oldest > dt.timedelta(days=450)
    assert Rating.objects.filter(score__lte=2).exists() and Rating.objects.filter(score=5).exists()
    texts = set(appeals.values_list("text", flat=True))
    assert len(texts) > 550  # no two hundred copies of one template
    assert not any("{" in text or "lorem" in text.lower() for text in texts)


def test_answers_match_the_status(seeded):
    for answer in Answer.objects.filter(state=AnswerState.SENT).select_related("appeal")[:200]:
        assert answer.appeal.status in {"answered", "rated", "closed"}
        assert answer.appeal.outcome == answer.outcome


def test_demo_officers_exist_only_after_seeding(db):
    assert not User.objects.filter(is_demo=True).exists()
    call_command("seed_demo", appeals=0, verbosity=0)
    head = User.objects.get(username="head.astana")
    assert head.is_demo and head.check_password("tyndau-demo")


def test_if_empty_does_not_seed_twice(seeded):
    call_command("seed_demo", appeals=50, if_empty=True, verbosity=0)
    assert Appeal.objects.count() == 600


def test_every_appeal_runs_against_terms_of_the_legal_calendar(seeded):
    cal = calendar()
    for appeal in Appeal.objects.prefetch_related("terms"):
        main = [t for t in appeal.terms.all() if t.rule in (Rule.ANSWER, Rule.URGENT)]
        assert len(main) == 1, appeal.reg_number
        assert main[0].due_on == appeal.due_date
        assert (main[0].rule == Rule.URGENT) == appeal.is_urgent
        if not appeal.is_urgent:
            assert cal.is_working_day(appeal.due_date), appeal.reg_number
        if main[0].state == Term.State.MET and not appeal.is_urgent:
            assert timezone.localdate(main[0].met_at) <= main[0].due_on
    extensions = list(Extension.objects.all())
    assert extensions, "the demo shows extensions too"
    for extension in extensions:
        assert extension.previous_due < extension.new_due <= extension.cap
        assert set(extension.flags) <= set(Flag)
    assert any(extension.flags for extension in extensions)
    assert any(not extension.flags for extension in extensions)


def test_intake_read_every_appeal_and_a_campaign_arrived_today(seeded):
    appeals = Appeal.objects.all()
    assert Suggestion.objects.count() == Fingerprint.objects.count() == appeals.count()
    moved_on = Suggestion.objects.exclude(appeal__status="registered")
    assert not moved_on.filter(review=Review.PENDING).exists()
    assert moved_on.filter(review=Review.CONFIRMED).count() > moved_on.count() * 0.6
    campaign = Campaign.objects.get()
    assert campaign.size == campaign.members.count() == 30
    members = appeals.filter(campaign_membership__campaign=campaign)
    assert set(members.values_list("status", flat=True)) == {"registered"}
    assert timezone.now() - members.earliest("received_at").received_at < dt.timedelta(hours=1)
    # An urgent demo appeal carries the reason the rules find in its text, where they find one.
    assert Suggestion.objects.filter(urgent=True).exists()
    for appeal in appeals.filter(is_urgent=True).select_related("suggestion"):
        assert appeal.urgency_reason == appeal.suggestion.urgency_reason
