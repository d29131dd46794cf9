"""Read a WordPress export (WXR 1.0, 1.1, 1.2) as a stream.

The file is read twice, each time element by element with the parsed items
dropped as soon as they are read, so memory stays flat however large the
export: ``read_catalogue`` collects what posts refer to (the site, authors,
categories, attachments) and checks the whole file is well-formed before
anything is written; ``iter_items`` then yields the items one at a time.

Control characters pasted from Word would make the file unreadable as XML
1.0: ``xmlsafe`` turns them into spaces on the way in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree
from xml.parsers import expat

from .export import Attachment, AuthorEntry, Catalogue, CategoryEntry, Item, Site, Term
from .xmlsafe import XmlSafeReader

_WP = re.compile(r"\{http://wordpress\.org/export/\d+\.\d+/(excerpt/)?\}")
_PREFIXES = {
    "{http://purl.org/rss/1.0/modules/content/}": "content:",
    "{http://purl.org/dc/elements/1.1/}": "dc:",
}
SUPPORTED_VERSIONS = ("1.0", "1.1", "1.2")


class ExportError(Exception):
    """The file cannot be imported at all (the message is for the person running it)."""


_names: dict[str, str] = {}


def _name(tag: str) -> str:
    """``{http://wordpress.org/export/1.2/}post_id`` → ``wp:post_id`` (any WXR version)."""
    if tag not in _names:
        name = _WP.sub(lambda m: "excerpt:" if m.group(1) else "wp:", tag)
        for uri, prefix in _PREFIXES.items():
            name = name.replace(uri, prefix)
        _names[tag] = name
    return _names[tag]


def _channel_children(path: Path) -> Iterator[ElementTree.Element]:
    """Each complete child of ``<channel>``, dropped from memory once handled."""
    depth = 0
    channel = None
    try:
        with open(path, "rb") as raw:
            for event, elem in ElementTree.iterparse(XmlSafeReader(raw), ("start", "end")):
                if event == "start":
                    depth += 1
                    if depth == 1 and elem.tag != "rss":
                        raise ExportError(_NOT_WXR)
                    if depth == 2 and elem.tag == "channel":
                        channel = elem
                    continue
                depth -= 1
                if depth == 2 and channel is not None:
                    yield elem
                    channel.clear()
    except ElementTree.ParseError as error:
        line, column = error.position
        raise ExportError(
            f"Il file non è XML ben formato: {expat.ErrorString(error.code)} "
            f"(riga {line}, colonna {column})."
        ) from None
    except OSError as error:
        raise ExportError(f"Impossibile leggere il file: {error.strerror or error}.") from None
    if channel is None:
        raise ExportError(_NOT_WXR)


_NOT_WXR = "Il file non è un'esportazione WordPress (WXR): manca <rss><channel>."


def _text(elem: ElementTree.Element | None) -> str:
    return (elem.text or "").strip() if elem is not None else ""


def _children(elem: ElementTree.Element) -> dict[str, str]:
    return {_name(child.tag): (child.text or "") for child in elem}


def read_catalogue(path: Path) -> Catalogue:
    """First pass: everything posts refer to, and a check that the file is sound."""
    catalogue = Catalogue()
    site: dict[str, str] = {}
    for elem in _channel_children(path):
        name = _name(elem.tag)
        if name == "item":
            catalogue.items += 1
            item = _item(elem, catalogue.items)
            catalogue.types[item.post_type or "?"] += 1
            if item.post_type == "attachment" and item.wp_id:
                catalogue.attachments[item.wp_id] = _attachment(item)
            elif item.post_type == "post" and not item.creator.strip():
                catalogue.posts_without_author += 1
        elif name == "wp:author":
            _author(_children(elem), catalogue)
        elif name == "wp:category":
            _category(_children(elem), catalogue)
        elif name in ("title", "link", "wp:base_site_url", "wp:base_blog_url", "wp:wxr_version"):
            site[name] = _text(elem)
    version = site.get("wp:wxr_version", "")
    if not version:
        raise ExportError(
            "Il file non è un'esportazione WordPress (WXR): manca wp:wxr_version. "
            "Esportarlo da Strumenti › Esporta nel pannello di WordPress."
        )
    if version not in SUPPORTED_VERSIONS:
        raise ExportError(
            f"Versione WXR {version} non supportata (supportate: {', '.join(SUPPORTED_VERSIONS)})."
        )
    catalogue.site = Site(
        title=site.get("title", ""),
        link=site.get("link", ""),
        base_site_url=site.get("wp:base_site_url", ""),
        base_blog_url=site.get("wp:base_blog_url", "") or site.get("link", ""),
        wxr_version=version,
    )
    return catalogue


def iter_items(path: Path) -> Iterator[Item]:
    """Second pass: every item, one at a time."""
    position = 0
    for elem in _channel_children(path):
        if _name(elem.tag) == "item":
            position += 1
            yield _item(elem, position)


def _author(fields: dict[str, str], catalogue: Catalogue) -> None:
    login = fields.get("wp:author_login", "").strip()
    if login:
        catalogue.authors[login] = AuthorEntry(
            login=login,
            email=fields.get("wp:author_email", "").strip(),
            display_name=fields.get("wp:author_display_name", "").strip(),
            first_name=fields.get("wp:author_first_name", "").strip(),
            last_name=fields.get("wp:author_last_name", "").strip(),
            # Not in WordPress's own exports; some plugins add it.
            description=fields.get("wp:author_description", "").strip(),
        )


def _category(fields: dict[str, str], catalogue: Catalogue) -> None:
    nicename = fields.get("wp:category_nicename", "").strip()
    if nicename:
        catalogue.categories[nicename] = CategoryEntry(
            nicename=nicename,
            name=fields.get("wp:cat_name", "").strip() or nicename,
            parent=fields.get("wp:category_parent", "").strip(),
            description=fields.get("wp:category_description", "").strip(),
            term_id=_int(fields.get("wp:term_id", "")),
        )


_ITEM_FIELDS = {
    "title": "title",
    "link": "link",
    "guid": "guid",
    "dc:creator": "creator",
    "content:encoded": "content",
    "excerpt:encoded": "excerpt",
    "wp:post_id": "raw_id",
    "wp:post_date": "post_date",
    "wp:post_date_gmt": "post_date_gmt",
    "wp:post_modified_gmt": "modified_gmt",
    "wp:status": "status",
    "wp:post_type": "post_type",
    "wp:post_name": "post_name",
    "wp:post_parent": "parent",
    "wp:menu_order": "menu_order",
    "wp:attachment_url": "attachment_url",
}
# Free text keeps its spacing; identifiers and dates are trimmed.
_VERBATIM = {"content", "excerpt", "title"}


def _item(elem: ElementTree.Element, position: int) -> Item:
    item = Item(position=position)
    for child in elem:
        name = _name(child.tag)
        if name in _ITEM_FIELDS:
            attr = _ITEM_FIELDS[name]
            value = child.text or ""
            setattr(item, attr, value if attr in _VERBATIM else value.strip())
        elif name == "category":
            item.terms.append(
                Term(
                    domain=child.get("domain", "").strip(),
                    nicename=child.get("nicename", "").strip(),
                    name=(child.text or "").strip(),
                )
            )
        elif name == "wp:postmeta":
            meta = _children(child)
            key = meta.get("wp:meta_key", "").strip()
            if key:
                item.meta[key] = meta.get("wp:meta_value", "")
        elif name == "wp:comment":
            item.comments += 1
    return item


def _attachment(item: Item) -> Attachment:
    return Attachment(
        wp_id=item.wp_id or 0,
        url=item.attachment_url or item.guid,
        file=item.meta.get("_wp_attached_file", "").strip(),
        alt=item.meta.get("_wp_attachment_image_alt", "").strip(),
        caption=item.excerpt.strip(),
        title=item.title.strip(),
        parent=_int(item.parent),
        menu_order=_int(item.menu_order),
    )


def _int(value: str) -> int:
    return int(value) if value.strip().isdigit() else 0
