"""Articles and the media library: what an article shows from it, and where.

The article services keep the body's pictures and galleries recorded (so the
library knows where each is used and protects it); the public views ask here
for the lead image's slots, the body with its media drawn, and the galleries
with each photo's own URL.
"""

from __future__ import annotations

from functools import partial

from django.urls import reverse

from media import markup
from media.models import Gallery, Picture
from media.render import BodyMedia, GalleryView, galleries_with_pictures, gallery_view, render_body
from media.services import ensure_renditions
from newsroom.images import ARTICLE_RENDITIONS

from .models import Article, ArticleMedia


def record_media(article: Article) -> None:
    """Make the recorded body pictures and galleries match the body."""
    pictures = set(
        Picture.objects.filter(pk__in=markup.picture_ids(article.body)).values_list("pk", flat=True)
    )
    galleries = set(
        Gallery.objects.filter(pk__in=markup.gallery_ids(article.body)).values_list("pk", flat=True)
    )
    _sync("picture_id", article, pictures)
    _sync("gallery_id", article, galleries)
    if article.lead_picture_id:
        ensure_renditions(article.lead_picture, ARTICLE_RENDITIONS)


def _sync(key: str, article: Article, wanted: set[int]) -> None:
    rows = ArticleMedia.objects.filter(article=article, **{f"{key}__isnull": False})
    have = set(rows.values_list(key, flat=True))
    rows.exclude(**{f"{key}__in": wanted}).delete()
    ArticleMedia.objects.bulk_create(
        ArticleMedia(article=article, **{key: pk}) for pk in wanted - have
    )


def photo_url(article: Article, gallery_id: int, number: int) -> str:
    """A gallery photo's own URL: the article's, opened at that photo."""
    kwargs = {**article.permalink_kwargs(), "gallery": gallery_id, "number": number}
    return reverse("articles:photo", kwargs=kwargs)


def main_gallery(article: Article, focus: tuple[int, int] | None = None) -> GalleryView | None:
    if not article.gallery_id:
        return None
    gallery = galleries_with_pictures().filter(pk=article.gallery_id).first()
    if gallery is None:
        return None
    start = focus[1] if focus and focus[0] == gallery.pk else 0
    return gallery_view(gallery, partial(photo_url, article), start, leading=True)


def body_media(article: Article, focus: tuple[int, int] | None = None) -> BodyMedia:
    return render_body(article.body, partial(photo_url, article), focus)


def gallery_cover(article: Article) -> tuple[Picture, int] | None:
    """The main gallery's first public photo (rendered whole) and how many it has."""
    if not article.gallery_id:
        return None
    gallery = article.gallery
    if "items" in getattr(gallery, "_prefetched_objects_cache", {}):
        items = gallery.items.all()  # lists prefetch them (feeds): no query per article
    else:
        items = gallery.items.select_related("picture")
    pictures = [item.picture for item in items if not item.picture.is_expired]
    if not pictures:
        return None
    ensure_renditions(pictures[0], ("full",))
    return pictures[0], len(pictures)


def expired_pictures(article: Article) -> list[Picture]:
    """Pictures this article shows whose rights have expired (readers no longer see them)."""
    ids = set(markup.picture_ids(article.body))
    if article.lead_picture_id:
        ids.add(article.lead_picture_id)
    gallery_ids = set(markup.gallery_ids(article.body)) | {article.gallery_id} - {None}
    in_galleries = Picture.objects.filter(gallery_items__gallery__in=gallery_ids)
    return list(
        (Picture.objects.filter(pk__in=ids) | in_galleries).expired().distinct().order_by("pk")
    )
