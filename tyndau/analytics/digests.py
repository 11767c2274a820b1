"""Thematic digests: the most frequent questions of a sphere and place in a period.

The appeals are grouped by what they say (k-means over TF-IDF of their word stems, the same
stems the routing model reads); the biggest groups become the digest's questions, each put in
the words of the appeal nearest the group's centre, with the best-rated full answer any of them
got (rated 4 or 5; a full verdict of the quality check and a higher score first). Personal data
is taken out before anyone edits it: the salutation line, the applicant's name and number,
e-mails, ИИН and phones. The head edits the draft and publishes it.
"""

import datetime as dt
import re

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer

from tyndau.accounts.models import User
from tyndau.analytics.drill import between
from tyndau.analytics.models import Digest, DigestItem
from tyndau.answers.models import AnswerState, Verdict
from tyndau.appeals.models import Appeal
from tyndau.appeals.services import DomainError
from tyndau.appeals.workflow import Status
from tyndau.directory.models import Body, Sphere, Territory
from tyndau.privacy.masking import scrub_text
from tyndau.routing.engine.features import stems

MAX_QUESTIONS = 10
APPEALS_PER_QUESTION = 12  # about how many appeals make one group
MAX_APPEALS = 3000  # the most recent ones, when a period holds more
_SALUTATION = re.compile(r"^\s*(уважаем\w*|құрметті|курметті|dear)\b", re.I)


def _appeals(body: Body, sphere: Sphere | None, territory: Territory | None, start, end):
    appeals = Appeal.objects.filter(
        between("received_at", start, end), body__path__startswith=body.path
    ).exclude(status=Status.MERGED)
    if sphere:
        appeals = appeals.filter(Q(sphere=sphere) | Q(sphere__parent=sphere))
    if territory:
        appeals = appeals.filter(
            Q(territory=territory)
            | Q(territory__parent=territory)
            | Q(territory__parent__parent=territory)
        )
    return list(appeals.order_by("-received_at")[:MAX_APPEALS])


def groups(texts: list[str]) -> list[list[int]]:
    """Indexes of `texts` grouped by what they say, the biggest group first."""
    if len(texts) < 3:
        return [list(range(len(texts)))] if texts else []
    matrix = TfidfVectorizer(analyzer=stems, min_df=1, sublinear_tf=True).fit_transform(texts)
    distinct = len(set(texts))
    clusters = min(MAX_QUESTIONS * 2, distinct, max(3, len(texts) // APPEALS_PER_QUESTION))
    model = KMeans(n_clusters=clusters, n_init=4, random_state=0).fit(matrix)
    members: dict[int, list[int]] = {}
    distances = model.transform(matrix)
    for index, label in enumerate(model.labels_):
        members.setdefault(int(label), []).append(index)
    ordered = sorted(members.items(), key=lambda pair: -len(pair[1]))
    # within each group, the text nearest the centre first: it says the question best
    return [sorted(ids, key=lambda i: distances[i, label]) for label, ids in ordered]


def public_text(text: str, appeal: Appeal) -> str:
    """`text` without what would identify the applicant."""
    lines = text.strip().splitlines()
    if lines and _SALUTATION.match(lines[0]):
        lines = lines[1:]
    cleaned = "\n".join(lines).strip()
    for private in (appeal.applicant_name, appeal.reg_number, appeal.address):
        if private and len(private) > 3:
            cleaned = cleaned.replace(private, "…")
    return scrub_text(cleaned)


def _best_answer(appeals: list[Appeal]):
    candidates = []
    for appeal in appeals:
        rating = getattr(appeal, "rating", None)  # none raises an AttributeError subclass
        if rating is None or rating.score < 4:
            continue
        for answer in appeal.answers.all():
            if answer.state == AnswerState.SENT:
                full = answer.quality_verdict == Verdict.FULL
                candidates.append((rating.score, full, answer.quality_score or 0, answer, appeal))
    if not candidates:
        return None
    score, _full, _quality, answer, appeal = max(candidates, key=lambda c: c[:3])
    return answer, appeal, score


def build(
    body: Body,
    start: dt.date,
    end: dt.date,
    *,
    actor: User,
    sphere: Sphere | None = None,
    territory: Territory | None = None,
) -> Digest:
    """A draft digest from the period's appeals."""
    appeals = _appeals(body, sphere, territory, start, end)
    if not appeals:
        raise DomainError(_("There are no appeals to make a digest of in this period."))
    ids = [a.pk for a in appeals]
    by_pk = {
        a.pk: a
        for a in Appeal.objects.filter(pk__in=ids)
        .select_related("rating")
        .prefetch_related("answers")
    }
    texts = [f"{a.subject}. {a.text}" for a in appeals]
    where = " · ".join(x.name for x in (sphere, territory) if x)
    title = _("Frequent questions: %(where)s, %(start)s – %(end)s") % {
        "where": where or body.name,
        "start": start.strftime("%d.%m.%Y"),
        "end": end.strftime("%d.%m.%Y"),
    }
    with transaction.atomic():
        digest = Digest.objects.create(
            body=body,
            sphere=sphere,
            territory=territory,
            date_from=start,
            date_to=end,
            title=title[:200],
            created_by=actor,
        )
        items = []
        for position, group in enumerate(groups(texts)[:MAX_QUESTIONS], start=1):
            members = [by_pk[appeals[i].pk] for i in group]
            nearest = members[0]
            best = _best_answer(members)
            items.append(
                DigestItem(
                    digest=digest,
                    position=position,
                    appeals=len(members),
                    question=public_text(nearest.subject, nearest),
                    answer=public_text(best[0].text, best[1]) if best else "",
                    source_appeal=nearest,
                    source_answer=best[0] if best else None,
                    rating=best[2] if best else None,
                )
            )
        DigestItem.objects.bulk_create(items)
    return digest


def edit(digest: Digest, texts: dict[int, tuple[str, str]], removed: set[int]) -> Digest:
    """The head's edits: {item id: (question, answer)}; removed items go."""
    if digest.state != Digest.State.DRAFT:
        raise DomainError(_("A published digest cannot be changed."))
    with transaction.atomic():
        for item in digest.items.all():
            if item.pk in removed:
                item.delete()
            elif item.pk in texts:
                question, answer = texts[item.pk]
                if not question.strip():
                    raise DomainError(_("A question cannot be empty."))
                item.question, item.answer = question.strip(), answer.strip()
                item.save(update_fields=["question", "answer"])
    return digest


def publish(digest: Digest) -> Digest:
    if not digest.items.exclude(answer="").exists():
        raise DomainError(_("Give at least one question its answer before publishing."))
    digest.state, digest.published_at = Digest.State.PUBLISHED, timezone.now()
    digest.save(update_fields=["state", "published_at"])
    return digest
