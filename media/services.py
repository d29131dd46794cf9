"""Named operations on the media library: ingest, edit, render, delete, galleries.

The admin, the chooser, the demo seed and the article services call these,
so reading credits before stripping, cropping around the focal point and
refusing to delete a used picture happen the same way on every path.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from PIL import Image

from newsroom import images

from . import usage
from .models import Gallery, GalleryItem, Picture

if TYPE_CHECKING:
    from django.contrib.auth.models import User

# Made at upload: what the desk sees while choosing, and the size bodies and
# galleries show. The cropped slots of a lead image are made when an article
# first uses the picture (``ensure_renditions``), once.
INGEST_RENDITIONS = ("thumb", "full")


class MediaError(ValidationError):
    """A refused operation on the library, with a message fit for the desk."""


class InUse(MediaError):
    """The picture or gallery is used somewhere and cannot be deleted."""


def _fit(value: str, field: str) -> str:
    return value[: Picture._meta.get_field(field).max_length]


@transaction.atomic
def picture_ingest(*, upload, by: User | None = None) -> Picture:
    """Store an uploaded photo in the library, its credits prefilled from the file.

    The IPTC/XMP credits are read first; then the file is re-encoded upright
    without any metadata (GPS included), as every upload is.
    Raises ``ValidationError`` (in Italian) for anything that is not a usable photo.
    """
    images.validate_image(upload)
    meta = images.read_metadata(upload)
    cleaned = images.clean_upload(upload, upload.name)
    with Image.open(cleaned) as img:
        width, height = img.size
    cleaned.seek(0)
    stem = os.path.splitext(os.path.basename(upload.name))[0]
    picture = Picture(
        title=_fit(meta.title or stem.replace("_", " ").replace("-", " "), "title"),
        caption=_fit(meta.caption, "caption"),
        credit=_fit(meta.credit_line, "credit"),
        copyright_holder=_fit(meta.copyright, "copyright_holder"),
        source=_fit(meta.source, "source"),
        usage_terms=_fit(meta.usage_terms, "usage_terms"),
        original_name=_fit(os.path.basename(upload.name), "original_name"),
        width=width,
        height=height,
        uploaded_by=by,
    )
    picture.file.save(cleaned.name, cleaned, save=False)
    picture.save()
    ensure_renditions(picture, INGEST_RENDITIONS)
    return picture


def ensure_renditions(picture: Picture, names: Iterable[str]) -> dict:
    """The picture's rendition index with ``names`` present: each size is made
    the first time it is needed, then kept (a moved focal point clears the crops).

    A picture whose file is missing or unreadable keeps the index it has.
    """
    missing = tuple(n for n in names if n not in (picture.renditions or {}))
    if not missing or not picture.file:
        return picture.renditions
    try:
        made = images.build_renditions(picture.file.name, only=missing, focus=picture.focus)
    except (OSError, ValueError):
        return picture.renditions
    picture.renditions = {**(picture.renditions or {}), **made}
    Picture.objects.filter(pk=picture.pk).update(renditions=picture.renditions)
    return picture.renditions


@transaction.atomic
def picture_save(*, picture: Picture) -> Picture:
    """Validate and save the picture's text, rights and focal point.

    A moved focal point re-crops the cropped sizes already made (new file
    names) and removes the old ones once the transaction commits.
    """
    picture.full_clean()
    before = Picture.objects.select_for_update().filter(pk=picture.pk).first()
    if before is not None and before.focus != picture.focus:
        stale = {n: s for n, s in picture.renditions.items() if images.RENDITIONS[n].ratio}
        picture.renditions = {n: s for n, s in picture.renditions.items() if n not in stale}
        picture.save()
        fresh = ensure_renditions(picture, stale)
        kept = {p for sizes in fresh.values() for size in sizes for p in size.values()}
        gone = {n: [{k: v for k, v in s.items() if v not in kept} for s in sizes]
                for n, sizes in stale.items()}  # fmt: skip
        transaction.on_commit(lambda: images.delete_renditions(gone))
        return picture
    picture.save()
    return picture


def _refuse_if_used(obj) -> None:
    if found := usage.uses(obj):
        where = "; ".join(f"{use.owner} ({use.role})" for use in found[:5])
        raise InUse(
            _("“%(name)s” is in use and cannot be deleted: %(where)s.")
            % {"name": obj, "where": where}
        )


@transaction.atomic
def picture_delete(*, picture: Picture) -> None:
    """Delete an unused picture and, once committed, its files."""
    _refuse_if_used(picture)
    name, renditions = picture.file.name, picture.renditions
    picture.delete()
    images.discard_on_commit(name, renditions)


@transaction.atomic
def gallery_save(
    *, gallery: Gallery, pictures: Sequence[Picture] | None = None, by: User | None = None
) -> Gallery:
    """Save the gallery and, when given, its pictures in this order."""
    if gallery.pk is None and by is not None:
        gallery.created_by = by
    gallery.full_clean()
    gallery.save()
    if pictures is not None:
        gallery.items.all().delete()
        GalleryItem.objects.bulk_create(
            GalleryItem(gallery=gallery, picture=picture, position=position)
            for position, picture in enumerate(pictures)
        )
    return gallery


@transaction.atomic
def gallery_delete(*, gallery: Gallery) -> None:
    """Delete an unused gallery (its pictures stay in the library)."""
    _refuse_if_used(gallery)
    gallery.delete()


def media_delete(obj: Picture | Gallery) -> None:
    if isinstance(obj, Picture):
        picture_delete(picture=obj)
    else:
        gallery_delete(gallery=obj)
