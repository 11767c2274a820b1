"""Two bodies with the same things in each, for the access matrix and the IDOR tests: Astana
("own", where every officer under test works) and Karaganda ("foreign").

Each side has an answered appeal (rated low, so a review can be asked), an appeal in work
(assigned, with a proposed duplicate link), an attachment on each, a mass campaign of the two,
an open alert, a draft and a published digest and an Open311 request. Every appeal carries
markers (subject, text, applicant's name, ИИН, e-mail, phone) that no refused response may show.

Built once per test module (`build`), inside a transaction the module's fixture rolls back."""

import datetime as dt
import io
from dataclasses import dataclass, field

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from tyndau.accounts.models import Role, User
from tyndau.analytics.models import Alert, Digest, DigestItem
from tyndau.answers import services as answers
from tyndau.answers.links import answer_token
from tyndau.answers.models import Answer
from tyndau.api import keys
from tyndau.api.models import FILE, PERMISSIONS
from tyndau.appeals import services
from tyndau.appeals.models import Appeal, Attachment
from tyndau.appeals.services import AppealDraft, Applicant
from tyndau.conftest import make_officer, valid_iin
from tyndau.directory.models import Body, Territory
from tyndau.open311.models import ServiceRequest
from tyndau.ratings import services as ratings
from tyndau.related.models import Campaign, CampaignMember, Relation

ROLES = ("registrar", "executor", "head", "analyst", "admin", "controller")


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (2, 2), (200, 40, 40)).save(out, "PNG")
    return out.getvalue()


def answer_text(first_names: str) -> str:
    return (
        f"Уважаемый {first_names}!\n"
        "Благодарим Вас за обращение. Подача тепла в дом восстановлена 5 ноября: на "
        "теплотрассе заменена задвижка, температура в квартирах +21.\n"
        "Решение: обращение удовлетворено.\n"
        "Основание: пункт 1 статьи 35 Закона РК «О жилищных отношениях».\n"
        "Если батареи снова остынут, звоните в аварийную службу 109 или подайте заявку на "
        "eotinish.kz.\n"
        "Исполнитель: Иванов И.И., тел. 8 (7172) 55-12-34, e-mail ivanov@astana.gov.kz.\n"
        "В случае несогласия Вы вправе обжаловать решение в вышестоящий орган или в суд "
        "(статья 91 АППК РК)."
    )


@dataclass
class Person:
    """An applicant, with values no response outside their own appeal may show."""

    last: str
    first: str
    patronymic: str
    iin: str
    email: str
    phone: str

    @property
    def name(self) -> str:
        return f"{self.last} {self.first} {self.patronymic}"

    def applicant(self) -> Applicant:
        return Applicant(name=self.name, iin_bin=self.iin, email=self.email, phone=self.phone)


@dataclass
class Side:
    """One body's objects."""

    name: str  # "own" or "foreign"
    body: Body
    head: User
    executor: User
    other_executor: User  # of the same body, to assign to
    person: Person
    answered: Appeal  # answered, sent, rated 2 of 5
    answered_token: str
    answer: Answer
    open: Appeal  # assigned to `executor`, with a proposed duplicate link to `answered`
    open_token: str
    answered_file: Attachment
    open_file: Attachment
    relation: Relation
    campaign: Campaign
    alert: Alert
    draft_digest: Digest
    published_digest: Digest
    open311_token: str
    markers: list[str] = field(default_factory=list)

    @property
    def answer_token(self) -> str:
        return answer_token(self.answer)

    @property
    def numbers(self) -> list[str]:
        return [self.answered.reg_number, self.open.reg_number]

    def personal(self) -> list[str]:
        """The applicant's ИИН, e-mail and phone: never unmasked to roles without
        `view_personal`."""
        return [self.person.iin, self.person.email, self.person.phone]


@dataclass
class Cast:
    own: Side
    foreign: Side
    users: dict[str, User]  # the roles under test (own body), "superuser", "foreign head"
    keys: dict[str, str]  # raw API keys: "key:<role>" acting as the officer, "integration"
    other_body: dict[str, Body]  # where to redirect an appeal of each side
    sessions: dict[str, str] = field(default_factory=dict)  # who → session key, logged in once
    baseline: dict | None = None  # the database as built (each request is rolled back to it)

    def side(self, name: str) -> Side:
        return self.own if name == "own" else self.foreign


def _file(body: Body, person: Person, subject: str, text: str, upload: bytes):
    territory = body.territory or Territory.objects.get(kato="710000000")
    draft = AppealDraft(
        kind="complaint",
        language="ru",
        subject=subject,
        text=text,
        territory=territory,
        body=body,
        is_urgent=False,
        applicant=person.applicant(),
        attachments=[SimpleUploadedFile("plan.png", upload, content_type="image/png")],
    )
    return services.file_appeal(draft)


def _side(name: str, body: Body, tag: str, person: Person, officers: dict[str, User]) -> Side:
    head, executor = officers["head"], officers["executor"]
    upload = png()
    answered = _file(
        body,
        person,
        f"Нет отопления в доме, тема {tag}-1",
        f"В доме по улице Абая, 10 с 1 ноября нет отопления, в квартирах +12. Метка {tag}-1.",
        upload,
    )
    appeal = answered.appeal
    services.assign(appeal, executor, actor=head)
    text = answer_text(f"{person.first} {person.patronymic}")
    answers.save_draft(appeal, actor=executor, text=text, outcome="satisfied")
    answers.submit_for_approval(appeal, actor=executor, override_reason="Проверено.")
    answer = answers.approve_and_send(appeal, actor=head, override_reason="Проверено.")
    ratings.rate(answer, score=2, reasons=["incomplete"], comment="Не помогло.")

    opened = _file(
        body,
        person,
        f"Снова холодно в квартире, тема {tag}-2",
        f"Батареи в квартире снова холодные, дети болеют. Метка {tag}-2.",
        upload,
    )
    services.assign(opened.appeal, executor, actor=head)
    Relation.objects.filter(appeal=opened.appeal).delete()
    relation = Relation.objects.create(
        appeal=opened.appeal,
        earlier=appeal,
        kind=Relation.Kind.DUPLICATE,
        state=Relation.State.PROPOSED,
        similarity=0.93,
        earlier_body=body,
        earlier_executor=executor,
    )
    CampaignMember.objects.filter(appeal__in=[appeal, opened.appeal]).delete()
    now = timezone.now()
    campaign = Campaign.objects.create(
        subject=appeal.subject, first_appeal=appeal, size=2, started_at=now, last_at=now
    )
    for member in (appeal, opened.appeal):
        CampaignMember.objects.create(campaign=campaign, appeal=member, similarity=0.9)

    today = timezone.localdate()
    alert = Alert.objects.create(
        kind=Alert.Kind.CAMPAIGN,
        body=body,
        campaign=campaign,
        window_start=today - dt.timedelta(days=7),
        window_end=today,
        observed=12,
        expected=1.0,
        p_value=0.001,
    )
    digests = []
    for state in (Digest.State.DRAFT, Digest.State.PUBLISHED):
        digest = Digest.objects.create(
            body=body,
            date_from=today - dt.timedelta(days=30),
            date_to=today,
            title=f"Частые вопросы {tag} ({state})",
            created_by=head,
            state=state,
            published_at=now if state == Digest.State.PUBLISHED else None,
        )
        DigestItem.objects.create(
            digest=digest,
            position=1,
            appeals=3,
            question="Когда дадут тепло?",
            answer="Подача тепла восстановлена.",
            source_appeal=appeal,
            source_answer=answer,
        )
        digests.append(digest)
    open311_token = f"o311-{tag}"
    ServiceRequest.objects.create(appeal=opened.appeal, token=open311_token, address="ул. Абая, 10")
    appeal = Appeal.objects.get(pk=appeal.pk)
    open_appeal = Appeal.objects.get(pk=opened.appeal.pk)
    side = Side(
        name=name,
        body=body,
        head=head,
        executor=executor,
        other_executor=officers["executor2"],
        person=person,
        answered=appeal,
        answered_token=answered.tracking_token,
        answer=answer,
        open=open_appeal,
        open_token=opened.tracking_token,
        answered_file=appeal.attachments.get(),
        open_file=open_appeal.attachments.get(),
        relation=relation,
        campaign=campaign,
        alert=alert,
        draft_digest=digests[0],
        published_digest=digests[1],
        open311_token=open311_token,
    )
    side.markers = [
        *side.numbers,
        f"тема {tag}-1",
        f"тема {tag}-2",
        f"Метка {tag}-1",
        f"Метка {tag}-2",
        person.last,
        person.iin,
        person.email,
        person.phone,
    ]
    return side


def build() -> Cast:
    astana = Body.objects.get(code="AKM-AST")
    karaganda = Body.objects.get(code="AKM-KAR")
    unit = astana.children.filter(kind=Body.Kind.UNIT).first()
    users = {
        "registrar": make_officer("registrar.acl", Role.REGISTRAR, astana),
        "executor": make_officer("executor.acl", Role.EXECUTOR, unit),
        "head": make_officer("head.acl", Role.HEAD, astana),
        "analyst": make_officer("analyst.acl", Role.ANALYST, astana),
        "admin": make_officer("admin.acl", Role.ADMIN, astana),
        "controller": make_officer("controller.acl", Role.CONTROLLER, astana),
    }
    users["superuser"] = User.objects.create_superuser("root.acl", "root.acl@example.kz", "x-" * 10)
    own_officers = {
        "head": users["head"],
        "executor": users["executor"],
        "executor2": make_officer("executor2.acl", Role.EXECUTOR, unit),
    }
    foreign_officers = {
        "head": make_officer("head.kar.acl", Role.HEAD, karaganda),
        "executor": make_officer("executor.kar.acl", Role.EXECUTOR, karaganda),
        "executor2": make_officer("executor2.kar.acl", Role.EXECUTOR, karaganda),
    }
    own = _side(
        "own",
        astana,
        "ASTQ7",
        Person(
            "Нурланов",
            "Айдар",
            "Серикович",
            valid_iin(7),
            "aidar.acl@example.kz",
            "+7 701 123 45 67",
        ),
        own_officers,
    )
    foreign = _side(
        "foreign",
        karaganda,
        "KARZ9",
        Person(
            "Жумабеков",
            "Ерлан",
            "Маратович",
            valid_iin(9),
            "erlan.acl@example.kz",
            "+7 702 555 66 77",
        ),
        foreign_officers,
    )
    # The foreign body's head: the foreign objects' addresses are live for their own body.
    users["foreign head"] = foreign_officers["head"]
    raw_keys = {
        f"key:{role}": keys.issue(
            f"acl key of {role}", officer=users[role], permissions=list(PERMISSIONS)
        ).raw
        for role in ROLES
    }
    raw_keys["integration"] = keys.issue(
        "acl integration of Astana",
        body=astana,
        permissions=[FILE, "view", "view_personal"],
    ).raw
    return Cast(
        own=own,
        foreign=foreign,
        users=users,
        keys=raw_keys,
        other_body={"own": karaganda, "foreign": astana},
    )
