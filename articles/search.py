"""Reader search at /cerca/: the only module that knows how articles are searched.

PostgreSQL: Italian full-text search (stemming, stop words) over a stored,
weighted ``search_vector`` (title A, standfirst and tags B, body C) with a GIN
index, ranked, with the words it matched by stem highlighted in the snippets;
when nothing matches, pg_trgm finds
the nearest words of the published titles and tags ("polestr" → "polestar"),
searches those and says "Forse cercavi". Other databases (SQLite in
development and the browser tests): every word must appear in the title,
standfirst or body, newest first, with those words highlighted. Snippets are
made here in Python on both.
Both filter by section and by a range of publication dates, and both look at
the newest ``CANDIDATES`` matches at most: ranking and counting every article
that holds a common word took seconds at 100,000 articles, and nobody reads
past the first pages. The count then says "more than 200".
"""

from __future__ import annotations

import html
import json
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from time import monotonic
from typing import TypeVar

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection, transaction
from django.db.models import Q, TextField, Value
from django.db.models.functions import Left
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .models import Article, Section, Tag

CONFIG = "italian"
T = TypeVar("T")
MIN_LENGTH = 2
MAX_LENGTH = 200
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


@dataclass(frozen=True)
class Filters:
    section: Section | None = None
    since: date | None = None  # first day, included
    until: date | None = None  # last day, included
    errors: list[str] = field(default_factory=list)  # Italian; a bad filter is left out
    raw: dict = field(default_factory=dict)  # what the reader chose (kept in page links)
    shown: dict = field(default_factory=dict)  # what the form shows back: valid values only

    @property
    def active(self) -> bool:
        return bool(self.section or self.since or self.until)


# GET parameters (Italian, like the URLs).
SECTION, SINCE, UNTIL = "sezione", "dal", "al"


# Older dates are typing mistakes, and before year 2 they cannot even be
# converted to UTC.
EARLIEST_YEAR = 1900
_SLUG = re.compile(r"[-\w]+", re.ASCII)


def _day(text: str) -> date | None:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return day if day.year >= EARLIEST_YEAR else None


def parse_filters(params) -> Filters:
    """Section and date range from the GET parameters; bad values are named, not fatal."""
    longest = Section._meta.get_field("slug").max_length
    raw = {key: (params.get(key) or "").strip()[:longest] for key in (SECTION, SINCE, UNTIL)}
    errors = []
    section = None
    if raw[SECTION]:
        # Only a slug is looked up (a NUL or other odd character is refused by
        # PostgreSQL itself): anything else is simply no such section.
        if _SLUG.fullmatch(raw[SECTION]):
            section = Section.objects.filter(slug=raw[SECTION]).first()
        if section is None:
            errors.append(_("There is no such section: the search covers all of them."))
    days = {}
    for key, label in ((SINCE, _("Published from")), (UNTIL, _("Published until"))):
        days[key] = _day(raw[key]) if raw[key] else None
        if raw[key] and days[key] is None:
            errors.append(
                _(
                    "The date “%(value)s” in “%(label)s” is not valid (use a date like "
                    "2026-03-31): it was left out."
                )
                % {"value": raw[key], "label": label}
            )
    since, until = days[SINCE], days[UNTIL]
    if since and until and since > until:
        errors.append(_("The start date comes after the end date: the dates were left out."))
        since = until = None
    shown = {
        SECTION: section.slug if section else "",
        SINCE: days[SINCE].isoformat() if days[SINCE] else "",
        UNTIL: days[UNTIL].isoformat() if days[UNTIL] else "",
    }
    return Filters(section, since, until, errors, raw, shown)


def _filtered(published, filters: Filters | None):
    if filters is None:
        return published
    if filters.section:
        published = published.filter(section=filters.section)
    zone = timezone.get_current_timezone()
    if filters.since:
        published = published.filter(
            published_at__gte=datetime.combine(filters.since, time.min, tzinfo=zone)
        )
    if filters.until:
        published = published.filter(
            published_at__lte=datetime.combine(filters.until, time.max, tzinfo=zone)
        )
    return published


def is_full_text() -> bool:
    return connection.vendor == "postgresql"


# The most results a search shows: the newest matches, ranked among
# themselves on PostgreSQL. Each one costs reading its stored vector twice
# (to match, to rank): about 0.1 ms, so the page stays in tens of ms.
CANDIDATES = 200


def search(
    query: Query, filters: Filters | None = None, shown: tuple[int, int] = (0, 0)
) -> Results:
    """Published articles matching ``query``, best first.

    Only the newest ``CANDIDATES`` matches (one more is looked for, to say
    "more than"), ranked among themselves on PostgreSQL (title above
    standfirst and tags above body), newest first elsewhere. ``shown``: the
    places (from, to) of the page the reader asked for, whose snippets' text
    PostgreSQL reads with the ranking."""
    if not query.terms:
        return Results([], query)
    published = _filtered(Article.objects.published(), filters)
    if not is_full_text():
        unread = Value(None, output_field=TextField())
        newest = _newest(published.filter(_every_word(query)))
        return Results(newest.values_list("pk", Value(0.0), unread, unread), query)
    key = (query.text.casefold(), tuple(sorted((filters.raw if filters else {}).items())))
    return Results(_Ranked(published, _ts_query(query), key, shown), query)


def _newest(matches):
    return matches.order_by("-published_at", "-created_at", "-pk")[: CANDIDATES + 1]


# How the newest matches are found, and what each way costs in the time of
# gathering one match from the GIN index (reading its row's dates from the
# table, whose rows keep their long text out of line since migration 0020:
# about 1.8 µs at 100,000 articles, the table's pages shared with the rest
# of the site). Fitted to the 161 searches of bench/run.py on PostgreSQL
# 15; the planner counts none of it, and walked the date index for a word
# in 3% of the articles: 20-30 ms instead of 4.
#   gather: every match, the newest kept (the cost: the matches);
#   walk: the date index backwards, each article's vector read from TOAST
#     and tested (about 5 µs an article walked);
#   window: the matches among the newest articles only, where enough of
#     them should be (WINDOW_MARGIN times as many as needed, by the
#     estimate): the date index and the GIN index combined, then about
#     twice CANDIDATES rows read (a fixed part, about 1.5 ms), and the rest
#     of the matches looked for only if the window held too few.
WALK_COST = 3
WINDOW_COST = 800
WINDOW_ENTRY = 0.03  # an entry of either index the window combines
WINDOW_MARGIN = 2
GATHER, WALK, WINDOW = "gather", "walk", "window"
_CHOSEN: dict[tuple, tuple[float, tuple[str, int, str]]] = {}
_CHOSEN_KEPT = 10_000
_CHOSEN_SECONDS = 300
# The date a window starts at: the publication date of the span-th newest
# article, for each span and set of filters. Kept like the choices: an
# article published since only makes a window hold one more article, and
# a window that holds too few matches is completed anyway.
_CUTOFFS: dict[tuple, tuple[float, datetime | None]] = {}
# The planner's estimate of the articles each set of filters leaves.
_ARTICLES: dict[tuple, tuple[float, float]] = {}


def window_span(matching: float, articles: float) -> int:
    """How many of the newest articles a window spans, rounded up to a
    power of √2 (few spans, each with its date kept)."""
    wanted = WINDOW_MARGIN * (CANDIDATES + 1) * articles / max(matching, 1)
    return math.ceil(2 ** (math.ceil(2 * math.log2(max(wanted, 2))) / 2))


def costs(matching: float, articles: float) -> dict[str, float]:
    """What each way of finding the newest matches costs, by the estimates."""
    span = window_span(matching, articles)
    return {
        GATHER: matching,
        WALK: WALK_COST * (CANDIDATES + 1) * articles / max(matching, 1),
        WINDOW: WINDOW_COST + WINDOW_ENTRY * (span + matching) if span < articles else math.inf,
    }


class _Ranked:
    """(id, rank, standfirst, body's start) of the newest matches, best
    first, in one query (two when a window held too few); the texts only for
    the places shown, None for the others.

    The newest are found one of three ways (``costs``), chosen from the
    planner's own estimate of how many articles match (one EXPLAIN, well
    under a millisecond): for a common word, by walking the publication
    date index backwards and testing each article until enough match; for a
    rare one, by gathering every match from the GIN index and keeping the
    newest; between the two, by gathering the matches among the newest
    articles only. At 100,000 articles: a word in more than 33,000 of them
    is walked, one in fewer than 1,750 gathered.

    The rank is worked out in an outer query over the newest matches: a rank
    in the same SELECT would be computed for every match gathered. The dates
    stay in the database: only ids and ranks travel, and the snippets' text
    of the page shown (``PAGED``)."""

    RANKED = (
        "SELECT newest.pk, ts_rank(newest.search_vector, {ts_query}) AS rank, "
        "newest.published_at, newest.created_at FROM ({newest}) AS newest"
    )
    # MATERIALIZED: the planner may not push the date order into the matches
    # and walk the date index after all. Each match carries its vector as it
    # lies in the row: a pointer to the out-of-line value, read (and ranked)
    # for the newest alone. Joining the newest back to the table for their
    # vectors cost four more page reads each (Seal, 1,400 matches: 2.8 ms
    # instead of 2.0).
    GATHERED = (
        "WITH matches AS MATERIALIZED ({matches}) "
        "SELECT newest.pk, ts_rank(newest.search_vector, {ts_query}) AS rank, "
        "newest.published_at, newest.created_at FROM ("
        "SELECT * FROM matches ORDER BY published_at DESC, created_at DESC, pk DESC LIMIT %s"
        ") AS newest"
    )
    # The newest ranked, best first: the rank, then the date, as a stable sort
    # of the newest first would have it; the one match past CANDIDATES, only
    # looked for to say "more than", last. The places shown come with the text
    # their snippets are made of, read from the row of each (the reader's
    # page: a query less than reading them apart, about a millisecond).
    # OFFSET 0 keeps the lateral read a subquery: flattened into a join, the
    # planner read all 201 rows and filtered the places afterwards.
    PAGED = (
        "SELECT ranked.pk, ranked.rank, shown.standfirst, shown.body_start FROM ("
        "SELECT pk, rank, row_number() OVER (ORDER BY age > %s, rank DESC, age) AS place FROM ("
        "SELECT pk, rank, row_number() OVER ("
        "ORDER BY published_at DESC, created_at DESC, pk DESC) AS age FROM ({ranked}) AS dated"
        ") AS aged) AS ranked "
        "LEFT JOIN LATERAL (SELECT standfirst, LEFT(body, %s) AS body_start "
        "FROM articles_article WHERE id = ranked.pk AND ranked.place > %s AND ranked.place <= %s "
        "OFFSET 0) AS shown ON true ORDER BY ranked.place"
    )

    def __init__(self, published, ts_query: SearchQuery, key: tuple, shown: tuple[int, int]):
        self.published, self.ts_query, self.key, self.shown = published, ts_query, key, shown
        self.matches = published.filter(search_vector=ts_query)
        self.new = False  # whether this worker had to estimate this search

    def __iter__(self):
        way, span, otherwise = self.chosen()
        if way == WINDOW:
            cutoff = self.cutoff(span)
            if cutoff is not None:
                rows = self.gathered(self.matches.filter(published_at__gte=cutoff))
                if len(rows) > CANDIDATES:
                    # As many as wanted, and every match outside is older.
                    return iter(rows)
            # Too few in the window: this search's matches lie further back.
            way, _span, _otherwise = _keep(_CHOSEN, self.key, (otherwise, 0, otherwise))
        return iter(self.gathered(self.matches) if way == GATHER else self.walked())

    def _ts_sql(self, matches):
        compiler = matches.query.get_compiler(connection=connection)
        return compiler.compile(self.ts_query.resolve_expression(matches.query))

    def gathered(self, matches) -> list[tuple]:
        matches = matches.order_by().values("pk", "search_vector", "published_at", "created_at")
        ts_sql, ts_params = self._ts_sql(matches)
        matches_sql, matches_params = matches.query.sql_with_params()
        sql = self.GATHERED.format(matches=matches_sql, ts_query=ts_sql)
        return self._fetch(sql, [*matches_params, *ts_params, CANDIDATES + 1])

    def walked(self) -> list[tuple]:
        newest = _newest(self.matches).values("pk", "search_vector", "published_at", "created_at")
        ts_sql, ts_params = self._ts_sql(newest)
        newest_sql, newest_params = newest.query.sql_with_params()
        sql = self.RANKED.format(ts_query=ts_sql, newest=newest_sql)
        return self._fetch(sql, [*ts_params, *newest_params])

    def _fetch(self, sql, params) -> list[tuple]:
        first, last = self.shown
        sql = self.PAGED.format(ranked=sql)
        with connection.cursor() as cursor:
            cursor.execute(sql, [CANDIDATES, *params, SNIPPET_MARKUP, first, last])
            return cursor.fetchall()

    def chosen(self) -> tuple[str, int, str]:
        """The way to find this search's newest matches, a window's span, and
        the way to take when a window holds too few."""
        # The estimates change when PostgreSQL analyzes the table again: each
        # worker keeps its choice for a search a few minutes.
        return _kept_a_while(_CHOSEN, self.key, self._choose)

    def _choose(self) -> tuple[str, int, str]:
        self.new = True
        matching, articles = self.estimates()
        found = costs(matching, articles)
        return (
            min(found, key=found.__getitem__),
            window_span(matching, articles),
            min((GATHER, WALK), key=found.__getitem__),
        )

    def cutoff(self, span: int) -> datetime | None:
        """The publication date of the span-th newest article (None: fewer)."""

        def read():
            # The order of the date index (no id): its entries alone are read.
            newest = self.published.order_by("-published_at", "-created_at")
            dates = list(newest.values_list("published_at", flat=True)[span - 1 : span])
            return dates[0] if dates else None

        return _kept_a_while(_CUTOFFS, (self.key[1], span), read)

    def estimates(self) -> tuple[float, float]:
        """The planner's estimate of the matches and of the articles walked."""
        matches = self.matches.order_by().values("pk")
        # The articles a set of filters leaves are the same for every search:
        # a worker asks the planner for them once in a while.
        articles = _fresh(_ARTICLES, self.key[1])
        if articles is not _MISSING:
            return _plan_rows(matches.explain(format="json")), articles
        both = matches.union(self.published.order_by().values("pk"), all=True)
        plan = json.loads(both.explain(format="json"))[0]["Plan"]
        matching, articles = (part["Plan Rows"] for part in plan["Plans"])
        return matching, _keep(_ARTICLES, self.key[1], articles)


def _plan_rows(plan: str) -> float:
    return json.loads(plan)[0]["Plan"]["Plan Rows"]


# What a worker keeps a few minutes (the way to rank a search, a window's
# first date, the articles a set of filters leaves): (expiry, value) by key.


_MISSING = object()


def _fresh(kept: dict, key):
    """What is kept under ``key`` (None included), or _MISSING."""
    found = kept.get(key)
    return found[1] if found and found[0] > monotonic() else _MISSING


def _keep(kept: dict, key, value: T) -> T:
    if len(kept) >= _CHOSEN_KEPT:
        kept.clear()
    kept[key] = (monotonic() + _CHOSEN_SECONDS, value)
    return value


def _kept_a_while(kept: dict, key, compute: Callable[[], T]) -> T:
    """``compute()``, kept by this worker under ``key`` a few minutes."""
    found = _fresh(kept, key)
    return found if found is not _MISSING else _keep(kept, key, compute())


# What a result's card shows (templates/partials/search_results.html; no
# byline), and nothing more: half the columns of the article, its section,
# picture and sponsor, and a fifth less time reading the rows. A field left
# out would cost a query per result (tests/test_sponsored.py and
# test_query_counts.py count them). The snippet's text is read apart (Found).
RESULT_FIELDS = (
    *("title", "slug", "kicker", "standfirst", "kind", "published_at", "created_at"),
    *("section__name", "section__tone"),
    *("lead_picture__renditions", "lead_picture__rights_expire_on"),
    "sponsor__name",
)


class Results(Sequence):
    """What ``search()`` found, for a paginator: the ranked ids in one query
    (with the snippets' text of the page the reader asked for), the articles
    only for the page shown.

    ``len()`` is at most ``CANDIDATES``; ``more`` says that more articles
    matched (the page says "more than", not a number that would cost counting
    every match)."""

    def __init__(self, newest, query: Query):
        # (id, rank, standfirst, body's start or None when not read) of up to
        # CANDIDATES + 1 matches, best first, the one past CANDIDATES last.
        self._newest = newest
        self.query = query

    @cached_property
    def _rows(self) -> list[tuple]:
        return list(self._newest)

    @property
    def more(self) -> bool:
        return len(self._rows) > CANDIDATES

    @cached_property
    def _ids(self) -> list[int]:
        # The last row was fetched only to tell "more than".
        return [row[0] for row in self._rows[:CANDIDATES]]

    @cached_property
    def _texts(self) -> dict[int, tuple[str, str]]:
        return {
            pk: (standfirst, body) for pk, _r, standfirst, body in self._rows if body is not None
        }

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1 or None][0]
        ids = self._ids[index]
        if not ids:
            return []
        texts = self._texts
        if any(pk not in texts for pk in ids):  # not the page the ranking was told of
            texts = {
                pk: (standfirst, body)
                for pk, standfirst, body in Article.objects.filter(pk__in=ids)
                .order_by()
                .values_list("pk", "standfirst", Left("body", SNIPPET_MARKUP))
            }
        if getattr(self._newest, "new", False):
            # A search this worker has not met lately: its cards are most
            # likely not kept either, so the articles are read now, at once.
            articles = _card_articles(ids).in_bulk()
            found = {
                pk: Found(pk, *texts[pk], articles[pk])
                for pk in ids
                if pk in texts and pk in articles
            }
        else:
            found = {pk: Found(pk, *texts[pk]) for pk in ids if pk in texts}
        return ResultPage(found[pk] for pk in ids if pk in found)


def _card_articles(ids):
    return (
        Article.objects.filter(pk__in=ids)
        .order_by()
        .select_related("section", "lead_picture", "sponsor")
        .only(*RESULT_FIELDS)
    )


# A result whose article was deleted after the page's rows were read.
GONE = object()


class Found:
    """A result as every search shows it: the text its snippet comes from.
    The rest of the article is read only for a card that is not kept
    (``ResultPage``): a kept card shows it already, and reading the rows
    cost three times as much as these few columns."""

    def __init__(self, pk: int, standfirst: str, body_start: str, article=None):
        self.pk, self.standfirst, self.body_start = pk, standfirst, body_start
        self.article = article  # an Article once read, or GONE

    def __getattr__(self, name):
        # Called only for what is not set above: the card's fields.
        if name.startswith("_") or "article" not in self.__dict__:
            raise AttributeError(name)
        if self.article is None:  # shown outside a {% keep_each %}: read alone
            ResultPage([self]).prepare_rendered([self])
        if self.article is GONE:
            raise AttributeError(name)
        return getattr(self.article, name)

    def __dir__(self):
        # The template engine tells a field's own error from a missing field
        # by dir(): an error inside an article's property must not go quiet.
        article = self.__dict__.get("article")
        shown = dir(article) if article not in (None, GONE) else []
        return sorted({*super().__dir__(), *shown})


class ResultPage(list):
    def prepare_rendered(self, found: list[Found]) -> list[Found]:
        """Read, in one query, the articles of the cards about to be
        rendered; answer those deleted since the page's rows were read."""
        missing = [result for result in found if result.article is None]
        if missing:
            articles = _card_articles([result.pk for result in missing]).in_bulk()
            for result in missing:
                result.article = articles.get(result.pk, GONE)
        return [result for result in found if result.article is GONE]


SUGGESTED_WORDS = 5


def suggestion(query: Query) -> Query | None:
    """The query with each unknown word replaced by the nearest word of the
    published titles and tags (pg_trgm), or None: no better spelling, or not
    on PostgreSQL."""
    if not (is_full_text() and query.terms):
        return None
    # Each word looked up reads the whole vocabulary: the first few are enough.
    words = [
        _nearest_word(term) if n < SUGGESTED_WORDS else None for n, term in enumerate(query.terms)
    ]
    if all(w is None or w == t.lower() for w, t in zip(words, query.terms, strict=True)):
        return None
    corrected = [w or t for w, t in zip(words, query.terms, strict=True)]
    return Query(" ".join(corrected), corrected)


# The vocabulary: lowercase words of at least three letters of the newest
# published titles and of the tags, split on anything that is not a letter or
# digit. Every title of 100,000 articles took 1.7 s a word; the newest few
# thousand hold the names readers look for.
VOCABULARY_TITLES = 5000
_NEAREST = """
SELECT word FROM (
    SELECT DISTINCT regexp_split_to_table(lower(v.text), '[^[:alnum:]]+') AS word
    FROM (({titles}) UNION ALL ({tags})) AS v (text)
) AS words
WHERE length(word) >= 3 AND word %% %s
ORDER BY similarity(word, %s) DESC, word
LIMIT 1
"""


def _nearest_word(term: str) -> str | None:
    if len(term) < 3:
        return None
    titles, title_params = (
        Article.objects.published()
        .order_by("-published_at", "-created_at")
        .values("title")[:VOCABULARY_TITLES]
        .query.sql_with_params()
    )
    tags, tag_params = Tag.objects.public().order_by().values("name").query.sql_with_params()
    sql = _NEAREST.format(titles=titles, tags=tags)
    # The planner overestimates the split words and JIT-compiles this query:
    # 0.8 s of compiling for 0.1 s of work.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL jit = off")
        cursor.execute(sql, [*title_params, *tag_params, term.lower(), term.lower()])
        row = cursor.fetchone()
    return row[0] if row else None


def _ts_query(query: Query) -> SearchQuery:
    # websearch syntax never raises on odd input ("quoted", -minus, or).
    return SearchQuery(" ".join(query.terms), config=CONFIG, search_type="websearch")


# What a snippet is chosen from: the standfirst and the start of the body, in
# characters of text. The body's start is read with its markup, so a body
# that opens with heavy markup (figures, embeds) gives less text, and a match
# past it is shown unhighlighted: enough for about 35 words around the
# densest matches, without reading long bodies from the database.
SNIPPET_TEXT = 3000
SNIPPET_MARKUP = 2 * SNIPPET_TEXT
SNIPPET_WORDS = 35
# Tags inside a line of text go without a trace, the others leave a space
# between the words they separate (``reading_text``). The sanitized body has
# no bare "<": a tag a cut leaves open goes too.
_TAG = re.compile(r"<[^>]*(?:>|$)")
_INLINE = "a|abbr|b|cite|code|em|i|mark|q|s|small|span|strong|sub|sup|u"
_INLINE_TAG = re.compile(rf"</?(?:{_INLINE})(?:\s[^>]*)?>", re.I)


def _every_word(query: Query) -> Q:
    condition = Q()
    for term in query.terms:
        condition &= (
            Q(title__icontains=term) | Q(standfirst__icontains=term) | Q(body__icontains=term)
        )
    return condition


Spans = Callable[[str], list[tuple[int, int]]]


def excerpt(text: str, spans: Spans, words: int = SNIPPET_WORDS) -> str:
    """About ``words`` words of ``text`` where most matches are (from a few
    words before the first of them), escaped, every match inside <mark>.
    ``spans`` gives the (start, end) of each match in a text."""
    text = " ".join(text.split())
    if not text:
        return ""
    # One space between words: a position's word is the spaces before it.
    tokens = text.split(" ")
    found = sorted(spans(text))
    hits = sorted({text.count(" ", 0, start) for start, _end in found})
    first, most = 0, 0
    for hit in hits:
        begin = max(0, hit - words // 3)
        inside = bisect_left(hits, begin + words) - bisect_left(hits, begin)
        if inside > most:
            first, most = begin, inside
    last = min(len(tokens), first + words)
    begin = len(" ".join(tokens[:first])) + (1 if first else 0)
    end = begin + len(" ".join(tokens[first:last]))
    parts, at = [], begin
    for start, stop in found:
        if start >= at and stop <= end:
            parts += [escape(text[at:start]), f"<mark>{escape(text[start:stop])}</mark>"]
            at = stop
    parts.append(escape(text[at:end]))
    return mark_safe(
        ("… " if first else "") + "".join(parts) + (" …" if last < len(tokens) else "")
    )


def _marker(words, whole_words: bool = False) -> Spans:
    """Spans of every occurrence of ``words`` in a text, in any case."""
    if not words:
        return lambda text: []

    def compiled(words, flags=0):
        pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"\b(?:{pattern})\b" if whole_words else pattern, flags)

    lowercase, any_case = compiled({w.lower() for w in words}), compiled(words, re.I)

    def spans(text: str) -> list[tuple[int, int]]:
        # The lowercase text matched as it is takes half the time of matching
        # in any case; a text whose lowercase is longer ("İ") is matched in
        # any case, by the words as given, so the spans stay its own.
        lowered = text.lower()
        if len(lowered) == len(text):
            return [m.span() for m in lowercase.finditer(lowered)]
        return [m.span() for m in any_case.finditer(text)]

    return spans


def highlight(text: str, terms: list[str], words: int = SNIPPET_WORDS) -> str:
    """``excerpt`` with every occurrence of a term marked, in any case (what
    matched where the database has no full-text search)."""
    if not text or not terms:
        return ""
    return excerpt(text, _marker(terms), words)


# Each word with its stems as PostgreSQL's Italian dictionary gives them
# (none for a stop word): what its full-text search matches by.
_STEMS_SQL = "SELECT word, ts_lexize('italian_stem', word) FROM unnest(%s::text[]) AS word"
# A word's stems never change (the dictionary is the database's): each worker
# keeps those it has asked for, so a page asks only for words it never met.
# The words of a news desk's articles are some tens of thousands; past the
# bound the memory is given back and filled again.
_STEMS: dict[str, frozenset[str]] = {}
_STEMS_KEPT = 50_000
# Longer "words" are no words (a pasted address, a code): never stemmed.
_LONGEST_WORD = 60


# The stemmer turns acute accents into grave ones.
_ACCENTS = {"a": "àá", "e": "èé", "i": "ìí", "o": "òó", "u": "ùú"}
_SAME_LETTER = {c: f"[{pair}]" for pair in _ACCENTS.values() for c in pair}


def _candidates(terms: list[str]):
    """Words that start as a term does: past its first letters, the stemmer
    only ever changes a word's ending, so no other word can share a stem."""
    starts = {"".join(_SAME_LETTER.get(c, re.escape(c)) for c in t[:2]) for t in terms}
    return re.compile(rf"\b(?:{'|'.join(sorted(starts))})\w*")


def _same_stem(texts, terms: list[str]) -> set[str]:
    """The words of ``texts`` (lowercase) that share a stem with a term."""
    terms = [t.lower() for t in terms if len(t) <= _LONGEST_WORD]
    if not terms:
        return set()
    candidates = _candidates(terms)
    words = set().union(*(candidates.findall(text.lower()) for text in texts))
    words = {w for w in words if len(w) <= _LONGEST_WORD}
    if not words:
        return set()
    stems = _stems(words | set(terms))
    wanted = set().union(*(stems[t] for t in terms))
    return {w for w in words if stems[w] & wanted}


def _stems(words: set[str]) -> dict[str, frozenset[str]]:
    # Read into a dict of this page's own: another thread may empty the kept
    # stems at any time, and so may this one below.
    stems = {w: _STEMS[w] for w in words if w in _STEMS}
    missing = sorted(words - stems.keys())
    if missing:
        with connection.cursor() as cursor:
            cursor.execute(_STEMS_SQL, [missing])
            found = {word: frozenset(lexemes or ()) for word, lexemes in cursor.fetchall()}
        stems.update(found)
        if len(_STEMS) + len(found) > _STEMS_KEPT:
            _STEMS.clear()
        _STEMS.update(found)
    return {w: stems.get(w, frozenset()) for w in words}


def _snippet_text(article) -> str:
    body = reading_text(getattr(article, "body_start", None) or "")
    return f"{article.standfirst} {body}"[:SNIPPET_TEXT]


def add_snippets(articles, query: Query) -> None:
    """Give each result a ``snippet``: about 35 words of its standfirst and
    body around the words searched for, each one found in <mark>.

    On PostgreSQL the words marked are those its search matched, by stem
    ("batteria" finds and marks "batterie"): one query stems the words of the
    page's texts that could share a stem with a term, those this worker has
    not stemmed before (none, once the common words are known). ``ts_headline`` parsed
    every result's text again in the database instead, about 4 ms of a page
    of 12 results at 100,000 articles, in the database that every worker
    waits on; this takes about 3 ms of the worker's own time."""
    texts = {article.pk: _snippet_text(article) for article in articles}
    if is_full_text():
        found = _same_stem(texts.values(), query.terms)
        # Whole words: "auto" matched, not the "auto" of "autostrada".
        spans = _marker(found, whole_words=True)
    else:
        spans = _marker(query.terms)
    for article in articles:
        article.snippet = excerpt(texts[article.pk], spans) or escape(article.standfirst)


def reading_text(body: str) -> str:
    """A body's text as a reader reads it: "<a>Cross</a>:" is "Cross:", and
    "fine.</p><p>Inizio" two words, not the one "fine.Inizio" that the search
    would never find by either."""
    return html.unescape(_TAG.sub(" ", _INLINE_TAG.sub("", body or "")))


# The same in SQL, for filling many vectors at once (the entities stay).
READING_TEXT_SQL = (
    "regexp_replace(regexp_replace(coalesce({body}, ''), "
    f"'</?({_INLINE})(\\s[^>]*)?>', '', 'gi'), '<[^>]*>', ' ', 'g')"
)
# Every article's vector as ``refresh_search_vector`` makes it (a WHERE may follow).
FILL_SEARCH_VECTORS = f"""
UPDATE articles_article AS a SET search_vector =
    setweight(to_tsvector('{CONFIG}', coalesce(a.title, '')), 'A')
 || setweight(to_tsvector('{CONFIG}', coalesce(a.standfirst, '')), 'B')
 || setweight(to_tsvector('{CONFIG}', coalesce((
        SELECT string_agg(t.name, ' ') FROM articles_taggedarticle ta
        JOIN articles_tag t ON t.id = ta.tag_id WHERE ta.content_object_id = a.id), '')), 'B')
 || setweight(to_tsvector('{CONFIG}', {READING_TEXT_SQL.format(body="a.body")}), 'C')
"""


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
        + part(reading_text(article.body), "C")
    )
    Article.objects.filter(pk=article_id).update(search_vector=vector)
