"""The revision history kept by django-reversion: snapshots, word diffs, restore.

A revision holds the article and, followed from it, its byline
(``ArticleAuthor`` rows) and tags (``TaggedArticle`` rows) as they were.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reversion.models import Version

from authors.models import Author
from media.models import Gallery, Picture

from .errors import NotAllowed
from .models import Article, ArticleAuthor, Section, Tag, TaggedArticle

if TYPE_CHECKING:
    from django.contrib.auth.models import User

# The text an editor writes: compared word by word, restored, autosaved.
TEXT_FIELDS = (
    "kicker",
    "title",
    "standfirst",
    "body",
    "seo_title",
    "seo_description",
    "social_title",
    "social_description",
)
# What a restore brings back, besides the lead picture, gallery, byline and tags.
RESTORABLE_FIELDS = (*TEXT_FIELDS, "kind", "section_id")
DIFF_FIELDS = tuple((name, Article._meta.get_field(name).verbose_name) for name in TEXT_FIELDS)

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|figcaption|tr)>|<br\s*/?>", re.IGNORECASE)
_TOKENS = re.compile(r"\w+|[^\w\s]|\s+")


@dataclass
class Snapshot:
    """An article's content at one moment: fields, library media, byline, tags."""

    fields: dict
    lead_picture: int | None = None
    gallery: int | None = None
    byline: list[int] | None = None  # author ids in order; None: not recorded
    tags: list[int] | None = None  # tag ids; None: not recorded


def history(article: Article):
    return Version.objects.get_for_object(article).select_related("revision__user")


def version_of(article: Article, number: int) -> Version | None:
    """The revision saved as ``version`` ``number`` (what a form was opened on)."""
    for version in history(article)[:200]:
        if version.field_dict.get("version") == number:
            return version
    return None


def snapshot(version: Version) -> Snapshot:
    data = version.field_dict
    related = version.revision.version_set.all()
    credits = related.filter(content_type=ContentType.objects.get_for_model(ArticleAuthor))
    tagged = related.filter(content_type=ContentType.objects.get_for_model(TaggedArticle))
    byline = sorted(
        (v.field_dict for v in credits if v.field_dict.get("article_id") == int(version.object_id)),
        key=lambda row: (row.get("position") or 0, row.get("id") or 0),
    )
    tags = [
        v.field_dict["tag_id"]
        for v in tagged
        if v.field_dict.get("content_object_id") == int(version.object_id)
    ]
    # Revisions from before the byline was followed carry neither (a byline
    # always has an author): then neither is restored.
    recorded = bool(byline)
    return Snapshot(
        fields={name: data[name] for name in RESTORABLE_FIELDS if name in data},
        lead_picture=data.get("lead_picture_id"),
        gallery=data.get("gallery_id"),
        byline=[row["author_id"] for row in byline] if recorded else None,
        tags=tags if recorded else None,
    )


def current(article: Article) -> Snapshot:
    return Snapshot(
        fields={name: getattr(article, name) for name in RESTORABLE_FIELDS},
        lead_picture=article.lead_picture_id,
        gallery=article.gallery_id,
        byline=list(article.credits.values_list("author_id", flat=True)),
        tags=list(article.tags.values_list("pk", flat=True)),
    )


def _text_lines(value: str) -> list[str]:
    """HTML to readable lines: one paragraph per line, tags dropped."""
    text = _BLOCK_END.sub("\n", value or "")
    text = html.unescape(_TAG.sub("", text))
    return [line.strip() for line in text.splitlines() if line.strip()]


def _segments(kind: str, text: str) -> list[dict]:
    return [{"kind": kind, "text": text}]


def word_diff(before: str, after: str) -> list[dict]:
    """``before`` → ``after`` as segments: the words kept, removed and added.

    A change runs on over the spaces between two changed words, so "Testo
    iniziale" → "La versione" reads as one replacement, not four."""
    old, new = _TOKENS.findall(before), _TOKENS.findall(after)
    result: list[dict] = []
    removed: list[str] = []
    added: list[str] = []

    def flush():
        if removed:
            result.append({"kind": "del", "text": "".join(removed)})
        if added:
            result.append({"kind": "ins", "text": "".join(added)})
        removed.clear()
        added.clear()

    opcodes = difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()
    for index, (op, i1, i2, j1, j2) in enumerate(opcodes):
        spaces_only = all(token.isspace() for token in old[i1:i2])
        between_changes = 0 < index < len(opcodes) - 1
        if op == "equal" and not (spaces_only and between_changes):
            flush()
            result.append({"kind": "same", "text": "".join(old[i1:i2])})
        else:
            removed.extend(old[i1:i2])
            added.extend(new[j1:j2])
    flush()
    return result


def text_diff(before: str, after: str) -> list[list[dict]]:
    """Paragraph by paragraph; changed paragraphs are diffed word by word."""
    old, new = _text_lines(before), _text_lines(after)
    lines: list[list[dict]] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            lines += [_segments("same", line) for line in old[i1:i2]]
        elif op == "replace" and i2 - i1 == j2 - j1:
            lines += [word_diff(a, b) for a, b in zip(old[i1:i2], new[j1:j2], strict=True)]
        else:
            lines += [_segments("del", line) for line in old[i1:i2]]
            lines += [_segments("ins", line) for line in new[j1:j2]]
    return lines


def _names(model, ids: list[int] | None) -> str:
    if ids is None:
        return ""
    by_id = {obj.pk: str(obj) for obj in model.objects.filter(pk__in=ids)}
    return ", ".join(by_id.get(pk, "?") for pk in ids)


def changes(old: Snapshot, new: Snapshot) -> list[dict]:
    """Per changed field, a label and its lines of segments."""
    result = []
    for name, label in DIFF_FIELDS:
        before, after = old.fields.get(name) or "", new.fields.get(name) or ""
        if _text_lines(before) != _text_lines(after):
            result.append({"name": name, "label": label, "lines": text_diff(before, after)})
    if old.fields.get("section_id") != new.fields.get("section_id"):
        ids = [old.fields.get("section_id"), new.fields.get("section_id")]
        before, after = (_names(Section, [pk]) if pk else "" for pk in ids)
        result.append(
            {"name": "section", "label": _("section"), "lines": [word_diff(before, after)]}
        )
    for name, label, model in (
        ("lead_picture", _("lead image"), Picture),
        ("gallery", _("main gallery"), Gallery),
    ):
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            names = (_names(model, [pk]) if pk else "" for pk in (before, after))
            result.append({"name": name, "label": label, "lines": [word_diff(*names)]})
    for name, label, model in (
        ("byline", _("byline"), Author),
        ("tags", _("tags"), Tag),
    ):
        before, after = getattr(old, name), getattr(new, name)
        if before is not None and after is not None and before != after:
            diff = word_diff(_names(model, before), _names(model, after))
            result.append({"name": name, "label": label, "lines": [diff]})
    return result


def diff(old: Version, new: Version) -> list[dict]:
    return changes(snapshot(old), snapshot(new))


@transaction.atomic
def article_restore(*, article: Article, version: Version, by: User) -> bool:
    """Bring back an old revision (text, lead picture, gallery, byline, tags) as a
    new revision. History is kept. Returns False when a picture or gallery the
    revision showed has left the library since (the current one then stays).
    """
    from . import services

    if not services.can_edit(by, article):
        raise NotAllowed(_("Your role does not allow editing this article."))
    old = snapshot(version)
    for name, value in old.fields.items():
        if name == "section_id" and not Section.objects.filter(pk=value).exists():
            continue  # a section deleted since: the article stays where it is
        setattr(article, name, value)
    media_back = True
    for field, model, pk in (
        ("lead_picture_id", Picture, old.lead_picture),
        ("gallery_id", Gallery, old.gallery),
    ):
        if pk is None or model.objects.filter(pk=pk).exists():
            setattr(article, field, pk)
        else:
            media_back = False
    byline = None
    if old.byline:
        authors = Author.objects.in_bulk(old.byline)
        byline = [authors[pk] for pk in old.byline if pk in authors]
    tags = None
    if old.tags is not None:
        names = Tag.objects.in_bulk(old.tags)
        tags = [names[pk].name for pk in old.tags if pk in names]
    when = date_format(timezone.localtime(version.revision.date_created), "DATETIME_FORMAT")
    services.article_save(
        article=article,
        by=by,
        tags=tags,
        byline=byline or None,
        comment=_("Restored the revision of %(when)s") % {"when": when},
    )
    return media_back
