"""Named operations on articles. The admin, the demo seed and tests call
these rather than ``save()`` so the rules live in one place."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import reversion
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from authors.models import Author

from . import library
from .models import Article, ArticleAuthor, ArticleRedirect, ArticleTransition, Tag, TaggedArticle
from .sanitize import clean_html
from .search import refresh_search_vector
from .workflow import AUTHOR_EDITABLE, TRANSITIONS, Perm, PublishAt, Transition

if TYPE_CHECKING:
    from django.contrib.auth.models import User
    from reversion.models import Version

# Fields whose change is a "real edit" that moves updated_at for readers.
CONTENT_FIELDS = ("title", "kicker", "standfirst", "body", "lead_picture_id", "gallery_id")
# What "restore this revision" brings back (library media only while it still exists).
RESTORABLE_FIELDS = ("title", "kicker", "standfirst", "body", "lead_picture_id", "gallery_id")


class ArticleError(ValidationError):
    """A refused operation on an article, with a message fit for the editor."""


class NotAllowed(ArticleError, PermissionDenied):
    """The actor's role does not allow this operation."""


class EditConflict(ArticleError):
    """Someone else saved the article after this editor opened it."""


def user_label(user: User | None) -> str:
    if user is None:
        return _("someone")
    return user.get_full_name() or user.get_username()


def is_owner(user: User | None, article: Article) -> bool:
    if not article.pk or user is None:
        return False
    return article.created_by_id == user.pk or article.credits.filter(author__user=user).exists()


def can_edit(user: User, article: Article) -> bool:
    """Desk editors edit anything; contributors their own drafts and returned pieces."""
    if not user.is_active:
        return False
    if not article.pk:
        return user.has_perm("articles.add_article")
    if user.has_perm(Perm.REVIEW) and user.has_perm("articles.change_article"):
        return True
    return (
        user.has_perm("articles.change_article")
        and article.state in AUTHOR_EDITABLE
        and is_owner(user, article)
    )


def conflict_message(stored: Article) -> str:
    return _(
        "%(user)s saved this article at %(time)s while you were editing it, so your "
        "changes were not saved. Your text is still in the form below: compare it with "
        "the current version (open the article in a new tab) and save again to replace it."
    ) % {
        "user": user_label(stored.updated_by),
        "time": date_format(timezone.localtime(stored.updated_at), "DATETIME_FORMAT"),
    }


@transaction.atomic
def article_save(
    *,
    article: Article,
    by: User | None = None,
    expected_version: int | None = None,
    tags: Iterable[str] | None = None,
    byline: Sequence[Author] | None = None,
    comment: str = "",
) -> Article:
    """Validate and save ``article`` as a new revision, with its tags and byline when given.

    ``expected_version`` is the version the editor's form was opened on: if
    someone saved in between, the save is refused with ``EditConflict``.
    The library pictures and galleries the article shows are recorded (where
    used; protected from deletion) and the lead image's slots rendered once.
    """
    before = (
        Article.objects.select_for_update().filter(pk=article.pk).first() if article.pk else None
    )
    if before is not None and expected_version is not None and before.version != expected_version:
        raise EditConflict(conflict_message(before))
    article.body = clean_html(article.body)  # so an unchanged body compares equal
    if before is None or any(
        str(getattr(before, f)) != str(getattr(article, f)) for f in CONTENT_FIELDS
    ):
        article.updated_at = timezone.now()
    if before is None and by is not None and article.created_by_id is None:
        article.created_by = by
    if by is not None:
        article.updated_by = by
    article.version = (before.version + 1) if before else 1

    article.full_clean()
    with reversion.create_revision():
        article.save()
        library.record_media(article)
        if tags is not None:
            _set_tags(article, list(tags), new=before is None)
        if byline is not None:
            _set_byline(article, byline)
        if by is not None:
            reversion.set_user(by)
        reversion.set_comment(comment or (_("Created") if before is None else _("Edited")))
    if before is not None and before.slug != article.slug:
        _keep_old_url(before, article)
    refresh_search_vector(article.pk)
    return article


def _set_tags(article: Article, tags: list, *, new: bool) -> None:
    """taggit's ``set`` spends four queries a tag comparing with the tags already
    there; a new article has none, so its Tag rows (an import passes them) are
    linked in one insert."""
    if new and all(isinstance(tag, Tag) for tag in tags):
        unique = {tag.pk: tag for tag in tags}.values()
        TaggedArticle.objects.bulk_create(
            TaggedArticle(content_object=article, tag=t) for t in unique
        )
    else:
        article.tags.set(tags)


def _set_byline(article: Article, authors: Sequence[Author]) -> None:
    """The byline in this order. Rewritten whole, so swapping two names never
    meets the one-credit-per-author constraint halfway."""
    if list(article.credits.values_list("author_id", flat=True)) == [a.pk for a in authors]:
        return
    article.credits.all().delete()
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article=article, author=author, position=position)
        for position, author in enumerate(authors)
    )


def _keep_old_url(before: Article, article: Article) -> None:
    ArticleRedirect.objects.filter(old_slug=article.slug).delete()
    if before.published_at is not None:  # readers may have the old link
        ArticleRedirect.objects.update_or_create(
            old_slug=before.slug, defaults={"article": article}
        )


@transaction.atomic
def article_delete(*, article: Article) -> None:
    # Its pictures stay in the library (no longer used by it).
    article.delete()


# --- Workflow ---------------------------------------------------------------


def check_transition(
    transition: Transition,
    *,
    article: Article,
    by: User | None,
    note: str = "",
    when: datetime | None = None,
) -> None:
    """Raise ``ArticleError`` unless ``by`` may apply ``transition`` now."""
    label = transition.label
    if by is None or not by.is_active or not by.has_perm(transition.permission):
        raise NotAllowed(_("Your role does not allow this: “%(action)s”.") % {"action": label})
    if transition.owner_only and not by.has_perm(Perm.REVIEW) and not is_owner(by, article):
        raise NotAllowed(_("You can only submit your own articles for review."))
    if article.state not in transition.sources:
        raise ArticleError(
            _("“%(action)s” is not possible: the article is “%(state)s”.")
            % {"action": label, "state": article.state_label}
        )
    if transition.needs_note and not (note or "").strip():
        raise ArticleError(_("Write a note to go with “%(action)s”.") % {"action": label})
    if transition.needs_date and (when is None or when <= timezone.now()):
        raise ArticleError(_("Choose a publication date and time in the future."))


def _published_at(transition: Transition, current: datetime | None, when, now: datetime):
    match transition.publish_at:
        case PublishAt.NOW:
            return now
        case PublishAt.GIVEN:
            return when
        case PublishAt.CLEARED:
            return None
    return current


@transaction.atomic
def article_transition(
    *,
    article: Article,
    name: str,
    by: User | None,
    note: str = "",
    when: datetime | None = None,
) -> Article:
    """Apply the named row of ``workflow.TRANSITIONS`` and log it."""
    if name not in TRANSITIONS:
        raise ArticleError(_("Unknown action."))
    transition = TRANSITIONS[name]
    current = Article.objects.select_for_update().get(pk=article.pk)
    check_transition(transition, article=current, by=by, note=note, when=when)
    from_status, now, note = current.status, timezone.now(), (note or "").strip()
    current.status = transition.target
    current.published_at = _published_at(transition, current.published_at, when, now)
    if transition.records_correction:
        current.correction_note = note
        current.corrected_at = now
    article_save(article=current, by=by, comment=str(transition.label))
    ArticleTransition.objects.create(
        article=current,
        name=name,
        from_status=from_status,
        to_status=current.status,
        by=by,
        at=now,
        note=note,
    )
    for field in ("status", "published_at", "correction_note", "corrected_at", "version"):
        setattr(article, field, getattr(current, field))
    article.updated_by = by
    return article


def available_transitions(*, article: Article, by: User) -> list[Transition]:
    """The transitions ``by`` could apply now (notes and dates aside)."""
    result = []
    for transition in TRANSITIONS.values():
        try:
            check_transition(transition, article=article, by=by, note="-", when=_FAR_FUTURE)
        except ArticleError:
            continue
        result.append(transition)
    return result


_FAR_FUTURE = datetime(9999, 1, 1, tzinfo=UTC)


# --- Revisions --------------------------------------------------------------


@transaction.atomic
def article_restore(*, article: Article, version: Version, by: User) -> Article:
    """Bring back an old revision's text as a new revision (history is kept)."""
    if not can_edit(by, article):
        raise NotAllowed(_("Your role does not allow editing this article."))
    data = version.field_dict
    for field in RESTORABLE_FIELDS:
        if field in data and _still_exists(field, data[field]):
            setattr(article, field, data[field])
    when = date_format(timezone.localtime(version.revision.date_created), "DATETIME_FORMAT")
    return article_save(
        article=article, by=by, comment=_("Restored the revision of %(when)s") % {"when": when}
    )


def _still_exists(field: str, value) -> bool:
    """An old revision's lead picture or gallery may have left the library since."""
    if not field.endswith("_id") or value is None:
        return True
    related = Article._meta.get_field(field.removesuffix("_id")).related_model
    return related.objects.filter(pk=value).exists()


# --- Bylines ----------------------------------------------------------------


@transaction.atomic
def bylines_move(*, source: Author, target: Author) -> int:
    """Move every byline credit of ``source`` to ``target``; returns how many moved.

    An article already signed by ``target`` simply loses the duplicate credit.
    """
    if source.pk == target.pk:
        raise ArticleError(_("Choose a different author to take over the articles."))
    if not target.is_active:
        raise ArticleError(_("Choose an active author to take over the articles."))
    credits = ArticleAuthor.objects.filter(author=source)
    already = ArticleAuthor.objects.filter(author=target).values("article_id")
    credits.filter(article_id__in=already).delete()
    return credits.update(author=target)
