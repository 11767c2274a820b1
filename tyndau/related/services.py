"""Finding, at intake, the appeals a new one belongs with.

- Repeat: the same applicant (ИИН/БИН, else e-mail or phone) wrote on the same subject
  before and was answered. Linked at once; the new text's new sentences are kept as spans so
  the executor sees whether it brings new arguments (without them the law allows ending the
  consideration). It counts against the body and executor who answered the first time.
- Duplicate: the same applicant sent a nearly identical text that is still open (twice, or
  through two channels). Proposed to the registrar, merged only when they confirm.
- Mass campaign: different applicants sent a nearly identical text within days. Grouped at
  once; the group is what the answer and the early warning work with.
"""

import hashlib
import hmac
import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tyndau.accounts.models import User
from tyndau.accounts.permissions import Action, can
from tyndau.appeals import services as appeals
from tyndau.appeals.models import PERSONAL_FIELDS, Appeal, EventKind
from tyndau.appeals.workflow import OPEN_STATUSES, Status
from tyndau.related.engine import similarity
from tyndau.related.models import Campaign, CampaignMember, Fingerprint, Relation

# Nearly the same text: estimated Jaccard similarity of word 3-shingles.
DUPLICATE_RESEMBLANCE = 0.7
CAMPAIGN_RESEMBLANCE = 0.6
# The same subject: share of the shorter text's content words the other has too.
REPEAT_OVERLAP = 0.35
DUPLICATE_WINDOW = timedelta(days=30)
CAMPAIGN_WINDOW = timedelta(days=14)
# This many different applicants with one text make a campaign.
CAMPAIGN_MIN_APPLICANTS = 5
# At most this many earlier appeals of one applicant, or of one text, are compared.
CANDIDATE_LIMIT = 200
BAND_FIELDS = [f"band{i}" for i in range(similarity.BANDS)]


def blind(value: str) -> str:
    """A keyed hash of an identifier: equal values match, the value itself is not kept."""
    if not value:
        return ""
    key = settings.BLIND_INDEX_KEY.encode()
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:32]


def _phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return digits[-10:] if len(digits) >= 10 else ""


def applicant_keys(appeal: Appeal) -> dict[str, str]:
    return {
        "identity": blind(appeal.iin_bin),
        "email": blind(appeal.email.strip().lower()),
        "phone": blind(_phone(appeal.phone)),
    }


@dataclass
class Findings:
    repeat: Relation | None = None
    duplicates: list[Relation] = field(default_factory=list)
    campaign: Campaign | None = None


def check_at_intake(appeal: Appeal) -> Findings:
    """Fingerprint a newly filed appeal and link it. Runs inside the filing transaction."""
    text = f"{appeal.subject}\n{appeal.text}"
    print_ = similarity.fingerprint(text)
    keys = applicant_keys(appeal)
    findings = Findings()
    same_applicant = _same_applicant(appeal, keys)
    _link_same_applicant(appeal, text, print_, same_applicant, findings)
    _group_campaign(appeal, print_, {c.appeal_id for c in same_applicant}, findings)
    fingerprint_for(appeal, print_, keys).save(force_insert=True)  # new: no UPDATE tried first
    return findings


def fingerprint_for(
    appeal: Appeal,
    print_: similarity.Fingerprint | None = None,
    keys: dict[str, str] | None = None,
) -> Fingerprint:
    """The appeal's fingerprint row, not yet saved (the demo saves them in bulk)."""
    print_ = print_ or similarity.fingerprint(f"{appeal.subject}\n{appeal.text}")
    return Fingerprint(
        appeal=appeal,
        received_at=appeal.received_at,
        signature=print_.to_bytes(),
        **(keys or applicant_keys(appeal)),
        **dict(zip(BAND_FIELDS, print_.bands, strict=True)),
    )


def _same_applicant(appeal: Appeal, keys: dict[str, str]) -> list[Fingerprint]:
    match = Q()
    for name, value in keys.items():
        if value:
            match |= Q(**{name: value})
    if not match:
        return []
    # The appeals are read by a query of their own: joined to the fingerprints, PostgreSQL
    # walked the whole appeals table by its key, since a new applicant's earlier appeals are
    # always the newest rows (26 ms at 100,000 appeals, a filing's costliest statement).
    earlier = (
        Appeal.objects.select_related("body", "executor")
        # matched by their keyed hashes: nothing to unseal
        .defer(*PERSONAL_FIELDS)
    )
    return list(
        Fingerprint.objects.filter(match)
        .prefetch_related(Prefetch("appeal", queryset=earlier))
        .order_by("-received_at")[:CANDIDATE_LIMIT]
    )


def _link_same_applicant(appeal, text, print_, candidates, findings: Findings) -> None:
    for candidate in candidates:
        earlier = candidate.appeal
        resemblance = similarity.resemblance_to_stored(print_, candidate.signature)
        recent = appeal.received_at - earlier.received_at <= DUPLICATE_WINDOW
        if earlier.status in OPEN_STATUSES and recent and resemblance >= DUPLICATE_RESEMBLANCE:
            findings.duplicates.append(
                _relate(appeal, earlier, Relation.Kind.DUPLICATE, resemblance)
            )
        elif findings.repeat is None and earlier.answered_at is not None:
            earlier_text = f"{earlier.subject}\n{earlier.text}"
            overlap = similarity.topic_overlap(text, earlier_text)
            if overlap >= REPEAT_OVERLAP:
                findings.repeat = _relate(
                    appeal,
                    earlier,
                    Relation.Kind.REPEAT,
                    overlap,
                    new_spans=similarity.whats_new(earlier_text, appeal.text),
                )
    if findings.repeat is not None:
        if appeal.repeat_of_id is None:
            appeal.repeat_of = findings.repeat.earlier
            Appeal.objects.filter(pk=appeal.pk).update(repeat_of=findings.repeat.earlier)
        appeals.record_event(
            appeal,
            EventKind.LINKED,
            actor=None,
            public=False,
            data={"repeat_of": findings.repeat.earlier.reg_number},
        )


def _relate(appeal, earlier, kind, score, new_spans=()) -> Relation:
    return Relation.objects.create(
        appeal=appeal,
        earlier=earlier,
        kind=kind,
        state=Relation.State.CONFIRMED if kind == Relation.Kind.REPEAT else Relation.State.PROPOSED,
        similarity=round(score, 3),
        new_spans=[[span.start, span.end] for span in new_spans],
        earlier_body=earlier.body.top,
        earlier_executor=earlier.executor,
    )


def _group_campaign(appeal, print_, same_applicant_ids: set[int], findings: Findings) -> None:
    bands = Q()
    for name, key in zip(BAND_FIELDS, print_.bands, strict=True):
        bands |= Q(**{name: key})
    since = appeal.received_at - CAMPAIGN_WINDOW
    candidates = (
        Fingerprint.objects.filter(bands, received_at__gte=since)
        .exclude(appeal_id__in=same_applicant_ids)
        .values_list("appeal_id", "signature", "identity", "email", "phone")
        .order_by("-received_at")[:CANDIDATE_LIMIT]
    )
    alike = []
    for appeal_id, signature, *keys in candidates:
        score = similarity.resemblance_to_stored(print_, signature)
        if score >= CAMPAIGN_RESEMBLANCE:
            alike.append((appeal_id, score, tuple(keys)))
    if not alike:
        return
    members = {
        m.appeal_id: m
        for m in CampaignMember.objects.filter(
            appeal_id__in=[a for a, _s, _k in alike]
        ).select_related("campaign")
    }
    if members:
        campaign = min(members.values(), key=lambda m: (m.joined_at, m.pk)).campaign
        # A letter the campaign's first members did not resemble closely enough may still
        # resemble this one: it joins now instead of being left out for good.
        left_out = [(a, s) for a, s, _k in alike if a not in members]
        CampaignMember.objects.bulk_create(
            CampaignMember(campaign=campaign, appeal_id=appeal_id, similarity=round(score, 3))
            for appeal_id, score in left_out
        )
        earliest = (
            Appeal.objects.filter(pk__in=[a for a, _s in left_out])
            .order_by("received_at", "pk")
            .first()
        )
        if earliest is not None and earliest.received_at < campaign.started_at:
            campaign.first_appeal, campaign.started_at = earliest, earliest.received_at
            campaign.save(update_fields=["first_appeal", "started_at"])
        _add_member(campaign, appeal, max(s for a, s, _k in alike))
    else:
        applicants = {keys if any(keys) else ("appeal", a) for a, _s, keys in alike}
        if len(applicants) + 1 < CAMPAIGN_MIN_APPLICANTS:
            return
        ids = [a for a, _s, _k in alike]
        earliest = Appeal.objects.filter(pk__in=ids).order_by("received_at", "pk").first()
        campaign = Campaign.objects.create(
            subject=earliest.subject[:200],
            first_appeal=earliest,
            started_at=earliest.received_at,
            last_at=appeal.received_at,
        )
        CampaignMember.objects.bulk_create(
            CampaignMember(campaign=campaign, appeal_id=appeal_id, similarity=score)
            for appeal_id, score, _keys in alike
        )
        _add_member(campaign, appeal, 1.0)
    findings.campaign = campaign


def _add_member(campaign: Campaign, appeal: Appeal, score: float) -> None:
    CampaignMember.objects.create(campaign=campaign, appeal=appeal, similarity=round(score, 3))
    campaign.size = campaign.members.count()
    campaign.last_at = max(campaign.last_at, appeal.received_at)
    campaign.save(update_fields=["size", "last_at"])


# What officers do with the findings.


def merge_duplicate(relation: Relation, *, actor: User) -> Appeal:
    """The registrar confirms the later appeal is the earlier one sent again: the later one
    closes as merged and its applicant is told which number carries on."""
    if relation.kind != Relation.Kind.DUPLICATE or relation.state != Relation.State.PROPOSED:
        raise appeals.DomainError(_("This link is not a proposed duplicate."))
    with transaction.atomic():
        duplicate = appeals.lock_for_update(relation.appeal)
        # Never into an appeal the officer may not see (another body's): its number would go
        # to the applicant and this merge into its record.
        if not can(actor, Action.REDIRECT, duplicate) or not can(
            actor, Action.VIEW, relation.earlier
        ):
            raise PermissionDenied
        appeals.transition(
            duplicate,
            Status.MERGED,
            actor=actor,
            reason=str(
                _("Merged with appeal %(number)s, received earlier.")
                % {"number": relation.earlier.reg_number}
            ),
            data={"merged_into": relation.earlier.reg_number},
            closed_at=timezone.now(),
        )
        appeals.record_event(
            relation.earlier,
            EventKind.LINKED,
            actor=actor,
            public=False,
            data={"merged": duplicate.reg_number},
        )
        _decide(relation, Relation.State.CONFIRMED, actor)
        appeals.notify_applicant(duplicate, "merged", earlier=relation.earlier)
    return duplicate


def reject(relation: Relation, *, actor: User) -> Relation:
    """Not a duplicate, or not a repeat: the link is kept as rejected, and a rejected repeat
    no longer counts."""
    if not can(actor, Action.REDIRECT, relation.appeal):
        raise PermissionDenied
    with transaction.atomic():
        if (
            relation.kind == Relation.Kind.REPEAT
            and relation.appeal.repeat_of_id == relation.earlier_id
        ):
            Appeal.objects.filter(pk=relation.appeal_id).update(repeat_of=None)
        _decide(relation, Relation.State.REJECTED, actor)
    return relation


def _decide(relation: Relation, state: str, actor: User) -> None:
    relation.state, relation.decided_by, relation.decided_at = state, actor, timezone.now()
    relation.save(update_fields=["state", "decided_by", "decided_at"])


@dataclass(frozen=True)
class Highlighted:
    text: str
    new: bool


def highlighted(text: str, spans: list[list[int]]) -> list[Highlighted]:
    """The text cut into pieces, each marked new or not, for the template to render."""
    pieces, position = [], 0
    for start, end in sorted(spans):
        if start > position:
            pieces.append(Highlighted(text[position:start], False))
        pieces.append(Highlighted(text[start:end], True))
        position = end
    if position < len(text):
        pieces.append(Highlighted(text[position:], False))
    return pieces


def relations_of(appeal: Appeal) -> dict:
    """Everything the appeal page shows about related appeals."""
    later = list(
        Relation.objects.filter(appeal=appeal)
        .exclude(state=Relation.State.REJECTED)
        .select_related("earlier__body", "earlier_executor", "earlier_body")
    )
    membership = (
        CampaignMember.objects.filter(appeal=appeal)
        .select_related("campaign__first_appeal")
        .first()
    )
    return {
        "repeat": next((r for r in later if r.kind == Relation.Kind.REPEAT), None),
        "duplicates": [r for r in later if r.kind == Relation.Kind.DUPLICATE],
        "campaign": membership.campaign if membership else None,
        "merged_here": list(
            Relation.objects.filter(
                earlier=appeal, kind=Relation.Kind.DUPLICATE, state=Relation.State.CONFIRMED
            ).select_related("appeal")
        ),
    }
