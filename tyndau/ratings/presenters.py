"""The rating block of the applicant's pages."""

from django.utils.translation import gettext_lazy as _

from tyndau.answers.models import Answer
from tyndau.ratings import services
from tyndau.ratings.models import Reason

STAR_LABELS = [
    ("1", _("1 of 5: very bad")),
    ("2", _("2 of 5: bad")),
    ("3", _("3 of 5: so-so")),
    ("4", _("4 of 5: good")),
    ("5", _("5 of 5: very good")),
]


def typed(post) -> dict:
    """What the applicant typed into the rating form, to give back if it was refused."""
    return {
        "score": post.get("score") or "",
        "reasons": post.getlist("reasons"),
        "comment": post.get("comment", ""),
    }


def rating_context(answer: Answer, kept: dict | None = None) -> dict:
    """What the rating block needs: the rating if any, the form, the follow-up buttons."""
    rating = services.rating_of(answer)
    kept = kept or {
        "score": rating.score if rating else "",
        "reasons": rating.reasons if rating else [],
        "comment": rating.comment if rating else "",
    }
    return {
        "rating": rating,
        "reasons": Reason.choices,
        "star_labels": STAR_LABELS,
        "chosen_score": str(kept["score"]),
        "chosen_reasons": kept["reasons"],
        "typed_comment": kept["comment"],
        "follow_ups": services.follow_up_options(rating) if rating else [],
        "can_change": bool(rating) and services.can_change(rating),
    }
