"""Realistic demo data: officers with known passwords and appeals over 18 months, each with
an event log that the state machine allows. Never run on a production database."""

import datetime as dt
import math
import random
import secrets
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from tyndau.accounts.models import Role, User
from tyndau.analytics import services as analytics
from tyndau.answers.models import Answer, AnswerState
from tyndau.appeals import identifiers
from tyndau.appeals.models import (
    Appeal,
    AppealEvent,
    ApplicantType,
    Channel,
    EventKind,
    RegistrationCounter,
)
from tyndau.appeals.services import hash_token
from tyndau.appeals.workflow import Ground, Outcome, Status, check_transition
from tyndau.deadlines import terms as legal_terms
from tyndau.deadlines.models import Extension, Term
from tyndau.deadlines.services import calendar
from tyndau.demo import intake as demo_intake
from tyndau.demo import texts as demo_texts
from tyndau.demo.schedule import demo_terms
from tyndau.directory.models import Body, Sphere, Territory
from tyndau.ratings.models import Rating, Reason

DEMO_PASSWORD = "tyndau-demo"  # nosec B105: the demo's published password, for is_demo officers only
MONTHS = 18
BATCH = 500

# Demo bodies with officers: (login suffix, how to find the body).
DEMO_BODIES = [
    ("astana", {"kind": Body.Kind.AKIMAT_CITY, "territory__kato": "710000000"}),
    ("karaganda", {"kind": Body.Kind.AKIMAT_REGION, "territory__kato": "350000000"}),
    ("labour", {"kind": Body.Kind.MINISTRY, "name_en": "Ministry of Labour and Social Protection"}),
    ("health", {"kind": Body.Kind.MINISTRY, "name_en": "Ministry of Healthcare"}),
]
KIND_WEIGHTS = {"statement": 35, "complaint": 25, "request": 20, "proposal": 12, "feedback": 8}
CHANNEL_WEIGHTS = {
    Channel.WEB: 55,
    Channel.EMAIL: 8,
    Channel.PAPER: 12,
    Channel.PHONE: 10,
    Channel.RECEPTION: 8,
    Channel.VIDEO_CONFERENCE: 2,
    Channel.VIDEO_APPEAL: 2,
    Channel.ONLINE_RECEPTION: 3,
}
LANGUAGE_WEIGHTS = {"ru": 55, "kk": 40, "en": 5}
OUTCOME_WEIGHTS = {Outcome.EXPLAINED: 55, Outcome.SATISFIED: 30, Outcome.REFUSED: 15}
SCORE_WEIGHTS = {5: 30, 4: 25, 3: 10, 2: 15, 1: 20}
ORGANISATIONS = {
    "ru": [
        "ТОО «Астана Сервис Плюс»",
        "ОСИ «Жастар-12»",
        "ИП Ахметова",
        "ТОО «Караганда Строй»",
        "ОО «Совет ветеранов района»",
        "КСК «Самал»",
    ],
    "kk": [
        "«Астана Сервис Плюс» ЖШС",
        "«Жастар-12» ПИБ",
        "Ахметова ЖК",
        "«Қарағанды Құрылыс» ЖШС",
        "«Аудан ардагерлері кеңесі» ҚБ",
        "«Самал» ПКК",
    ],
    "en": ["Astana Service Plus LLP", "Zhastar-12 condominium", "Karaganda Stroy LLP"],
}


def _pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


@dataclass
class DemoStaff:
    head: User | None = None
    registrar: User | None = None
    executors: list[User] = field(default_factory=list)


@dataclass(frozen=True)
class SeedReport:
    appeals: int
    events: int
    answers: int
    ratings: int
    users: int
    sample_tracking_path: str


def ensure_demo_users() -> dict[int, DemoStaff]:
    """The demo officers of the demo bodies, by body id, created once."""
    staff: dict[int, DemoStaff] = {}
    rng = random.Random(7)  # nosec B311: demo data, not security
    password_hash = make_password(DEMO_PASSWORD)  # one slow hash serves every demo officer
    for suffix, lookup in DEMO_BODIES:
        body = Body.objects.filter(**lookup).first()
        if body is None:
            continue
        units = list(body.children.filter(kind=Body.Kind.UNIT)[:3]) or [body]
        people = staff.setdefault(body.pk, DemoStaff())
        plan = [
            ("head", Role.HEAD, body),
            ("registrar", Role.REGISTRAR, body),
            ("analyst", Role.ANALYST, body),
        ]
        plan += [(f"executor{n}", Role.EXECUTOR, units[(n - 1) % len(units)]) for n in (1, 2, 3)]
        for prefix, role, where in plan:
            language = rng.choice(["kk", "ru"])
            last, first, patronymic = demo_texts.person_name(rng, language)
            user, _created = User.objects.get_or_create(
                username=f"{prefix}.{suffix}",
                defaults={
                    "role": role,
                    "body": where,
                    "last_name": last,
                    "first_name": first,
                    "patronymic": patronymic,
                    "is_demo": True,
                    "language": language,
                    "email": f"{prefix}.{suffix}@demo.tyndau.kz",
                    "phone": f"+7 7172 {rng.randint(20, 79)}-{rng.randint(10, 99)}-"
                    f"{rng.randint(10, 99)}",
                    "position": str(role.label),
                    "password": password_hash,
                },
            )
            if role == Role.HEAD:
                people.head = user
            elif role == Role.REGISTRAR:
                people.registrar = user
            elif role == Role.EXECUTOR:
                people.executors.append(user)
    first_body = next(iter(staff), None)
    if first_body is not None and not User.objects.filter(username="admin").exists():
        User.objects.create_superuser(
            "admin",
            "admin@demo.tyndau.kz",
            DEMO_PASSWORD,
            role=Role.ADMIN,
            body_id=first_body,
            is_demo=True,
            last_name="Администратор",
            first_name="Tyndau",
        )
    return staff


class _Builder:
    def __init__(self, rng: random.Random, now: dt.datetime, staff: dict[int, DemoStaff]):
        self.rng, self.now, self.staff = rng, now, staff
        self.calendar = calendar()
        self.tops = list(
            Body.objects.filter(is_active=True)
            .exclude(kind=Body.Kind.UNIT)
            .prefetch_related("spheres")
            .select_related("territory")
        )
        self.demo_bodies = [b for b in self.tops if b.pk in staff]
        self.territories = list(Territory.objects.all())
        self.children = defaultdict(list)
        for territory in self.territories:
            if territory.parent_id:
                self.children[territory.parent_id].append(territory)
        self.top_spheres = list(Sphere.objects.filter(parent__isnull=True))
        self.sub_spheres = defaultdict(list)
        for sphere in Sphere.objects.filter(parent__isnull=False):
            self.sub_spheres[sphere.parent_id].append(sphere)
        self.counters: dict[tuple[int, int], int] = defaultdict(int)
        self.fallback_executors: dict[int, User] = {}
        self.answered_pool: list[tuple[Appeal, dt.datetime]] = []

    # --- people ---------------------------------------------------------------------------
    def executor_for(self, body: Body) -> User:
        people = self.staff.get(body.pk)
        if people and people.executors:
            return self.rng.choice(people.executors)
        if body.pk not in self.fallback_executors:
            last, first, patronymic = demo_texts.person_name(self.rng, "kk")
            user, created = User.objects.get_or_create(
                username=f"staff.{body.code.lower()}",
                defaults={
                    "role": Role.EXECUTOR,
                    "body": body,
                    "last_name": last,
                    "first_name": first,
                    "patronymic": patronymic,
                    "is_demo": True,
                    "phone": f"+7 7{self.rng.randint(10, 29)} {self.rng.randint(200, 599)}"
                    f" {self.rng.randint(10, 99)} {self.rng.randint(10, 99)}",
                },
            )
            if created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
            self.fallback_executors[body.pk] = user
        return self.fallback_executors[body.pk]

    def approver_for(self, body: Body, executor: User) -> User:
        people = self.staff.get(body.pk)
        return people.head if people and people.head else executor

    # --- time -----------------------------------------------------------------------------
    def at_work(self, day: dt.date, start_hour: int = 9) -> dt.datetime:
        hour = self.rng.randint(start_hour, 17)
        moment = dt.datetime.combine(day, dt.time(hour, self.rng.randint(0, 59)))
        return timezone.make_aware(moment)

    def later(self, moment: dt.datetime, working_days: int) -> dt.datetime:
        day = self.calendar.add_working_days(timezone.localdate(moment), working_days)
        result = self.at_work(day)
        return max(result, moment + dt.timedelta(minutes=self.rng.randint(5, 90)))

    # --- one appeal -----------------------------------------------------------------------
    def received_times(self, count: int) -> list[dt.datetime]:
        span = dt.timedelta(days=int(MONTHS * 30.4)).total_seconds()
        start = self.now - dt.timedelta(seconds=span)
        # More appeals lately: a growing platform.
        times = [
            start + dt.timedelta(seconds=span * math.sqrt(self.rng.random())) for _ in range(count)
        ]
        return sorted(times)

    def place(self, body: Body) -> Territory:
        if body.territory_id:
            options = self.children.get(body.territory_id, [])
            if options and self.rng.random() < 0.6:
                return self.rng.choice(options)
            return body.territory
        return self.rng.choice(self.territories)

    def sphere(self, body: Body) -> Sphere:
        spheres = list(body.spheres.all()) or self.top_spheres
        top = self.rng.choice(spheres)
        subs = self.sub_spheres.get(top.pk)
        return self.rng.choice(subs) if subs and self.rng.random() < 0.4 else top

    def applicant(self, language: str) -> dict:
        kind = _pick(
            self.rng,
            {
                ApplicantType.INDIVIDUAL: 85,
                ApplicantType.ORGANISATION: 10,
                ApplicantType.ANONYMOUS: 5,
            },
        )
        if kind == ApplicantType.ANONYMOUS:
            return {
                "applicant_type": kind,
                "applicant_name": "",
                "iin_bin": "",
                "email": "",
                "phone": "",
                "address": "",
            }
        if kind == ApplicantType.ORGANISATION:
            name = self.rng.choice(ORGANISATIONS[language])
            number = identifiers.make_bin(
                self.rng, dt.date(self.rng.randint(2000, 2023), self.rng.randint(1, 12), 1)
            )
        else:
            last, first, patronymic = demo_texts.person_name(self.rng, language)
            name = " ".join(p for p in (last, first, patronymic) if p)
            born = dt.date(
                self.rng.randint(1945, 2005), self.rng.randint(1, 12), self.rng.randint(1, 28)
            )
            number = identifiers.make_iin(self.rng, born, self.rng.random() < 0.5)
        login = f"user{self.rng.randint(1000, 99999)}"
        return {
            "applicant_type": kind,
            "applicant_name": name,
            "iin_bin": number,
            "email": f"{login}@{self.rng.choice(['mail.kz', 'gmail.com', 'inbox.kz'])}"
            if self.rng.random() < 0.7
            else "",
            "phone": f"+7 7{self.rng.choice(['01', '02', '05', '07', '47', '75', '77'])} "
            f"{self.rng.randint(200, 999)} {self.rng.randint(10, 99)} "
            f"{self.rng.randint(10, 99)}",
            "address": "",
        }

    def build(
        self, received_at: dt.datetime
    ) -> tuple[Appeal, list[AppealEvent], Answer | None, Rating | None]:
        rng = self.rng
        body = (
            rng.choice(self.demo_bodies)
            if self.demo_bodies and rng.random() < 0.7
            else (rng.choice(self.tops))
        )
        language = _pick(rng, LANGUAGE_WEIGHTS)
        kind = _pick(rng, KIND_WEIGHTS)
        territory, sphere = self.place(body), self.sphere(body)
        top_sphere = sphere.parent if sphere.parent_id else sphere
        urgent = rng.random() < 0.03
        repeat_of = None
        applicant = self.applicant(language)
        earlier = [  # saved in an earlier batch and answered before this one came
            a
            for a, answered in self.answered_pool[-300:]
            if a.pk is not None and answered < received_at
        ]
        if (
            applicant["applicant_type"] == ApplicantType.INDIVIDUAL
            and earlier
            and rng.random() < 0.07
        ):
            repeat_of = rng.choice(earlier)
            body, territory, sphere, language = (
                repeat_of.body,
                repeat_of.territory,
                repeat_of.sphere,
                repeat_of.language,
            )
            top_sphere = sphere.parent if sphere and sphere.parent_id else sphere
            applicant = {
                k: getattr(repeat_of, k)
                for k in (
                    "applicant_type",
                    "applicant_name",
                    "iin_bin",
                    "email",
                    "phone",
                    "address",
                )
            }
            subject = repeat_of.subject
            text = demo_texts.compose_repeat(rng, repeat_of.text, language)
        else:
            subject, text = demo_texts.compose_appeal(
                rng,
                top_sphere.code if top_sphere else "other",
                kind,
                language,
                getattr(territory, f"name_{language}"),
                urgent,
            )
        year = timezone.localdate(received_at).year
        self.counters[(body.pk, year)] += 1
        appeal = Appeal(
            reg_number=f"{body.code}-{year}-{self.counters[(body.pk, year)]:06d}",
            tracking_token_hash=hash_token(secrets.token_urlsafe(32)),
            kind=kind,
            channel=_pick(rng, CHANNEL_WEIGHTS),
            language=language,
            subject=subject[:200],
            text=text,
            territory=territory,
            sphere=sphere,
            body=body,
            is_urgent=urgent,
            received_at=received_at,
            repeat_of=repeat_of,
            due_date=(
                legal_terms.urgent_due(timezone.localtime(received_at)).due
                if urgent
                else legal_terms.answer_due(timezone.localdate(received_at), self.calendar).due
            ),
            **applicant,
        )
        appeal.demo_extension = None
        return self.lifecycle(appeal, top_sphere)

    def extend(self, appeal: Appeal, step, moment, executor: User, approver: User, late: bool):
        """The executor asks, the head extends the term; returns the new answer day."""
        rng = self.rng
        received = timezone.localdate(appeal.received_at)
        reason = rng.choice(demo_texts.EXTENSION_REASONS[appeal.language])
        asked_day = rng.randint(8, 17)  # a few ask only after the term has run out
        step(
            Status.EXTENSION_REQUESTED,
            self.later(appeal.received_at, asked_day),
            kind=EventKind.EXTENSION_REQUESTED,
            actor=executor,
            public=False,
            reason=reason,
        )
        decided_at = moment() + dt.timedelta(hours=rng.randint(1, 20))
        cap = legal_terms.extension_cap(received, self.calendar).due
        previous = appeal.due_date
        new_due = min(self.calendar.add_working_days(previous, rng.randint(5, 20)), cap)
        new_due = self.calendar.previous_working_day(new_due)
        step(
            Status.EXTENDED,
            decided_at,
            kind=EventKind.EXTENDED,
            actor=approver,
            reason=reason,
            data={"previous_due": previous.isoformat(), "new_due": new_due.isoformat()},
        )
        decided = moment()
        flags = legal_terms.extension_flags(
            decided_on=timezone.localdate(decided),
            current_due=previous,
            new_due=new_due,
            cap=cap,
            reason=reason,
            earlier_extensions=0,
        )
        appeal.demo_extension = Extension(
            appeal=appeal,
            state=Extension.State.GRANTED,
            reason=reason,
            requested_by=executor,
            requested_due=new_due,
            decided_by=approver,
            decided_at=decided,
            previous_due=previous,
            new_due=new_due,
            cap=cap,
            flags=[str(f) for f in flags],
        )
        appeal.due_date = new_due
        allowed = self.calendar.working_days_between(received, new_due)
        return rng.randint(allowed + 1, allowed + 6) if late else rng.randint(asked_day, allowed)

    def lifecycle(self, appeal: Appeal, top_sphere: Sphere | None):
        """Walk the appeal through the state machine as far as its age allows."""
        rng, body = self.rng, appeal.body
        age = self.calendar.working_days_between(
            timezone.localdate(appeal.received_at), timezone.localdate(self.now)
        )
        executor = self.executor_for(body)
        approver = self.approver_for(body, executor)
        registrar = (self.staff.get(body.pk) or DemoStaff()).registrar
        events: list[AppealEvent] = []
        status, moment = Status.REGISTERED, appeal.received_at

        def step(
            target: str,
            when: dt.datetime,
            kind: str = EventKind.STATUS,
            actor: User | None = None,
            public: bool = True,
            **extra,
        ) -> None:
            nonlocal status, moment
            when = min(max(when, moment + dt.timedelta(minutes=1)), self.now)
            check_transition(status, target, extra.get("ground"))
            events.append(
                AppealEvent(
                    appeal=appeal,
                    created_at=when,
                    kind=kind,
                    actor=actor,
                    from_status=status,
                    to_status=target,
                    public=public,
                    reason=extra.get("reason", ""),
                    data=extra.get("data", {}),
                )
            )
            status, moment = Status(target), when

        events.append(
            AppealEvent(
                appeal=appeal,
                created_at=appeal.received_at,
                kind=EventKind.FILED,
                to_status=Status.REGISTERED,
                data={"channel": appeal.channel, "body": body.code},
            )
        )
        if age < 1 and rng.random() < 0.6:
            appeal.status = status
            return appeal, events, None, None
        if appeal.applicant_type == ApplicantType.ANONYMOUS and rng.random() < 0.6:
            step(
                Status.LEFT_WITHOUT_CONSIDERATION,
                self.later(moment, rng.randint(1, 3)),
                actor=approver,
                ground=Ground.ANONYMOUS,
                data={"ground": Ground.ANONYMOUS},
            )
            appeal.status, appeal.outcome, appeal.ground = (
                status,
                Outcome.TERMINATED,
                Ground.ANONYMOUS,
            )
            appeal.closed_at = moment
            return appeal, events, None, None
        if rng.random() < 0.05 and len(self.tops) > 1:
            wrong = rng.choice(self.tops)
            if wrong.pk != body.pk:
                step(
                    Status.REDIRECTED,
                    self.later(moment, rng.randint(1, 3)),
                    actor=registrar,
                    kind=EventKind.REDIRECTED,
                    reason="Вопрос не относится к компетенции; направлено по принадлежности.",
                    data={"from_body": wrong.code, "to_body": body.code},
                )
        step(
            Status.ASSIGNED,
            self.later(moment, rng.randint(0, 1)),
            kind=EventKind.ASSIGNED,
            actor=approver,
            data={"executor": executor.pk, "executor_name": executor.full_name},
        )
        appeal.executor = executor
        if age < 2 and rng.random() < 0.5:
            appeal.status = status
            return appeal, events, None, None
        step(Status.IN_PROGRESS, self.later(moment, rng.randint(0, 2)), actor=executor)
        if rng.random() < 0.03 and age > 5:
            step(
                Status.TERMINATED,
                self.later(moment, rng.randint(1, 4)),
                actor=approver,
                ground=Ground.WITHDRAWN,
                data={"ground": Ground.WITHDRAWN},
                reason="Заявитель отозвал обращение письменным заявлением.",
            )
            appeal.status, appeal.outcome, appeal.ground = (
                status,
                Outcome.TERMINATED,
                Ground.WITHDRAWN,
            )
            appeal.closed_at = moment
            return appeal, events, None, None
        # When the answer goes out: mostly on time, some late, a few still stuck past the term.
        late = rng.random() < 0.12
        answer_day = rng.randint(16, 24) if late else rng.randint(4, 15)
        if not appeal.is_urgent and age > 10 and rng.random() < 0.07:
            answer_day = self.extend(appeal, step, lambda: moment, executor, approver, late)
        if appeal.is_urgent:  # mostly the same day; some only the next one, too late
            answer_day = 0 if rng.random() < 0.8 else rng.randint(1, 2)
        outcome = _pick(rng, OUTCOME_WEIGHTS)
        language = appeal.language
        answer = Answer(
            appeal=appeal,
            outcome=outcome,
            author=executor,
            text=demo_texts.compose_answer(
                rng,
                top_sphere.code if top_sphere else "other",
                language,
                outcome,
                appeal.applicant_name or "",
                executor.full_name,
                executor.phone or "",
                getattr(body, f"name_{language}"),
            ),
        )
        stuck = late and age < 45 and rng.random() < 0.3  # overdue and still open, lately
        if age < answer_day or stuck:
            if age >= answer_day - 1 and rng.random() < 0.5:
                step(Status.ANSWER_DRAFTED, self.later(moment, 1), actor=executor)
                answer.state = AnswerState.ON_APPROVAL
            elif rng.random() < 0.5:
                answer.state = AnswerState.DRAFT
            else:
                answer = None
            appeal.status = status
            return appeal, events, answer, None
        answered_at = self.later(appeal.received_at, answer_day)
        step(
            Status.ANSWER_DRAFTED,
            answered_at - dt.timedelta(hours=rng.randint(2, 20)),
            actor=executor,
        )
        step(Status.ANSWER_APPROVED, answered_at, actor=approver)
        step(
            Status.ANSWERED,
            answered_at + dt.timedelta(minutes=2),
            kind=EventKind.ANSWER_SENT,
            actor=approver,
        )
        answer.state, answer.approved_by, answer.sent_at = AnswerState.SENT, approver, moment
        appeal.outcome, appeal.answered_at = outcome, moment
        rating = None
        if appeal.applicant_type != ApplicantType.ANONYMOUS and rng.random() < 0.35:
            rated_at = moment + dt.timedelta(days=rng.randint(0, 10), hours=rng.randint(1, 12))
            if rated_at < self.now:
                score = _pick(rng, SCORE_WEIGHTS)
                reasons = []
                if score <= 3:
                    reasons = rng.sample(
                        [
                            Reason.INCOMPLETE,
                            Reason.NO_SPECIFIC_INFORMATION,
                            Reason.NOT_SOLVED,
                            Reason.DEADLINE_BROKEN if late else Reason.IMPOLITE,
                        ],
                        k=rng.randint(1, 2),
                    )
                step(Status.RATED, rated_at)
                rating = Rating(
                    appeal=appeal, score=score, reasons=[str(r) for r in reasons], created_at=moment
                )
        if (self.now - moment).days > 30 and rng.random() < 0.6:
            step(Status.CLOSED, moment + dt.timedelta(days=30))
            appeal.closed_at = moment
        appeal.status = status
        self.answered_pool.append((appeal, appeal.answered_at))
        return appeal, events, answer, rating


def seed_demo(appeals: int, *, seed: int = 2026) -> SeedReport:
    rng = random.Random(seed)  # nosec B311: demo data, not security
    now = timezone.now()
    staff = ensure_demo_users()
    builder = _Builder(rng, now, staff)
    for counter in RegistrationCounter.objects.all():
        builder.counters[(counter.body_id, counter.year)] = counter.last
    totals = defaultdict(int)
    letters = demo_intake.campaign_size(appeals) if builder.demo_bodies else 0
    times = builder.received_times(appeals - letters)
    sample_token = secrets.token_urlsafe(32)
    for start in range(0, appeals - letters, BATCH):
        built = [builder.build(received) for received in times[start : start + BATCH]]
        if start == 0 and built:
            built[-1][0].tracking_token_hash = hash_token(sample_token)
        readings = demo_intake.read_demo([b[0] for b in built])
        with transaction.atomic():
            Appeal.objects.bulk_create([b[0] for b in built], batch_size=BATCH)
            demo_intake.save_intake([b[0] for b in built], readings, staff)
            events = [e for b in built for e in b[1]]
            for event in events:
                event.appeal_id = event.appeal.pk
            AppealEvent.objects.bulk_create(events, batch_size=2000)
            answers = [b[2] for b in built if b[2] is not None]
            for answer in answers:
                answer.appeal_id = answer.appeal.pk
            Answer.objects.bulk_create(answers, batch_size=BATCH)
            ratings = [b[3] for b in built if b[3] is not None]
            for rating in ratings:
                rating.appeal_id = rating.appeal.pk
            Rating.objects.bulk_create(ratings, batch_size=BATCH)
            terms, extensions = demo_terms([b[0] for b in built], builder.calendar, now, rng)
            Extension.objects.bulk_create(extensions, batch_size=BATCH)
            Term.objects.bulk_create(terms, batch_size=2000)
        totals["appeals"] += len(built)
        totals["events"] += len(events)
        totals["answers"] += len(answers)
        totals["ratings"] += len(ratings)
    with transaction.atomic():
        for (body_id, year), last in builder.counters.items():
            RegistrationCounter.objects.update_or_create(
                body_id=body_id, year=year, defaults={"last": last}
            )
    analytics.rebuild()  # bulk inserts send no signals: the roll-ups are summed once here
    if letters:
        totals["appeals"] += demo_intake.file_campaign(rng, builder.demo_bodies[0], letters)
    from tyndau.appeals.services import tracking_path

    return SeedReport(
        appeals=totals["appeals"],
        events=totals["events"],
        answers=totals["answers"],
        ratings=totals["ratings"],
        users=User.objects.filter(is_demo=True).count(),
        sample_tracking_path=tracking_path(sample_token) if appeals else "",
    )
