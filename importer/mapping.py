"""What an article will be, read from a WordPress item: decisions only, no writes.

``plan`` raises ``Skip`` (with the reason the report prints) for what is not
imported: private and trashed posts, a post without a usable date, an author
missing from the export, a post with no ID.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import unquote

from django.utils import timezone

from articles.models import ArticleKind
from articles.workflow import Status
from newsroom.slugs import slugify

from . import uploads
from .export import Attachment, Catalogue, Item
from .text import plain

# Raise it when the conversion changes: every post is then rewritten once.
FORMAT = 1

STATUSES = {
    "publish": Status.PUBLISHED,
    "future": Status.PUBLISHED,  # a future date makes it scheduled
    "draft": Status.DRAFT,
    "pending": Status.REVIEW,
}
SKIPPED_STATUSES = {
    "private": "privato su WordPress",
    "trash": "nel cestino di WordPress",
    "auto-draft": "bozza automatica di WordPress, mai salvata",
    "inherit": "revisione di un altro contenuto",
}
# WordPress's default category, in English and Italian installations.
UNCATEGORIZED = frozenset({"uncategorized", "senza-categoria"})
META_KEYS = (
    "_thumbnail_id",
    "_yoast_wpseo_title",
    "_yoast_wpseo_metadesc",
    "_yoast_wpseo_primary_category",
)
TAG_LENGTH = 100
_YOAST_VARIABLE = re.compile(r"%%[\w-]+%%")
_SEPARATORS = " -–—|·•:"
_GALLERY_IDS = re.compile(r"\[gallery\b[^\]]*\b(?:ids|include)\s*=\s*[\"']?([\d,\s]+)")
_WP_IMAGE = re.compile(r"\bwp-image-(\d+)\b")


class Skip(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class Plan:
    wp_id: int
    guid: str
    link: str
    wp_status: str
    title: str
    slug: str
    standfirst: str
    kind: str
    status: str
    published_at: datetime | None
    modified_at: datetime | None
    author_login: str  # "" signs the article with the house byline
    section: str  # the WordPress category that names the section, "" for the default
    section_name: str
    tags: list[str]
    seo_title: str
    seo_description: str
    lead: Attachment | None
    old_tag_slugs: dict[str, str] = field(default_factory=dict)  # tag name (casefolded) → WP slug
    fingerprint: str = ""
    notes: list[str] = field(default_factory=list)


def plan(item: Item, catalogue: Catalogue, *, default_section: str, files) -> Plan:
    if item.wp_id is None:
        raise Skip(f"elemento senza un ID WordPress valido («{item.raw_id or 'vuoto'}»)")
    if item.status in SKIPPED_STATUSES:
        raise Skip(SKIPPED_STATUSES[item.status])
    if item.status not in STATUSES:
        raise Skip(f"stato WordPress sconosciuto «{item.status or 'vuoto'}»")
    notes: list[str] = []
    status = STATUSES[item.status]
    published_at = _date(item.post_date_gmt, utc=True) or _date(item.post_date, utc=False)
    if status == Status.PUBLISHED and published_at is None:
        raise Skip(f"data di pubblicazione non valida («{item.post_date or item.post_date_gmt}»)")
    if item.status == "future" and published_at and published_at <= timezone.now():
        notes.append("programmato su WordPress per una data già passata: pubblicato")
    creator = item.creator.strip()
    if creator and creator not in catalogue.authors:
        raise Skip(f"autore sconosciuto «{creator}» (non è tra gli autori dell'esportazione)")
    if not creator:
        notes.append("senza autore su WordPress: firmato dalla redazione")
    title = plain(item.title, 200)
    if not title:
        title = plain(item.content, 80)
        if not title:
            raise Skip("senza titolo e senza testo")
        notes.append("senza titolo su WordPress: titolo preso dall'inizio del testo")
    section, category_tags = _section(item, catalogue, default_section)
    # The name a category has in the post itself, for one the export's list lacks.
    section_name = next((t.name for t in _terms(item, "category") if t.nicename == section), "")
    result = Plan(
        wp_id=item.wp_id,
        guid=item.guid.strip()[:500],
        link=item.link.strip(),
        wp_status=item.status,
        title=title,
        slug=slugify(unquote(item.post_name) or title, max_length=190, fallback="articolo"),
        standfirst=plain(item.excerpt, 400),
        kind=_kind(item),
        status=status,
        published_at=published_at if status == Status.PUBLISHED else None,
        modified_at=_date(item.modified_gmt, utc=True),
        author_login=creator,
        section=section,
        section_name=plain(section_name, 80),
        tags=_unique(
            [plain(t.name or t.nicename, TAG_LENGTH) for t in _terms(item, "post_tag")]
            + category_tags
        ),  # fmt: skip
        seo_title=yoast(item.meta.get("_yoast_wpseo_title", ""), title),
        seo_description=yoast(item.meta.get("_yoast_wpseo_metadesc", ""), title),
        lead=_lead(item, catalogue, notes),
        old_tag_slugs={
            plain(t.name, TAG_LENGTH).casefold(): unquote(t.nicename)
            for t in _terms(item, "post_tag")
        },
        notes=notes,
    )
    result.fingerprint = _fingerprint(item, catalogue, files, default_section)
    return result


def _date(value: str, *, utc: bool) -> datetime | None:
    value = (value or "").strip()
    if not value or value.startswith("0000"):
        return None
    try:
        naive = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None
    return naive.replace(tzinfo=UTC) if utc else timezone.make_aware(naive)


def _terms(item: Item, domain: str):
    return [t for t in item.terms if t.domain == domain]


def _section(item: Item, catalogue: Catalogue, default: str) -> tuple[str, list[str]]:
    """The category that names the section (the root of the primary one), and
    the other categories' names, which become tags."""
    chosen = [t.nicename for t in _terms(item, "category") if t.nicename]
    names = {t.nicename: plain(t.name, TAG_LENGTH) for t in _terms(item, "category")}
    if not chosen or (default and set(chosen) <= UNCATEGORIZED):
        if not default:
            raise Skip("senza categoria: indicare una sezione con --default-section")
        return "", [names[n] for n in chosen if n not in UNCATEGORIZED]
    primary = _primary(item, catalogue, [n for n in chosen if n not in UNCATEGORIZED] or chosen)
    lineage = _ancestry(primary, catalogue)
    root = lineage[-1]
    others = [n for n in chosen + lineage if n != root and n not in UNCATEGORIZED]
    tags = [
        names.get(n) or plain(catalogue.categories[n].name, TAG_LENGTH)
        for n in others
        if n in names or n in catalogue.categories
    ]
    return root, tags


def _primary(item: Item, catalogue: Catalogue, chosen: list[str]) -> str:
    wanted = item.meta.get("_yoast_wpseo_primary_category", "").strip()
    for nicename in chosen:
        entry = catalogue.categories.get(nicename)
        if wanted and entry and str(entry.term_id) == wanted:
            return nicename
    return chosen[0]


def _ancestry(nicename: str, catalogue: Catalogue) -> list[str]:
    """``nicename`` and its parents up to the top category (loops cut)."""
    lineage = [nicename]
    while True:
        entry = catalogue.categories.get(lineage[-1])
        parent = entry.parent if entry else ""
        if not parent or parent in lineage:
            return lineage
        lineage.append(parent)


def _kind(item: Item) -> str:
    formats = {t.nicename for t in _terms(item, "post_format")}
    return ArticleKind.GALLERY if "post-format-gallery" in formats else ArticleKind.NEWS


def _lead(item: Item, catalogue: Catalogue, notes: list[str]) -> Attachment | None:
    number = item.meta.get("_thumbnail_id", "").strip()
    if not number.isdigit() or int(number) == 0:
        return None
    attachment = catalogue.attachments.get(int(number))
    if attachment is None:
        notes.append(f"immagine in evidenza {number} non presente nell'esportazione")
    return attachment


def _unique(names: list[str]) -> list[str]:
    """Tag names once each, whatever their case ("Tesla", "tesla", "TESLA")."""
    seen: dict[str, str] = {}
    for name in names:
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return list(seen.values())


def yoast(raw: str, title: str) -> str:
    """Yoast's text with its variables resolved; "" when it only repeats the default."""
    text = plain(raw.replace("%%title%%", title))
    text = _YOAST_VARIABLE.sub(" ", text)
    text = " ".join(text.split()).strip(_SEPARATORS)
    return "" if text in ("", title) else text


def _media_ids(item: Item) -> set[int]:
    ids = {
        int(n)
        for found in _GALLERY_IDS.findall(item.content)
        for n in found.split(",")
        if n.strip().isdigit()
    }
    ids |= {int(n) for n in _WP_IMAGE.findall(item.content)}
    if item.meta.get("_thumbnail_id", "").strip().isdigit():
        ids.add(int(item.meta["_thumbnail_id"]))
    return ids  # fmt: skip


def _fingerprint(item: Item, catalogue: Catalogue, files, default_section: str) -> str:
    """Everything the article is made from: the item, the attachments it shows,
    and whether each file it needs is in --media-dir (one that turns up later
    makes the next run update the article)."""
    attachments = [
        catalogue.attachments[n] for n in sorted(_media_ids(item)) if n in catalogue.attachments
    ]
    names = {uploads.of_attachment(a) for a in attachments} | set(uploads.referenced(item.content))
    source = [
        FORMAT,
        default_section,
        [getattr(item, f) for f in ("title", "link", "guid", "creator", "content", "excerpt",
                                    "post_date", "post_date_gmt", "modified_gmt", "status", "post_name")],
        [(t.domain, t.nicename, t.name) for t in item.terms],
        [item.meta.get(k, "") for k in META_KEYS],
        [(a.wp_id, a.file, a.url, a.alt, a.caption) for a in attachments],
        files.state(sorted(names)),
    ]  # fmt: skip
    return hashlib.sha256(json.dumps(source, ensure_ascii=False).encode()).hexdigest()
