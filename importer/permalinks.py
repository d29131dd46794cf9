"""Old WordPress addresses: how they are written down and found again.

WordPress answers the same post at several addresses: its permalink with or
without the final slash, the ``/amp/`` and ``?amp=1`` variants of the AMP
plugin, and ``?p=123`` whatever the permalink structure. ``key`` reduces all
of them to one (path, query) pair, used both when the import stores an
address and when a request looks one up.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import parse_qs, unquote, urlsplit

from articles.models import Article, published_through

from .models import OldPermalink

_AMP_SUFFIX = re.compile(r"/amp/?$")
_POST_ID = re.compile(r"[1-9]\d{0,18}")
# The query parameters that make a request worth a look before it is served:
# WordPress's post number, and AMP (gone here).
_WORDPRESS_QUERY = re.compile(r"(?:^|&)(?:p=\d|amp(?:=|&|$))")


def key(path: str, query: Mapping[str, list[str] | str] | None = None) -> tuple[str, str]:
    """The stored form of an address: ``("/2024/03/slug", "")`` or ``("/", "p=12")``."""
    path = _AMP_SUFFIX.sub("", path or "/")
    path = "/" + path.strip("/")
    post = (query or {}).get("p")
    if isinstance(post, list):
        post = post[0] if post else None
    return (path, f"p={post}") if post and _POST_ID.fullmatch(post) else (path, "")


def key_of_url(url: str) -> tuple[str, str]:
    """The key of an absolute or relative URL from the export (percent-decoded)."""
    parts = urlsplit(url.strip())
    return key(unquote(parts.path), parse_qs(parts.query))


def worth_a_look(query_string: str) -> bool:
    """Whether a request that would be served anyway carries WordPress's parameters."""
    return bool(query_string) and bool(_WORDPRESS_QUERY.search(query_string))


def target(path: str, query: Mapping[str, list[str] | str]) -> Article | None:
    """The published article an old address stands for, if any."""
    old_path, old_query = key(path, query)
    found = (
        OldPermalink.objects.filter(path=old_path, query=old_query)
        .filter(published_through("article"))
        .select_related("article")
        .first()
    )
    return found.article if found else None
