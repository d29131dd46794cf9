"""Editorial states and the transition table: the only description of the workflow.

"Scheduled" is not stored: a scheduled article is a published one whose
``published_at`` lies in the future, so it goes live at query time with no
cron or worker. People see it as a state of its own (``State.SCHEDULED``),
and the table speaks in those states.

Each row says, as data, who may run it, from and to which states, what it
does to ``published_at``, whether it needs a note, whether it records a
public correction (its own text, apart from the private note), whether it
is asked again before running, whether it is offered as a bulk action and
whether it is the main button. ``services.article_transition`` applies any row the same
way, and the admin draws its buttons and bulk actions from the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    """What is stored."""

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
AUTHOR_EDITABLE = frozenset({State.DRAFT, State.RETURNED})


class Perm:
    """Custom permissions on Article (declared in ``Article.Meta``)."""

    SUBMIT = "articles.submit_article"
    REVIEW = "articles.review_article"
    PUBLISH = "articles.publish_article"
    CORRECT = "articles.correct_article"
    PREVIEW_LINK = "articles.share_preview_article"
    MERGE_TAGS = "articles.merge_tags"


class PublishAt(StrEnum):
    """What a transition does to ``published_at``."""

    UNCHANGED = "unchanged"
    NOW = "now"
    GIVEN = "given"  # the future time the editor chose
    CLEARED = "cleared"


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset[State]
    target: Status
    permission: str
    label: str | Promise
    publish_at: PublishAt = PublishAt.UNCHANGED
    needs_note: bool = False
    records_correction: bool = False
    # The piece's own contributor may run it; others need the review permission.
    owner_only: bool = False
    # Only the piece's own people run it, never the desk on their behalf.
    author_only: bool = False
    # Only while nobody outside the piece's people has saved it (the desk has
    # not started on it yet).
    untouched_by_desk: bool = False
    # Asked again before it runs, naming the article (and, when it goes live,
    # with its pre-publish checks).
    confirm: bool = False
    bulk: bool = False
    primary: bool = False

    @property
    def needs_date(self) -> bool:
        return self.publish_at == PublishAt.GIVEN

    @property
    def goes_live(self) -> bool:
        """It makes the piece public now or at a set time: pre-publish checks apply."""
        return self.publish_at in (PublishAt.NOW, PublishAt.GIVEN)


_NOT_YET_LIVE = frozenset({State.DRAFT, State.REVIEW, State.RETURNED, State.UNPUBLISHED})

TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        Transition(
            "submit",
            frozenset({State.DRAFT, State.RETURNED}),
            Status.REVIEW,
            Perm.SUBMIT,
            _("Submit for review"),
            owner_only=True,
            bulk=True,
            primary=True,
        ),
        Transition(
            "withdraw",
            frozenset({State.REVIEW}),
            Status.DRAFT,
            Perm.SUBMIT,
            _("Withdraw from review"),
            author_only=True,
            untouched_by_desk=True,
        ),
        Transition(
            "return",
            frozenset({State.REVIEW}),
            Status.RETURNED,
            Perm.REVIEW,
            _("Return to the author"),
            needs_note=True,
        ),
        Transition(
            "publish",
            _NOT_YET_LIVE | {State.SCHEDULED},
            Status.PUBLISHED,
            Perm.PUBLISH,
            _("Approve and publish now"),
            publish_at=PublishAt.NOW,
            confirm=True,
            bulk=True,
            primary=True,
        ),
        Transition(
            "schedule",
            _NOT_YET_LIVE,
            Status.PUBLISHED,
            Perm.PUBLISH,
            _("Schedule"),
            publish_at=PublishAt.GIVEN,
            confirm=True,
        ),
        Transition(
            "reschedule",
            frozenset({State.SCHEDULED}),
            Status.PUBLISHED,
            Perm.PUBLISH,
            _("Reschedule"),
            publish_at=PublishAt.GIVEN,
        ),
        Transition(
            "unschedule",
            frozenset({State.SCHEDULED}),
            Status.REVIEW,
            Perm.PUBLISH,
            _("Cancel the scheduling"),
            publish_at=PublishAt.CLEARED,
        ),
        Transition(
            "unpublish",
            frozenset({State.PUBLISHED}),
            Status.UNPUBLISHED,
            Perm.PUBLISH,
            _("Unpublish"),
            confirm=True,
            bulk=True,
        ),
        Transition(
            "reopen",
            frozenset({State.UNPUBLISHED, State.REVIEW}),
            Status.DRAFT,
            Perm.REVIEW,
            _("Back to draft"),
            bulk=True,
        ),
        Transition(
            "correct",
            frozenset({State.PUBLISHED}),
            Status.PUBLISHED,
            Perm.CORRECT,
            _("Add a public correction"),
            records_correction=True,
        ),
    )
}

BULK_TRANSITIONS = tuple(t for t in TRANSITIONS.values() if t.bulk)


# Steps logged without being a row of the table.
LOGGED_ONLY = {"import": _("Imported from WordPress")}


def transition_label(name: str) -> str:
    """The label of a logged step (old logs may name transitions since renamed)."""
    return TRANSITIONS[name].label if name in TRANSITIONS else LOGGED_ONLY.get(name, name)
