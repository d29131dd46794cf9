"""Where imported pictures go. The only module of the importer that knows how
an article holds a picture, so moving to the media library changes this file.

Today a featured image becomes the article's lead image (through
``articles.services.article_save``, which cleans and renders it like an
upload), and a picture in the text, or a ``[gallery]``, becomes ``<figure>``
body images stored with ``newsroom.images.store_body_image``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.html import escape, format_html
from django.utils.translation import gettext as _
from PIL import Image, IptcImagePlugin

from articles.models import Article
from newsroom import images

from .models import ImportedPicture

# IPTC IIM datasets: By-line (photographer), Credit (agency), Copyright Notice.
_BYLINE, _CREDIT, _COPYRIGHT = (2, 80), (2, 110), (2, 116)
CREDIT_LENGTH = Article._meta.get_field("lead_image_credit").max_length


@dataclass(frozen=True)
class Source:
    """One picture to import: the file found in --media-dir and its words."""

    path: Path
    name: str  # relative to wp-content/uploads: the picture's identity across runs
    alt: str = ""
    caption: str = ""  # HTML allowed in body figures, plain for a lead image


class Pictures:
    """Attach pictures to articles; remembers the files it wrote for the post
    being imported so that a failed post leaves none behind (``discard``)."""

    def __init__(self, *, dry_run: bool = False):
        self.dry_run = dry_run
        self.written: list[str] = []

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

    def attach_lead(self, article: Article, source: Source) -> None:
        """Make ``source`` the lead image; the caller saves through ``article_save``."""
        self.describe_lead(article, alt=source.alt, caption=source.caption)
        article.lead_image_credit = credit_of(source.path)
        if not self.dry_run:
            article.lead_image = ContentFile(source.path.read_bytes(), name=source.path.name)

    def has_lead(self, article: Article) -> bool:
        return bool(article.lead_image)

    def describe_lead(self, article: Article, *, alt: str, caption: str) -> None:
        article.lead_image_alt = alt[:250]
        article.lead_image_caption = caption[:300]

    def remove_lead(self, article: Article) -> None:
        """The featured image was removed on WordPress: the article loses it too."""
        article.lead_image = None
        article.lead_image_alt = article.lead_image_caption = article.lead_image_credit = ""

    def lead_saved(self, article: Article) -> None:
        """Note the files ``article_save`` wrote for a new lead image."""
        if article.lead_image:
            self.written.append(article.lead_image.name)
            for sizes in (article.lead_image_renditions or {}).values():
                self.written += [v for s in sizes for k, v in s.items() if k not in ("w", "h")]

    def figure(self, source: Source) -> str:
        """A picture in the text, with its caption and the file's credit."""
        credit = credit_of(source.path)
        parts = [format_html('<img src="{}" alt="{}">', self._stored_url(source), source.alt)]
        if source.caption or credit:
            note = format_html(" <small>{}: {}</small>", _("Photo"), credit) if credit else ""
            parts.append(f"<figcaption>{source.caption}{note}</figcaption>")
        return f"<figure>{''.join(parts)}</figure>"

    def inline(self, source: Source) -> str:
        """A picture inside a paragraph."""
        return format_html('<img src="{}" alt="{}">', self._stored_url(source), source.alt)

    def gallery(self, sources: list[Source]) -> str:
        """A ``[gallery]``: today its pictures one after the other."""
        return "\n".join(self.figure(source) for source in sources)

    def discard(self) -> None:
        """Delete what was written for a post whose import was rolled back."""
        for name in self.written:
            if default_storage.exists(name):
                default_storage.delete(name)
        self.written.clear()

    def done(self) -> None:
        self.written.clear()

    def _stored_url(self, source: Source) -> str:
        if self.dry_run:
            return f"{default_storage.base_url}anteprima/{escape(source.name)}"
        known = ImportedPicture.objects.filter(source=source.name).first()
        if known and default_storage.exists(known.stored):
            return default_storage.url(known.stored)
        upload = ContentFile(source.path.read_bytes(), name=source.path.name)
        url = images.store_body_image(upload)
        stored = unquote(url.removeprefix(default_storage.base_url))
        self.written.append(stored)
        ImportedPicture.objects.update_or_create(source=source.name, defaults={"stored": stored})
        return url


def credit_of(path: Path) -> str:
    """Photographer and agency from the file's IPTC data ("" when it has none)."""
    try:
        with Image.open(path) as img:
            info = IptcImagePlugin.getiptcinfo(img) or {}
    except (OSError, SyntaxError, ValueError):
        return ""
    names = [_iptc_text(info.get(k)) for k in (_BYLINE, _CREDIT)]
    names = list(dict.fromkeys(n for n in names if n)) or [_iptc_text(info.get(_COPYRIGHT))]
    return " / ".join(n for n in names if n)[:CREDIT_LENGTH]


def _iptc_text(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else b""
    if not value:
        return ""
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError:
        text = value.decode("latin-1")
    return " ".join(text.split())
