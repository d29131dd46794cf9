"""Reader search at /cerca/: the only module that knows how articles are searched.

PostgreSQL: Italian full-text search (stemming, stop words) over a stored,
weighted ``search_vector`` (title A, standfirst and tags B, body C) with a GIN
index, ranked, with highlighted snippets. Other databases (SQLite in
development and the browser tests): every word must appear in the title,
standfirst or body, newest first.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
)
from django.db import connection
from django.db.models import F, Func, Q, TextField, Value
from django.db.models.functions import Concat
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .models import Article

CONFIG = "italian"
MIN_LENGTH = 2
MAX_LENGTH = 200
# Highlight markers PostgreSQL puts around matches; they cannot appear in
# article text, so after escaping the snippet they become our <mark> tags.
_START, _STOP = "\u2983", "\u2984"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Query:
    text: str  # what the reader typed, trimmed (shown back in the search box)
    terms: list[str]  # the words we search for
    error: str = ""  # an Italian message when the query cannot be searched


def parse(raw: str | None) -> Query:
    """Turn the raw ``q`` parameter into words, or an explanation why not."""
    text = (raw or "").strip()
    if not text:
        return Query(text, [], "")
    if len(text) > MAX_LENGTH:
        return Query(
            text[:MAX_LENGTH],
            [],
            _("The search is too long: use at most %(n)s characters.") % {"n": MAX_LENGTH},
        )
    terms = _WORD.findall(text)
    if not terms:
        return Query(text, [], _("Type at least one word to search for."))
    if len(" ".join(terms)) < MIN_LENGTH:
        return Query(text, [], _("Type at least %(n)s letters to search.") % {"n": MIN_LENGTH})
    return Query(text, terms[:20])


def is_full_text() -> bool:
    return connection.vendor == "postgresql"


def search(query: Query):
    """Published articles matching ``query``, best first (a lazy queryset)."""
    published = Article.objects.published().for_listing()
    if not query.terms:
        return published.none()
    if is_full_text():
        return _full_text(published, query)
    return _fallback(published, query)


def _full_text(published, query: Query):
    # websearch syntax never raises on odd input ("quoted", -minus, or).
    ts_query = SearchQuery(" ".join(query.terms), config=CONFIG, search_type="websearch")
    # Tags out of the body; our highlight markers out of all the text, so that
    # every marker in the headline is one PostgreSQL put there, in pairs.
    text = _regexp_remove(
        Concat(
            F("standfirst"),
            Value(" "),
            _regexp_remove(F("body"), "<[^>]+>", " "),
            output_field=TextField(),
        ),
        f"[{_START}{_STOP}]",
        "",
    )
    return (
        published.filter(search_vector=ts_query)
        .annotate(
            rank=SearchRank(F("search_vector"), ts_query),
            headline=SearchHeadline(
                text,
                ts_query,
                config=CONFIG,
                start_sel=_START,
                stop_sel=_STOP,
                max_words=35,
                min_words=15,
            ),
        )
        .order_by("-rank", "-published_at")
    )


def _regexp_remove(expression, pattern: str, replacement: str) -> Func:
    return Func(
        expression,
        Value(pattern),
        Value(replacement),
        Value("g"),
        function="regexp_replace",
        output_field=TextField(),
    )


def _fallback(published, query: Query):
    condition = Q()
    for term in query.terms:
        condition &= (
            Q(title__icontains=term) | Q(standfirst__icontains=term) | Q(body__icontains=term)
        )
    return published.filter(condition).order_by("-published_at")


def snippet(headline: str | None) -> str:
    """The PostgreSQL headline, escaped, with only our <mark> tags as HTML."""
    if not headline:
        return ""
    text = escape(html.unescape(headline))
    return mark_safe(text.replace(_START, "<mark>").replace(_STOP, "</mark>"))


def plain_body(body: str) -> str:
    return html.unescape(strip_tags(body or ""))


def refresh_search_vector(article_id: int) -> None:
    """Recompute one article's stored vector (after a save or a tag change).

    A no-op on databases without full-text search.
    """
    if not is_full_text() or not article_id:
        return
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return
    tags = " ".join(article.tags.values_list("name", flat=True))

    def part(text, weight):
        return SearchVector(
            Value(text or "", output_field=TextField()), weight=weight, config=CONFIG
        )

    vector = (
        part(article.title, "A")
        + part(article.standfirst, "B")
        + part(tags, "B")
        + part(plain_body(article.body), "C")
    )
    Article.objects.filter(pk=article_id).update(search_vector=vector)
