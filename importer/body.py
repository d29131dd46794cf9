"""A WordPress post's text made into an article body.

In order: control characters out; the block editor's ``<!-- wp:… -->``
comments out; embeds (block-editor figures, ``[embed]``, Jetpack's
``[youtube]``) turned into a link alone in a paragraph, which the sanitizer
makes the consent-gated embed form; ``[caption]`` into figure and figcaption;
``[gallery]`` into the imported pictures; other shortcodes reported and
dropped (their enclosed text kept); paragraphs made from line breaks as
WordPress does for classic-editor posts; pictures copied from --media-dir.
The sanitizer then runs in ``article_save``, as for every body.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field

from django.core.files.storage import default_storage
from django.utils.html import format_html
from django.utils.translation import gettext as _

from newsroom.embeds import recognise

from . import shortcodes, uploads
from .export import Attachment, Catalogue
from .pictures import Pictures, Source
from .text import without_controls
from .wpautop import wpautop

_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:.*?-->", re.S)
_EMBED_BLOCK = re.compile(r"<figure\b[^>]*\bwp-block-embed\b[^>]*>.*?</figure\s*>", re.S | re.I)
_URL = re.compile(r"https?://[^\s<>\"'\]\[]+")
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_LINKED_IMG = re.compile(r"<a\b[^>]*>\s*(<img\b[^>]*>)\s*</a\s*>", re.I)
_UPLOAD_LINK = re.compile(
    r"<a\b[^>]*\bhref\s*=\s*[\"'][^\"']*wp-content/uploads/[^\"']*[\"'][^>]*>"
    r"\s*(<img\b[^>]*>)\s*</a\s*>",
    re.I,
)
_IFRAME = re.compile(r"<iframe\b[^>]*>(?:.*?</iframe\s*>)?", re.I | re.S)
_BLANK_LINES = re.compile(r"\n\s*\n")
_WP_IMAGE = re.compile(r"\bwp-image-(\d+)\b")
_DIGITS = re.compile(r"\d+")


def _attr(tag: str, name: str) -> str:
    match = re.search(rf"\b{name}\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", tag, re.I)
    return html.unescape(match.group(1).strip("\"'")) if match else ""


@dataclass
class Body:
    html: str
    missing: list[str] = field(default_factory=list)  # pictures not imported, and why
    dropped: Counter = field(default_factory=Counter)  # shortcodes dropped, by name


class BodyConverter:
    def __init__(self, catalogue: Catalogue, files: uploads.Uploads, pictures: Pictures):
        self.catalogue = catalogue
        self.files = files
        self.pictures = pictures
        self.handlers = {
            "caption": self._caption,
            "wp_caption": self._caption,
            "gallery": self._gallery,
            "embed": self._embed,
            "youtube": self._embed,
            "video": self._video,
        }

    def convert(self, content: str, post_id: int, *, title: str = "") -> Body:
        self.body = Body("")
        self.post_id = post_id
        self.title = title or _("Photo gallery")
        text = without_controls(content)
        classic = "<!-- wp:" not in text
        text = _BLOCK_COMMENT.sub("", text)
        text = _EMBED_BLOCK.sub(lambda m: _link_paragraph(_first_url(m.group())), text)
        text = _IFRAME.sub(self._iframe, text)
        text = shortcodes.expand(text, self.handlers, lambda name: self.body.dropped.update([name]))
        # WordPress too adds paragraphs only to classic-editor posts.
        text = wpautop(text) if classic else _BLANK_LINES.sub("\n", text.strip())
        text = _UPLOAD_LINK.sub(r"\1", text)
        self.body.html = _IMG.sub(lambda m: self._image(m.group()), text)
        return self.body

    # --- Pictures ---------------------------------------------------------

    def _image(self, tag: str) -> str:
        if _attr(tag, "src").startswith(default_storage.base_url):
            return tag  # made here already (a caption's or a gallery's)
        source = self._source_of_tag(tag)
        return self.pictures.inline(source) if source else ""

    def _source_of_tag(self, tag: str, attachment_id: int = 0) -> Source | None:
        found = _WP_IMAGE.search(_attr(tag, "class"))
        attachment = self.catalogue.attachments.get(
            attachment_id or int(found.group(1) if found else 0)
        )
        src = _attr(tag, "src")
        name = uploads.of_attachment(attachment) if attachment else uploads.relative(src)
        alt = _attr(tag, "alt") or (attachment.alt if attachment else "")
        if not name:
            self.body.missing.append(f"{src or '?'} (immagine di un altro sito)")
            return None
        return self._source(name, alt=alt, caption="")

    def _source(self, name: str, *, alt: str, caption: str) -> Source | None:
        path = self.files.find(name)
        if path is None:
            self.body.missing.append(name)
            return None
        source = Source(path, self.files.name_of(path), alt, without_controls(caption))
        problem = self.pictures.problem(source)
        if problem:
            self.body.missing.append(f"{name} ({problem})")
            return None
        return source

    def _attachment_source(self, attachment: Attachment) -> Source | None:
        return self._source(
            uploads.of_attachment(attachment), alt=attachment.alt, caption=attachment.caption
        )

    def _caption(self, shortcode: shortcodes.Shortcode) -> str:
        content = shortcode.content or ""
        tag = _IMG.search(content)
        rest = _LINKED_IMG.sub("", content, count=1)
        rest = _IMG.sub("", content, count=1) if rest == content else rest
        caption = shortcode.attrs.get("caption") or rest
        if tag is None:
            return f"\n\n{caption.strip()}\n\n"
        source = self._source_of_tag(tag.group(), _number(shortcode.attrs.get("id", "")))
        if source is None:
            return ""
        source = Source(source.path, source.name, source.alt, without_controls(caption.strip()))
        return f"\n\n{self.pictures.figure(source)}\n\n"

    def _gallery(self, shortcode: shortcodes.Shortcode) -> str:
        wanted = shortcode.attrs.get("ids") or shortcode.attrs.get("include") or ""
        ids = [int(n) for n in _DIGITS.findall(wanted)]
        attachments = (
            [self.catalogue.attachments.get(n) for n in ids]
            if ids
            else self.catalogue.attachments_of(self.post_id)
        )
        sources = []
        for number, attachment in zip(
            ids or [a.wp_id for a in attachments], attachments, strict=True
        ):
            if attachment is None:
                self.body.missing.append(f"allegato {number} (non presente nell'esportazione)")
            elif source := self._attachment_source(attachment):
                sources.append(source)
        return f"\n\n{self.pictures.gallery(sources, title=self.title)}\n\n" if sources else ""

    # --- Embeds -----------------------------------------------------------

    def _embed(self, shortcode: shortcodes.Shortcode) -> str:
        url = _first_url(f"{shortcode.content or ''} {shortcode.raw_attrs}")
        if not url:
            self.body.dropped.update([shortcode.name])
            return ""
        return _link_paragraph(url)

    def _iframe(self, match: re.Match) -> str:
        # Made a paragraph of its own before paragraphs are made, so a known
        # provider's frame becomes the embed form rather than a frame in a <p>.
        src = _attr(match.group(), "src")
        if recognise(src):
            return _link_paragraph(recognise(src).original)
        self.body.dropped.update(["<iframe>"])
        return ""

    def _video(self, shortcode: shortcodes.Shortcode) -> str:
        # Only a video hosted by a provider can come along; a file on the
        # old server cannot (the report says so).
        for url in _URL.findall(shortcode.raw_attrs):
            if "wp-content/uploads/" not in url:
                return _link_paragraph(url)
        self.body.dropped.update([shortcode.name])
        return ""


def _first_url(text: str) -> str:
    found = _URL.search(html.unescape(text or ""))
    return found.group() if found else ""


def _link_paragraph(url: str) -> str:
    # A link alone in its paragraph: the sanitizer makes a known provider's
    # address the consent-gated embed, and leaves any other a plain link.
    return format_html('\n\n<p><a href="{}">{}</a></p>\n\n', url, url) if url else ""


def _number(value: str) -> int:
    found = _DIGITS.search(value or "")
    return int(found.group()) if found else 0
