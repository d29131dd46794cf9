"""Tag housekeeping: merging duplicates such as "Polestar" and "polestar"."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Count
from django.utils.translation import gettext as _

from .models import Tag, TaggedArticle, TagRedirect
from .search import refresh_search_vector
from .services import ArticleError, NotAllowed
from .workflow import Perm


def usage(tags: list) -> dict[int, int]:
    """How many articles wear each tag."""
    return dict(
        TaggedArticle.objects.filter(tag__in=tags)
        .values_list("tag")
        .annotate(n=Count("pk"))
        .values_list("tag", "n")
    )


@transaction.atomic
def tags_merge(*, tags: list, by, keep: Tag | None = None) -> tuple:
    """Keep ``keep`` (by default the most used tag), move every article link
    onto it, delete the rest; their old pages and feeds answer 301.

    Returns ``(kept_tag, links_moved)``. An article carrying two of the tags
    ends up with the kept one once.
    """
    if not by.has_perm(Perm.MERGE_TAGS):
        raise NotAllowed(_("Your role does not allow merging tags."))
    if len(tags) < 2:
        raise ArticleError(_("Select at least two tags to merge."))
    if keep is not None and keep.pk not in {t.pk for t in tags}:
        raise ArticleError(_("The tag that stays must be one of those being merged."))
    counts = usage(tags)
    kept = keep or max(tags, key=lambda t: (counts.get(t.pk, 0), -t.pk))
    others = [t for t in tags if t.pk != kept.pk]
    already = set(TaggedArticle.objects.filter(tag=kept).values_list("content_object", flat=True))
    moved = 0
    for link in TaggedArticle.objects.filter(tag__in=others):
        if link.content_object_id in already:
            link.delete()
            continue
        link.tag = kept
        link.save(update_fields=["tag"])
        already.add(link.content_object_id)
        moved += 1
    for tag in others:
        _redirect(tag.slug, kept)
        tag.delete()
    for article_id in already:  # their tag words changed
        refresh_search_vector(article_id)
    return kept, moved


def _redirect(old_slug: str, tag: Tag) -> None:
    """Old links to ``old_slug`` keep working: a 301 to ``tag``'s page."""
    TagRedirect.objects.filter(tag__slug=old_slug).update(tag=tag)
    if old_slug != tag.slug:
        TagRedirect.objects.update_or_create(old_slug=old_slug, defaults={"tag": tag})
    TagRedirect.objects.filter(old_slug=tag.slug).delete()


@transaction.atomic
def tag_save(*, tag: Tag) -> Tag:
    """Save a tag; an empty slug is made from the name, a changed one redirects."""
    before = Tag.objects.filter(pk=tag.pk).values_list("slug", flat=True).first()
    if not tag.slug:
        tag.slug = tag.slugify(tag.name)
    tag.save()
    if before and before != tag.slug:
        _redirect(before, tag)
    return tag
