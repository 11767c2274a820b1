"""The applicant rates the answer: by a signed link (or its QR code on the letter), once; from
their tracking page they may change it for a while. A low rating opens, in one click, a
review by the same body or a complaint to the higher body (АППК art. 91)."""

import datetime as dt

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from tyndau.answers.models import Answer
from tyndau.answers.services import higher_body
from tyndau.appeals.models import EventKind, Kind
from tyndau.appeals.services import (
    AppealDraft,
    Applicant,
    DomainError,
    FiledAppeal,
    file_appeal,
    record_event,
)
from tyndau.ratings.models import Rating, Reason

FOLLOW_UPS = ("review", "higher")


class AlreadyRated(DomainError):
    pass


# --- rating -------------------------------------------------------------------------------------


def _clean(score, reasons: list[str], comment: str) -> tuple[int, list[str], str]:
    try:
        score = int(score)
    except (TypeError, ValueError):
        score = 0
    if not 1 <= score <= 5:
        raise DomainError(_("Choose from 1 to 5 stars."))
    unknown = [r for r in reasons if r not in Reason.values]
    if unknown:
        raise DomainError(_("Choose the reasons from the list."))
    comment = comment.strip()
    if len(comment) > 2000:
        raise DomainError(_("The comment is too long: at most 2,000 characters."))
    ordered = [r for r in Reason.values if r in reasons]
    return score, ordered, comment


def rating_of(answer: Answer) -> Rating | None:
    return Rating.objects.filter(appeal_id=answer.appeal_id).first()


def rate(answer: Answer, *, score, reasons: list[str], comment: str = "") -> Rating:
    """The first rating of an answer, through its signed link. A second one is refused."""
    score, reasons, comment = _clean(score, reasons, comment)
    try:
        with transaction.atomic():
            if Rating.objects.filter(appeal_id=answer.appeal_id).exists():
                raise AlreadyRated(_("This answer has already been rated."))
            rating = Rating.objects.create(
                appeal_id=answer.appeal_id,
                answer=answer,
                score=score,
                reasons=reasons,
                comment=comment,
                created_at=timezone.now(),
            )
            _record_rating(rating, changed=False)
    except IntegrityError as error:  # two submissions at once: the second loses
        raise AlreadyRated(_("This answer has already been rated.")) from error
    return rating


def can_change(rating: Rating, now: dt.datetime | None = None) -> bool:
    now = now or timezone.now()
    return now - rating.created_at <= dt.timedelta(days=settings.RATING_CHANGE_DAYS)


def change_rating(rating: Rating, *, score, reasons: list[str], comment: str = "") -> Rating:
    """The applicant changes their rating from the tracking page, within the allowed days."""
    score, reasons, comment = _clean(score, reasons, comment)
    with transaction.atomic():
        rating = Rating.objects.select_for_update().get(pk=rating.pk)
        if not can_change(rating):
            raise DomainError(
                _("A rating can be changed only within %(days)d days.")
                % {"days": settings.RATING_CHANGE_DAYS}
            )
        rating.score, rating.reasons, rating.comment = score, reasons, comment
        rating.changed_at = timezone.now()
        rating.save(update_fields=["score", "reasons", "comment", "changed_at"])
        _record_rating(rating, changed=True)
    return rating


def rate_or_change(answer: Answer, *, score, reasons: list[str], comment: str = "") -> Rating:
    """From the tracking page, the applicant's own: the first rating, or a change to it."""
    rating = rating_of(answer)
    if rating is None:
        return rate(answer, score=score, reasons=reasons, comment=comment)
    return change_rating(rating, score=score, reasons=reasons, comment=comment)


def _record_rating(rating: Rating, *, changed: bool) -> None:
    record_event(
        rating.appeal,
        EventKind.RATED,
        actor=None,
        reason=rating.comment,
        data={"score": rating.score, "reasons": rating.reasons, "changed": changed},
    )


# --- review or complaint after a low rating -----------------------------------------------------

FOLLOW_UP_SUBJECT = {
    "review": {
        "ru": "Прошу пересмотреть ответ на обращение № {number}",
        "kk": "№ {number} өтінішке берілген жауапты қайта қарауды сұраймын",
        "en": "Please review the answer to appeal No. {number}",
    },
    "higher": {
        "ru": "Жалоба на ответ по обращению № {number} (статья 91 АППК)",
        "kk": "№ {number} өтінішке берілген жауапқа шағым (ӘРПК 91-бабы)",
        "en": "Complaint against the answer to appeal No. {number} (APPC article 91)",
    },
}
FOLLOW_UP_TEXT = {
    "ru": "Я не удовлетворён(а) ответом {body} от {date} на моё обращение № {number} "
    "«{subject}» и оценил(а) его на {score} из 5.\nПричины: {reasons}.\n{comment}",
    "kk": "{body} {date} берген № {number} «{subject}» өтінішіме жауабына көңілім толмады, "
    "оны 5-тен {score} деп бағаладым.\nСебептері: {reasons}.\n{comment}",
    "en": "I am not satisfied with the answer of {body} of {date} to my appeal No. {number} "
    "“{subject}” and rated it {score} of 5.\nReasons: {reasons}.\n{comment}",
}


def follow_up_options(rating: Rating) -> list[str]:
    """What a dissatisfied applicant may open in one click: a review, a complaint upward."""
    if not rating.dissatisfied or rating.follow_up_id:
        return []
    return ["review", "higher"] if higher_body(rating.appeal) else ["review"]


def open_follow_up(rating: Rating, kind: str) -> FiledAppeal:
    """Open the linked appeal: to the same body for review, or to the higher body."""
    with transaction.atomic():
        rating = Rating.objects.select_for_update().select_related("appeal").get(pk=rating.pk)
        if kind not in follow_up_options(rating):
            raise DomainError(
                _("A review or a complaint has already been opened, or is not possible.")
            )
        original = rating.appeal
        language = original.language
        with translation.override(language):
            reasons = ", ".join(str(Reason(r).label) for r in rating.reasons) or "—"
            body = original.body.top if kind == "review" else higher_body(original)
            values = {
                "number": original.reg_number,
                "subject": original.subject,
                "body": original.body.top.name_in(language),
                "date": timezone.localtime(original.answered_at or timezone.now()).strftime(
                    "%d.%m.%Y"
                ),
                "score": rating.score,
                "reasons": reasons,
                "comment": rating.comment,
            }
        draft = AppealDraft(
            kind=Kind.COMPLAINT,
            language=language,
            subject=FOLLOW_UP_SUBJECT[kind][language].format(**values)[:200],
            text=FOLLOW_UP_TEXT[language].format(**values).strip(),
            territory=original.territory,
            sphere=original.sphere,
            body=body,
            applicant=Applicant(
                type=original.applicant_type,
                name=original.applicant_name,
                iin_bin=original.iin_bin,
                email=original.email,
                phone=original.phone,
                address=original.address,
            ),
        )
        filed = file_appeal(draft, repeat_of=original)
        rating.follow_up = filed.appeal
        rating.save(update_fields=["follow_up"])
    return filed
