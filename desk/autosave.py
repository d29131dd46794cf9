"""Automatic drafts: what someone typed and has not saved, kept per person.

Never the article itself: the published text changes only when its editor
saves. Reopening the article offers the draft back with what it changes.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from articles import revisions
from articles.models import Article
from articles.sanitize import clean_html

from .models import AutosaveDraft

# The article form's fields a draft keeps (files cannot travel this way).
FIELDS = (*revisions.TEXT_FIELDS, "slug", "kind", "section", "tags")
MAX_CHARS = 500_000


def _clean(data) -> dict:
    return {name: str(data.get(name, ""))[:MAX_CHARS] for name in FIELDS if name in data}


@transaction.atomic
def autosave(*, user, article, data, base_version: int | None) -> AutosaveDraft:
    """Keep ``data`` (the form's fields) as ``user``'s draft of ``article``
    (None: a new article)."""
    draft, _created = AutosaveDraft.objects.select_for_update().get_or_create(
        user=user, article=article
    )
    draft.data = _clean(data)
    draft.base_version = base_version
    draft.saved_at = timezone.now()
    draft.save()
    return draft


def discard(*, user, article) -> None:
    AutosaveDraft.objects.filter(user=user, article=article).delete()


def current_values(article) -> dict:
    values = {name: getattr(article, name, "") for name in FIELDS}
    values["section"] = str(article.section_id or "")
    values["tags"] = ", ".join(sorted(t.name for t in article.tags.all()))
    return {k: "" if v is None else str(v) for k, v in values.items()}


def _label(name: str) -> str:
    return str(Article._meta.get_field(name).verbose_name)


def _same(name: str, draft: str, stored: str) -> bool:
    if name == "body":  # the editor may write the same text with other markup
        return clean_html(draft) == clean_html(stored)
    return draft.strip() == stored.strip()


def offer(*, user, article) -> dict | None:
    """The draft to offer back, with its changes, or None when it adds nothing."""
    draft = AutosaveDraft.objects.filter(user=user, article=article).first()
    if draft is None:
        return None
    now = current_values(article) if article is not None else {}
    changed = [
        name for name, value in draft.data.items() if not _same(name, value, now.get(name, ""))
    ]
    if not changed:
        draft.delete()
        return None
    texts = [name for name, _label in revisions.DIFF_FIELDS if name in changed]
    changes = [
        {
            "label": label,
            "lines": revisions.text_diff(now.get(name, ""), draft.data.get(name, "")),
        }
        for name, label in revisions.DIFF_FIELDS
        if name in texts
    ]
    return {
        "draft": draft,
        "changes": changes,
        "others": [_label(name) for name in changed if name not in texts],
        "stale": article is not None and draft.base_version != article.version,
    }
