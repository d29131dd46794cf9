"""Named operations on articles. The admin, the demo seed and tests call
these rather than ``save()`` so the rules live in one place."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import reversion
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from authors.models import Author

from . import checks, library
from .errors import ArticleError, EditConflict, NotAllowed
from .models import (
    Article,
    ArticleAuthor,
    ArticleRedirect,
    ArticleTransition,
    Correction,
    ReadAlso,
    Tag,
    TaggedArticle,
)
from .sanitize import clean_html
from .search import refresh_search_vector
from .signals import article_transitioned
from .workflow import AUTHOR_EDITABLE, TRANSITIONS, Perm, PublishAt, Transition

if TYPE_CHECKING:
    from django.contrib.auth.models import User

# Fields whose change is a "real edit" that moves updated_at for readers.
CONTENT_FIELDS = ("title", "kicker", "standfirst", "body", "lead_picture_id", "gallery_id")


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
        "changes were not saved. Your text is still in the form below; what they changed "
        "is shown above it: copy what you need, or overwrite their changes explicitly."
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
    read_also: Sequence[Article] | None = None,
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
    article.save()
    library.record_media(article)
    if tags is not None:
        _set_tags(article, list(tags), new=before is None)
    if byline is not None:
        _set_byline(article, byline)
    if read_also is not None:
        _set_read_also(article, read_also)
    # The revision is taken once everything is saved, so it holds the byline
    # and tags as they are now (reversion follows them from the article).
    with reversion.create_revision():
        reversion.add_to_revision(article)
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


def _set_read_also(article: Article, picks: Sequence[Article]) -> None:
    """The desk's "Leggi anche" in this order (itself and repeats left out)."""
    wanted = list({a.pk: a for a in picks if a.pk != article.pk}.values())
    if list(article.read_also.values_list("target_id", flat=True)) == [a.pk for a in wanted]:
        return
    article.read_also.all().delete()
    ReadAlso.objects.bulk_create(
        ReadAlso(article=article, target=target, position=position)
        for position, target in enumerate(wanted)
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
    correction: str = "",
) -> None:
    """Raise ``ArticleError`` unless ``by`` may apply ``transition`` now."""
    label = transition.label
    if by is None or not by.is_active or not by.has_perm(transition.permission):
        raise NotAllowed(_("Your role does not allow this: “%(action)s”.") % {"action": label})
    if transition.owner_only and not by.has_perm(Perm.REVIEW) and not is_owner(by, article):
        raise NotAllowed(_("You can only submit your own articles for review."))
    if transition.author_only and not is_owner(by, article):
        raise NotAllowed(
            _("Only the article's authors can do this: “%(action)s”.") % {"action": label}
        )
    if article.state not in transition.sources:
        raise ArticleError(
            _("“%(action)s” is not possible: the article is “%(state)s”.")
            % {"action": label, "state": article.state_label}
        )
    if transition.untouched_by_desk and desk_has_started(article):
        raise ArticleError(
            _(
                "The desk has already started working on it (%(user)s saved it): ask them "
                "to return it to you instead."
            )
            % {"user": user_label(article.updated_by)}
        )
    if transition.needs_note and not (note or "").strip():
        raise ArticleError(_("Write a note to go with “%(action)s”.") % {"action": label})
    if transition.records_correction and not (correction or "").strip():
        raise ArticleError(_("Write the public correction readers will see."))
    if transition.needs_date and (when is None or when <= timezone.now()):
        raise ArticleError(_("Choose a publication date and time in the future."))


def desk_has_started(article: Article) -> bool:
    """Someone outside the piece's own people saved it since it was submitted."""
    editor = article.updated_by
    return editor is not None and not is_owner(editor, article)


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
    correction: str = "",
    override: str = "",
) -> Article:
    """Apply the named row of ``workflow.TRANSITIONS`` and log it.

    ``correction`` is the public text of a correction (the private ``note``
    stays in the log); ``override`` explains why a piece goes live although
    soft pre-publish checks failed. Listeners of ``article_transitioned``
    (the desk's notifications) hear of it once the transaction commits.
    """
    if name not in TRANSITIONS:
        raise ArticleError(_("Unknown action."))
    transition = TRANSITIONS[name]
    current = Article.objects.select_for_update().get(pk=article.pk)
    check_transition(
        transition, article=current, by=by, note=note, when=when, correction=correction
    )
    overridden = checks.check_ready(current, override=override) if transition.goes_live else ""
    from_status, now, note = current.status, timezone.now(), (note or "").strip()
    current.status = transition.target
    current.published_at = _published_at(transition, current.published_at, when, now)
    article_save(article=current, by=by, comment=str(transition.label))
    if transition.records_correction:
        Correction.objects.create(
            article=current, text=correction.strip(), created_by=by, created_at=now
        )
    step = ArticleTransition.objects.create(
        article=current,
        name=name,
        from_status=from_status,
        to_status=current.status,
        by=by,
        at=now,
        note="\n".join(filter(None, (note, overridden))),
    )
    transaction.on_commit(
        lambda: article_transitioned.send(sender=Article, article=current, step=step),
        robust=True,
    )
    for field in ("status", "published_at", "version"):
        setattr(article, field, getattr(current, field))
    article.updated_by = by
    return article


def available_transitions(*, article: Article, by: User) -> list[Transition]:
    """The transitions ``by`` could apply now (notes and dates aside)."""
    result = []
    for transition in TRANSITIONS.values():
        try:
            check_transition(
                transition, article=article, by=by, note="-", when=_FAR_FUTURE, correction="-"
            )
        except ArticleError:
            continue
        result.append(transition)
    return result


_FAR_FUTURE = datetime(9999, 1, 1, tzinfo=UTC)
