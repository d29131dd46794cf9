"""Tag housekeeping: merging duplicates such as "Polestar" and "polestar"."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Count
from django.utils.translation import gettext as _

from .models import TaggedArticle
from .search import refresh_search_vector
from .services import ArticleError, NotAllowed
from .workflow import Perm


@transaction.atomic
def tags_merge(*, tags: list, by) -> tuple:
    """Keep the most used tag, move every article link onto it, delete the rest.

    Returns ``(kept_tag, links_moved)``. An article carrying two of the tags
    ends up with the kept one once.
    """
    if not by.has_perm(Perm.MERGE_TAGS):
        raise NotAllowed(_("Your role does not allow merging tags."))
    if len(tags) < 2:
        raise ArticleError(_("Select at least two tags to merge."))
    usage = dict(
        TaggedArticle.objects.filter(tag__in=tags)
        .values_list("tag")
        .annotate(n=Count("pk"))
        .values_list("tag", "n")
    )
    kept = max(tags, key=lambda t: (usage.get(t.pk, 0), -t.pk))
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
        tag.delete()
    for article_id in already:  # their tag words changed
        refresh_search_vector(article_id)
    return kept, moved
