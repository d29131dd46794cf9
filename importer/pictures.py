"""Where imported pictures go: the media library. The only module of the
importer that knows how an article holds a picture.

Each file of wp-content/uploads becomes one library picture, once, whatever
number of posts or runs show it (``ImportedPicture`` remembers which): its
credits are read from the file as for any upload, the alt text and caption
WordPress knew fill what the file did not say. A featured image becomes the
article's lead picture; a picture in the text becomes the body's library
figure; a ``[gallery]`` becomes a library gallery.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from articles.models import Article
from media import markup
from media import services as library
from media.models import Gallery, Picture
from newsroom import images

from .models import ImportedPicture
from .text import plain


@dataclass(frozen=True)
class Source:
    """One picture to import: the file found in --media-dir and its words."""

    path: Path
    name: str  # relative to wp-content/uploads: the picture's identity across runs
    alt: str = ""
    caption: str = ""  # HTML allowed in body figures, plain for a lead image


class Pictures:
    """Put pictures in the library and use them in articles; remembers the
    files it wrote for the post being imported, so that a failed post (whose
    rows roll back with it) leaves none behind (``discard``)."""

    def __init__(self, *, dry_run: bool = False):
        self.dry_run = dry_run
        self.written: list[Picture] = []

    def problem(self, source: Source) -> str:
        """Why the file cannot be used ("" if it can)."""
        try:
            with open(source.path, "rb") as fh:
                images.validate_image(ContentFile(fh.read(), name=source.path.name))
        except ValidationError as error:
            return " ".join(error.messages)
        except OSError as error:
            return error.strerror or str(error)
        return ""

    def picture(self, source: Source) -> Picture:
        """The library picture of this file, ingested the first time it is seen."""
        known = ImportedPicture.objects.select_related("picture").filter(source=source.name).first()
        if known is not None:
            picture = known.picture
        else:
            upload = ContentFile(source.path.read_bytes(), name=source.path.name)
            picture = library.picture_ingest(upload=upload)
            self.written.append(picture)
            ImportedPicture.objects.create(source=source.name, picture=picture)
        self._describe(picture, alt=source.alt, caption=_plain_caption(source.caption))
        return picture

    def _describe(self, picture: Picture, *, alt: str, caption: str) -> None:
        """WordPress's words fill what the library does not know yet; what the
        desk wrote there since is never overwritten."""
        changed = {}
        if alt and not picture.alt:
            changed["alt"] = alt[: Picture._meta.get_field("alt").max_length]
        if caption and not picture.caption:
            changed["caption"] = caption[: Picture._meta.get_field("caption").max_length]
        if changed:
            for field, value in changed.items():
                setattr(picture, field, value)
            Picture.objects.filter(pk=picture.pk).update(**changed)

    # --- The lead picture --------------------------------------------------

    def attach_lead(self, article: Article, source: Source) -> None:
        """Make ``source`` the lead picture; the caller saves through ``article_save``."""
        if not self.dry_run:
            article.lead_picture = self.picture(source)

    def has_lead(self, article: Article) -> bool:
        return article.lead_picture_id is not None

    def describe_lead(self, article: Article, *, alt: str, caption: str) -> None:
        self._describe(article.lead_picture, alt=alt, caption=caption)

    def remove_lead(self, article: Article) -> None:
        """The featured image was removed on WordPress: the article loses it too
        (the picture stays in the library)."""
        article.lead_picture = None

    # --- Pictures in the text ----------------------------------------------

    def figure(self, source: Source) -> str:
        """A picture in the text with this use's caption; the page adds the credit."""
        caption = (
            format_html("<figcaption>{}</figcaption>", _safe(source.caption))
            if (source.caption)
            else ""
        )
        if self.dry_run:
            return f"<figure>{self._preview(source)}{caption}</figure>"
        picture = self.picture(source)
        return format_html(
            '<figure class="picture" data-picture="{}">{}{}</figure>',
            picture.pk,
            self._img(picture, source.alt),
            caption,
        )

    def inline(self, source: Source) -> str:
        """A picture inside a paragraph."""
        if self.dry_run:
            return self._preview(source)
        return self._img(self.picture(source), source.alt)

    def gallery(self, sources: list[Source], *, title: str) -> str:
        """A ``[gallery]``: a library gallery of its pictures, in their order."""
        if self.dry_run:
            return "\n".join(self.figure(source) for source in sources)
        pictures = [self.picture(source) for source in sources]
        gallery = _same_gallery(title, pictures) or library.gallery_save(
            gallery=Gallery(title=title[: Gallery._meta.get_field("title").max_length]),
            pictures=pictures,
        )
        return format_html(
            '<figure class="gallery" data-gallery="{}"><figcaption>{}</figcaption></figure>',
            gallery.pk,
            gallery.title,
        )

    # --- A failed post -----------------------------------------------------

    def discard(self) -> None:
        """Delete the files of pictures ingested for a post whose import was rolled back."""
        for picture in self.written:
            images.delete_every_rendition(picture.file.name)
            if picture.file and default_storage.exists(picture.file.name):
                default_storage.delete(picture.file.name)
        self.written.clear()

    def done(self) -> None:
        self.written.clear()

    def _img(self, picture: Picture, alt: str) -> str:
        # The address is the stored file's: the page draws the library's renditions.
        return format_html(
            '<img data-picture="{}" src="{}" alt="{}">',
            picture.pk,
            picture.file.url,
            alt or picture.alt,
        )

    def _preview(self, source: Source) -> str:
        url = f"{default_storage.base_url}anteprima/{escape(source.name)}"
        return format_html('<img src="{}" alt="{}">', url, source.alt)


def _same_gallery(title: str, pictures: list[Picture]) -> Gallery | None:
    """The gallery an earlier run made of these pictures, to use again."""
    if not pictures:
        return None
    wanted = [p.pk for p in pictures]
    for gallery in Gallery.objects.filter(title=title, items__picture=pictures[0]).distinct():
        if [item.picture_id for item in gallery.items.all()] == wanted:
            return gallery
    return None


def _safe(caption: str) -> SafeString:
    """A caption's HTML (the body sanitizer runs on the whole body afterwards)."""
    return mark_safe(caption)  # noqa: S308


def _plain_caption(caption: str) -> str:
    return plain(caption)


def lift_main_gallery(html: str) -> tuple[str, Gallery | None]:
    """A WordPress gallery post's first gallery, taken out of the text to be the
    article's main content (a "fotogallery" shows it after its words)."""
    for match in markup.FIGURE.finditer(html):
        ids = markup.gallery_ids(match.group(0))
        if ids and (gallery := Gallery.objects.filter(pk=ids[0]).first()):
            return html[: match.start()] + html[match.end() :], gallery
    return html, None
