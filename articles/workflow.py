"""Editorial states and the transition table.

"Scheduled" is not stored: a scheduled article is a published one whose
``published_at`` lies in the future, so it goes live at query time with no
cron or worker, and unpublishing it is the same transition either way.

The table below is the single description of who may move an article from
where to where; ``services.article_transition`` enforces it and the admin
reads it to draw its buttons and bulk actions.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("draft")
    REVIEW = "review", _("in review")
    RETURNED = "returned", _("returned")
    PUBLISHED = "published", _("published")
    UNPUBLISHED = "unpublished", _("unpublished")


class State(models.TextChoices):
    """What a person sees: the stored status, plus "scheduled" derived from the time."""

    DRAFT = Status.DRAFT.value, Status.DRAFT.label
    REVIEW = Status.REVIEW.value, Status.REVIEW.label
    RETURNED = Status.RETURNED.value, Status.RETURNED.label
    SCHEDULED = "scheduled", _("scheduled")
    PUBLISHED = Status.PUBLISHED.value, Status.PUBLISHED.label
    UNPUBLISHED = Status.UNPUBLISHED.value, Status.UNPUBLISHED.label


# States in which a contributor may still edit their own piece.
AUTHOR_EDITABLE = frozenset({Status.DRAFT, Status.RETURNED})


class Perm:
    """Custom permissions on Article (declared in ``Article.Meta``)."""

    SUBMIT = "articles.submit_article"
    REVIEW = "articles.review_article"
    PUBLISH = "articles.publish_article"
    CORRECT = "articles.correct_article"
    PREVIEW_LINK = "articles.share_preview_article"
    MERGE_TAGS = "articles.merge_tags"


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset
    target: str
    permission: str
    label: str
    needs_note: bool = False
    needs_date: bool = False
    # Only the article's own contributor or a reviewer may submit it.
    owner_may: bool = False


_ANY_BUT_PUBLISHED = frozenset({Status.DRAFT, Status.REVIEW, Status.RETURNED, Status.UNPUBLISHED})

TRANSITIONS = {
    t.name: t
    for t in (
        Transition(
            "submit",
            frozenset({Status.DRAFT, Status.RETURNED}),
            Status.REVIEW,
            Perm.SUBMIT,
            _("Submit for review"),
            owner_may=True,
        ),
        Transition(
            "return",
            frozenset({Status.REVIEW}),
            Status.RETURNED,
            Perm.REVIEW,
            _("Return to the author"),
            needs_note=True,
        ),
        Transition(
            "publish",
            _ANY_BUT_PUBLISHED | {Status.PUBLISHED},
            Status.PUBLISHED,
            Perm.PUBLISH,
            _("Approve and publish now"),
        ),
        Transition(
            "schedule",
            _ANY_BUT_PUBLISHED | {Status.PUBLISHED},
            Status.PUBLISHED,
            Perm.PUBLISH,
            _("Schedule"),
            needs_date=True,
        ),
        Transition(
            "unpublish",
            frozenset({Status.PUBLISHED}),
            Status.UNPUBLISHED,
            Perm.PUBLISH,
            _("Unpublish"),
        ),
        Transition(
            "reopen",
            frozenset({Status.UNPUBLISHED, Status.REVIEW}),
            Status.DRAFT,
            Perm.REVIEW,
            _("Back to draft"),
        ),
        Transition(
            "correct",
            frozenset({Status.PUBLISHED}),
            Status.PUBLISHED,
            Perm.CORRECT,
            _("Add a public correction"),
            needs_note=True,
        ),
    )
}


def transition_label(name: str) -> str:
    return TRANSITIONS[name].label if name in TRANSITIONS else name
