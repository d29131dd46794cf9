"""Named operations on articles. The admin, the seed command and tests call
these rather than ``save()`` so the rules live in one place."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from newsroom import images

from .models import Article
from .sanitize import clean_html
from .search import refresh_search_vector

# Fields whose change is a "real edit" that moves updated_at for readers.
CONTENT_FIELDS = ("title", "kicker", "standfirst", "body", "lead_image", "lead_image_caption")


def _stored(article: Article) -> Article | None:
    return Article.objects.filter(pk=article.pk).first() if article.pk else None


@transaction.atomic
def article_save(*, article: Article, by=None) -> Article:
    """Validate and save ``article``; clean a new lead image and render its sizes.

    The replaced image and its renditions are removed once the transaction
    commits, so a new photo leaves no orphan files.
    """
    before = _stored(article)
    article.body = clean_html(article.body)  # so an unchanged body compares equal
    old_name = before.lead_image.name if before else ""
    old_renditions = before.lead_image_renditions if before else {}
    if before is None or any(
        str(getattr(before, f)) != str(getattr(article, f)) for f in CONTENT_FIELDS
    ):
        article.updated_at = timezone.now()
    if before is None and by is not None and article.created_by_id is None:
        article.created_by = by

    images.accept_upload(article.lead_image)
    article.full_clean(exclude=["lead_image"])
    if not article.lead_image:
        article.lead_image_renditions = {}
    elif article.lead_image.name != old_name or not article.lead_image_renditions:
        article.lead_image_renditions = images.build_renditions(
            article.lead_image.name, only=images.ARTICLE_RENDITIONS
        )
    article.save()
    refresh_search_vector(article.pk)
    images.discard_on_commit(old_name, old_renditions, keep=article.lead_image.name)
    return article


@transaction.atomic
def article_delete(*, article: Article) -> None:
    name, renditions = article.lead_image.name, article.lead_image_renditions
    article.delete()
    images.discard_on_commit(name, renditions)
