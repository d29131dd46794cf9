"""Named operations on articles. The admin, the seed command and tests call
these rather than ``save()`` so the rules live in one place."""

from __future__ import annotations

from datetime import UTC, datetime

import reversion
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from newsroom import images

from .models import Article, ArticleRedirect, ArticleTransition
from .sanitize import clean_html
from .search import refresh_search_vector
from .workflow import AUTHOR_EDITABLE, TRANSITIONS, Perm, Transition

# Fields whose change is a "real edit" that moves updated_at for readers.
CONTENT_FIELDS = ("title", "kicker", "standfirst", "body", "lead_image", "lead_image_caption")
# What "restore this revision" brings back (files are not versioned).
RESTORABLE_FIELDS = (
    "title",
    "kicker",
    "standfirst",
    "body",
    "lead_image_alt",
    "lead_image_caption",
    "lead_image_credit",
)


class WorkflowError(ValidationError):
    """A refused editorial operation, with a message fit for the editor."""


class NotAllowed(WorkflowError, PermissionDenied):
    """The actor's role does not allow this operation."""


class EditConflict(WorkflowError):
    """Someone else saved the article after this editor opened it."""


def user_label(user) -> str:
    if user is None:
        return _("someone")
    return user.get_full_name() or user.get_username()


def is_owner(user, article: Article) -> bool:
    if not article.pk or user is None:
        return False
    return article.created_by_id == user.pk or article.credits.filter(author__user=user).exists()


def can_edit(user, article: Article) -> bool:
    """Desk editors edit anything; contributors their own drafts and returned pieces."""
    if not user.is_active:
        return False
    if not article.pk:
        return user.has_perm("articles.add_article")
    if user.has_perm(Perm.REVIEW) and user.has_perm("articles.change_article"):
        return True
    return (
        user.has_perm("articles.change_article")
        and article.status in AUTHOR_EDITABLE
        and is_owner(user, article)
    )


def _stored(article: Article) -> Article | None:
    if not article.pk:
        return None
    return Article.objects.select_for_update().filter(pk=article.pk).first()


def _conflict_message(stored: Article) -> str:
    return _(
        "%(user)s saved this article at %(time)s while you were editing it, so your "
        "changes were not saved. Your text is still in the form below: compare it with "
        "the current version (open the article in a new tab) and save again to replace it."
    ) % {
        "user": user_label(stored.updated_by),
        "time": date_format(timezone.localtime(stored.updated_at), "j F Y, H:i"),
    }


@transaction.atomic
def article_save(
    *,
    article: Article,
    by=None,
    expected_version: int | None = None,
    comment: str = "",
) -> Article:
    """Validate and save ``article`` as a new revision.

    ``expected_version`` is the version the editor's form was opened on: if
    someone saved in between, the save is refused with ``EditConflict``.
    A new lead image is cleaned and rendered; the replaced one and its
    renditions are removed once the transaction commits (no orphan files).
    """
    before = _stored(article)
    if before is not None and expected_version is not None and before.version != expected_version:
        raise EditConflict(_conflict_message(before))
    article.body = clean_html(article.body)  # so an unchanged body compares equal
    old_name = before.lead_image.name if before else ""
    old_renditions = before.lead_image_renditions if before else {}
    if before is None or any(
        str(getattr(before, f)) != str(getattr(article, f)) for f in CONTENT_FIELDS
    ):
        article.updated_at = timezone.now()
    if before is None and by is not None and article.created_by_id is None:
        article.created_by = by
    if by is not None:
        article.updated_by = by
    article.version = (before.version + 1) if before else 1

    images.accept_upload(article.lead_image)
    article.full_clean(exclude=["lead_image"])
    if not article.lead_image:
        article.lead_image_renditions = {}
    elif article.lead_image.name != old_name or not article.lead_image_renditions:
        article.lead_image_renditions = images.build_renditions(
            article.lead_image.name, only=images.ARTICLE_RENDITIONS
        )
    with reversion.create_revision():
        article.save()
        if by is not None:
            reversion.set_user(by)
        reversion.set_comment(comment or (_("Created") if before is None else _("Edited")))
    if before is not None and before.slug != article.slug:
        _keep_old_url(before, article)
    refresh_search_vector(article.pk)
    images.discard_on_commit(old_name, old_renditions, keep=article.lead_image.name)
    return article


def _keep_old_url(before: Article, article: Article) -> None:
    ArticleRedirect.objects.filter(old_slug=article.slug).delete()
    if before.published_at is not None:  # readers may have the old link
        ArticleRedirect.objects.update_or_create(
            old_slug=before.slug, defaults={"article": article}
        )


@transaction.atomic
def article_delete(*, article: Article) -> None:
    name, renditions = article.lead_image.name, article.lead_image_renditions
    article.delete()
    images.discard_on_commit(name, renditions)


# --- Workflow ---------------------------------------------------------------


def check_transition(
    transition: Transition, *, article: Article, by, note: str = "", when=None
) -> None:
    """Raise ``WorkflowError`` unless ``by`` may apply ``transition`` now."""
    label = transition.label
    if by is None or not by.is_active or not by.has_perm(transition.permission):
        raise NotAllowed(_("Your role does not allow this: “%(action)s”.") % {"action": label})
    if transition.owner_may and not by.has_perm(Perm.REVIEW) and not is_owner(by, article):
        raise NotAllowed(_("You can only submit your own articles for review."))
    if article.status not in transition.sources:
        raise WorkflowError(
            _("“%(action)s” is not possible: the article is “%(state)s”.")
            % {"action": label, "state": article.state_label}
        )
    if transition.name in ("publish", "schedule") and article.is_public:
        raise WorkflowError(_("This article is already published."))
    if transition.needs_note and not (note or "").strip():
        raise WorkflowError(_("Write a note to go with “%(action)s”.") % {"action": label})
    if transition.needs_date and (when is None or when <= timezone.now()):
        raise WorkflowError(_("Choose a publication date and time in the future."))


@transaction.atomic
def article_transition(
    *, article: Article, name: str, by, note: str = "", when: datetime | None = None
) -> Article:
    """Apply the named transition from ``workflow.TRANSITIONS`` and log it."""
    if name not in TRANSITIONS:
        raise WorkflowError(_("Unknown action."))
    transition = TRANSITIONS[name]
    current = Article.objects.select_for_update().get(pk=article.pk)
    check_transition(transition, article=current, by=by, note=note, when=when)
    from_status = current.status
    now = timezone.now()
    current.status = transition.target
    if name == "publish" and (current.published_at is None or current.published_at > now):
        current.published_at = now
    elif name == "schedule":
        current.published_at = when
    elif name == "correct":
        current.correction_note = note.strip()
        current.corrected_at = now
    article_save(article=current, by=by, comment=str(transition.label))
    ArticleTransition.objects.create(
        article=current,
        name=name,
        from_status=from_status,
        to_status=current.status,
        by=by,
        at=now,
        note=(note or "").strip(),
    )
    for field in ("status", "published_at", "correction_note", "corrected_at", "version"):
        setattr(article, field, getattr(current, field))
    article.updated_by = by
    return article


def article_submit(*, article: Article, by) -> Article:
    return article_transition(article=article, name="submit", by=by)


def article_return(*, article: Article, by, note: str) -> Article:
    return article_transition(article=article, name="return", by=by, note=note)


def article_publish(*, article: Article, by) -> Article:
    return article_transition(article=article, name="publish", by=by)


def article_schedule(*, article: Article, by, when: datetime) -> Article:
    return article_transition(article=article, name="schedule", by=by, when=when)


def article_unpublish(*, article: Article, by, note: str = "") -> Article:
    return article_transition(article=article, name="unpublish", by=by, note=note)


def article_reopen(*, article: Article, by) -> Article:
    return article_transition(article=article, name="reopen", by=by)


def article_mark_correction(*, article: Article, by, note: str) -> Article:
    return article_transition(article=article, name="correct", by=by, note=note)


def available_transitions(*, article: Article, by) -> list[Transition]:
    """The transitions ``by`` could apply now (notes and dates aside)."""
    result = []
    for transition in TRANSITIONS.values():
        try:
            check_transition(transition, article=article, by=by, note="-", when=_FAR_FUTURE)
        except WorkflowError:
            continue
        result.append(transition)
    return result


_FAR_FUTURE = datetime(9999, 1, 1, tzinfo=UTC)


# --- Revisions --------------------------------------------------------------


@transaction.atomic
def article_restore(*, article: Article, version, by) -> Article:
    """Bring back an old revision's text as a new revision (history is kept)."""
    if not can_edit(by, article):
        raise NotAllowed(_("Your role does not allow editing this article."))
    data = version.field_dict
    for field in RESTORABLE_FIELDS:
        if field in data:
            setattr(article, field, data[field])
    when = date_format(timezone.localtime(version.revision.date_created), "j F Y, H:i")
    return article_save(
        article=article, by=by, comment=_("Restored the revision of %(when)s") % {"when": when}
    )
