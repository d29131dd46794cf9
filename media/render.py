"""Library media on public pages: body pictures and galleries, as readers see them.

A stored body names pictures and galleries by id (``media.markup``); here each
one becomes the library's current renditions with caption and credit, and a
picture whose rights expired becomes nothing at all, so it leaves every page
the day after its expiry without anyone editing a body.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from . import markup
from .models import Gallery, GalleryItem, Picture
from .services import ensure_renditions

# What a body picture and a gallery photo are shown with: the whole picture.
SHOWN = ("full",)

PhotoUrl = Callable[[int, int], str]  # (gallery id, photo number) -> its own URL


@dataclass(frozen=True)
class Slide:
    number: int
    total: int
    picture: Picture
    renditions: dict
    url: str
    anchor: str
    eager: bool = False  # the photo a reader sees first: not lazy

    @property
    def caption(self) -> str:
        return self.picture.caption

    @property
    def credit(self) -> str:
        return self.picture.credit

    @property
    def alt(self) -> str:
        return self.picture.alt


@dataclass
class GalleryView:
    gallery: Gallery
    slides: list[Slide]
    start: int = 0  # the photo whose own URL was opened, else 0

    @property
    def anchor(self) -> str:
        return f"galleria-{self.gallery.pk}"

    @property
    def total(self) -> int:
        return len(self.slides)

    @property
    def current(self) -> Slide | None:
        return self.slides[self.start - 1] if self.start else None


@dataclass
class BodyMedia:
    html: SafeString
    galleries: list[GalleryView] = field(default_factory=list)


def galleries_with_pictures():
    items = GalleryItem.objects.select_related("picture")
    return Gallery.objects.prefetch_related(Prefetch("items", queryset=items))


def gallery_view(
    gallery: Gallery, photo_url: PhotoUrl, start: int = 0, *, leading: bool = False
) -> GalleryView | None:
    """The gallery's public slides (pictures with expired rights left out), or None.

    ``leading``: the gallery opens the page, so its first photo is not lazy.
    """
    pictures = [item.picture for item in gallery.items.all() if not item.picture.is_expired]
    total = len(pictures)
    start = start if 1 <= start <= total else 0
    first = start or (1 if leading else 0)
    slides = [
        Slide(
            number=n,
            total=total,
            picture=picture,
            renditions=ensure_renditions(picture, SHOWN),
            url=photo_url(gallery.pk, n),
            anchor=f"galleria-{gallery.pk}-foto-{n}",
            eager=n == first,
        )
        for n, picture in enumerate(pictures, start=1)
    ]
    if not slides:
        return None
    return GalleryView(gallery, slides, start)


def render_body(body: str, photo_url: PhotoUrl, focus: tuple[int, int] | None = None) -> BodyMedia:
    """The sanitized ``body`` with its library pictures and galleries drawn.

    ``focus`` (gallery id, photo number) opens that gallery at that photo.
    """
    pictures = Picture.objects.in_bulk(markup.picture_ids(body))
    galleries = galleries_with_pictures().in_bulk(markup.gallery_ids(body))
    shown: list[GalleryView] = []

    def figure(match):
        attrs = dict(markup.ATTR.findall(match.group("attrs")))
        kind = attrs.get("class")
        if kind == "picture":
            picture = pictures.get(_int(attrs.get("data-picture")))
            return _picture_figure(picture, match.group("inner")) if picture else ""
        if kind == "gallery":
            gallery = galleries.get(_int(attrs.get("data-gallery")))
            start = focus[1] if gallery and focus and focus[0] == gallery.pk else 0
            view = gallery_view(gallery, photo_url, start) if gallery else None
            if view is None:
                return ""
            shown.append(view)
            return render_to_string("partials/gallery.html", {"view": view})
        return match.group(0)

    def inline(match):
        attrs = dict(markup.ATTR.findall(match.group("attrs")))
        if "data-picture" not in attrs:
            return match.group(0)
        picture = pictures.get(_int(attrs["data-picture"]))
        if picture is None or picture.is_expired:
            return ""
        alt = html.unescape(attrs.get("alt", "")) or picture.alt
        context = {"renditions": ensure_renditions(picture, SHOWN), "alt": alt}
        return render_to_string("partials/body_picture_inline.html", context)

    drawn = markup.IMG.sub(inline, markup.FIGURE.sub(figure, body or ""))
    # The body was cleaned by the article sanitizer; only its media changed here.
    return BodyMedia(mark_safe(drawn), shown)  # noqa: S308


def _picture_figure(picture: Picture, inner: str) -> str:
    if picture.is_expired:
        return ""
    img = markup.IMG.search(inner)
    stored = dict(markup.ATTR.findall(img.group("attrs"))) if img else {}
    stored_alt = html.unescape(stored.get("alt", ""))
    caption = markup.CAPTION.search(inner)
    context = {
        "renditions": ensure_renditions(picture, SHOWN),
        "alt": stored_alt or picture.alt,
        # This use's caption as the editor wrote it (sanitized with the body).
        "caption": mark_safe(caption.group(1)) if caption else picture.caption,  # noqa: S308
        "credit": picture.credit,
    }
    return render_to_string("partials/body_picture.html", context)


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
