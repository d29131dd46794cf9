"""Reading the revision history kept by django-reversion: lists and diffs."""

from __future__ import annotations

import difflib
import html
import re

from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from .models import Article

DIFF_FIELDS = (("title", _("title")), ("standfirst", _("standfirst")), ("body", _("body")))

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|figcaption|tr)>|<br\s*/?>", re.IGNORECASE)


def history(article: Article):
    return Version.objects.get_for_object(article).select_related("revision__user")


def _text_lines(value: str) -> list[str]:
    """HTML to readable lines: one paragraph per line, tags dropped."""
    text = _BLOCK_END.sub("\n", value or "")
    text = html.unescape(_TAG.sub("", text))
    return [line.strip() for line in text.splitlines() if line.strip()]


def diff(old: Version, new: Version) -> list[dict]:
    """Per field, the lines removed and added between two revisions."""
    result = []
    for field, label in DIFF_FIELDS:
        before = _text_lines(old.field_dict.get(field, ""))
        after = _text_lines(new.field_dict.get(field, ""))
        if before == after:
            continue
        lines = []
        for line in difflib.ndiff(before, after):
            code, text = line[:1], line[2:]
            if code in ("-", "+", " "):
                lines.append({"kind": {"-": "del", "+": "ins", " ": "same"}[code], "text": text})
        result.append({"label": label, "lines": lines})
    return result
