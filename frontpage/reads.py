"""Counting reads without cookies or personal data ("I più letti").

The Garante's 2021 cookie guidelines let a site count its own audience
without consent when the counting is first-party, aggregated and cannot
single anyone out. So:
- the browser stores nothing: a same-origin beacon (static/js/reads.js) posts
  the article's id; the answer sets no cookie and may not be kept;
- the server stores only a number per article and hour (``HourlyReads``);
- repeated reads by the same reader are recognised for the rest of the day by
  a hash of address, browser and article salted with a random value that
  changes every day; hash and salt live only in the cache, with a time limit,
  never in the database, and yesterday's hashes cannot be linked to today's;
- crawlers and link-preview bots are not counted.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from copy import copy
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, IntegerField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.utils import timezone

from articles.models import Article, published_through
from newsroom.fragments import remember
from newsroom.http import client_ip

from .models import HourlyReads

# "I più letti" is recomputed when stored pages are retired, at the latest at
# every quarter of an hour (a page-cache clock); the cookie policy says so.
REFRESH_MINUTES = 15
DAY = timedelta(days=1)
WEEK = timedelta(days=7)
BOTS = re.compile(
    r"bot|crawl|spider|slurp|preview|fetch|scan|monitor|curl|wget|python|java/|go-http|"
    r"httpclient|headless|lighthouse|facebookexternalhit|whatsapp|telegram|embedly|"
    r"bingpreview|feed|http_request|okhttp|axios|node-fetch|phantom|selenium",
    re.IGNORECASE,
)


def next_refresh(now: datetime) -> datetime:
    """The next quarter of an hour: no stored page shows older figures."""
    step = REFRESH_MINUTES * 60
    seconds = int(now.timestamp())
    return datetime.fromtimestamp(seconds - seconds % step + step, tz=now.tzinfo)


def is_bot(user_agent: str) -> bool:
    return not user_agent or bool(BOTS.search(user_agent))


def _daily_salt(day: str) -> str:
    key = f"reads:salt:{day}"
    salt = cache.get(key)
    if salt is None:
        cache.add(key, secrets.token_hex(16), int(DAY.total_seconds() * 2))
        salt = cache.get(key) or ""
    return salt


def _first_read_today(request: HttpRequest, article_id: int, now: datetime) -> bool:
    """True the first time today this reader reads this article.

    Only a salted hash is kept, in the cache, until the day ends."""
    day = timezone.localdate(now).isoformat()
    salt = _daily_salt(day)
    if not salt:  # no cache: count every read rather than keep anything elsewhere
        return True
    reader = "|".join(
        (salt, client_ip(request) or "", request.headers.get("User-Agent", ""), str(article_id))
    )
    digest = hashlib.sha256(reader.encode()).hexdigest()
    midnight = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0) + DAY
    return cache.add(f"reads:seen:{digest}", 1, max(1, int((midnight - now).total_seconds())))


def hour_of(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def add_read(article_id: int, now: datetime) -> None:
    hour = hour_of(now)
    row = HourlyReads.objects.filter(article_id=article_id, hour=hour)
    if row.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            HourlyReads.objects.create(article_id=article_id, hour=hour, count=1)
    except IntegrityError:  # another request created the hour meanwhile
        row.update(count=F("count") + 1)


def record_read(request: HttpRequest, article_id: int, now: datetime | None = None) -> bool:
    """Count one read of a public article, unless a bot or a repeat. True when counted."""
    now = now or timezone.now()
    if is_bot(request.headers.get("User-Agent", "")):
        return False
    if not Article.objects.published(at=now).filter(pk=article_id).exists():
        return False
    if not _first_read_today(request, article_id, now):
        return False
    add_read(article_id, now)
    return True


def reads_since(since: datetime) -> Subquery:
    """An article's reads from ``since`` on, as an annotation (no N+1)."""
    total = (
        HourlyReads.objects.filter(article=OuterRef("pk"), hour__gte=hour_of(since))
        .values("article")
        .annotate(total=Sum("count"))
        .values("total")
    )
    return Coalesce(Subquery(total, output_field=IntegerField()), 0)


def _ranking(since: datetime, at: datetime, limit: int) -> list[tuple[int, int]]:
    """(article id, reads) of the public articles read most from ``since`` to ``at``.

    Starts from the hourly totals of the window, never from the archive: the
    cost follows what was read, not how many articles there are."""
    rows = (
        HourlyReads.objects.filter(published_through("article", at))
        .filter(hour__gte=hour_of(since), hour__lte=at)
        .values("article")
        .annotate(total=Sum("count"))
        .order_by("-total", "-article")[:limit]
    )
    return [(row["article"], row["total"]) for row in rows]


def _articles(*rankings: list[tuple[int, int]]) -> list[list[Article]]:
    """Each ranking as articles with their ``reads``, all read in one query."""
    wanted = {pk for ranking in rankings for pk, _ in ranking}
    found = (
        Article.objects.select_related("section", "sponsor")
        .defer("body", "search_vector")
        .in_bulk(wanted)
    )
    lists = []
    for ranking in rankings:
        articles = []
        for pk, total in ranking:
            if pk in found:
                article = copy(found[pk])  # one object per list: each carries its own figure
                article.reads = total
                articles.append(article)
        lists.append(articles)
    return lists


def most_read(
    window: timedelta, *, limit: int = 5, at: datetime | None = None, exclude=()
) -> list[Article]:
    """The public articles read most in ``window`` up to ``at``.

    Now (no ``at``), one list serves every page: it is ranked once, with room
    for the articles left out, and kept until the next refresh."""
    left_out = set(exclude)
    wanted = limit + len(left_out)
    if at is None:
        ranked = remember(
            f"most-read:{int(window.total_seconds())}:{wanted}",
            lambda: most_read(window, limit=wanted, at=timezone.now()),
        )
    else:
        ranked = _articles(_ranking(at - window, at, wanted))[0]
    return [a for a in ranked if a.pk not in left_out][:limit]


def most_read_windows(*, limit: int = 5, at: datetime | None = None):
    """The most read of the last 24 hours and of the last 7 days (now: kept)."""

    def both(at):
        return _articles(_ranking(at - DAY, at, limit), _ranking(at - WEEK, at, limit))

    if at is None:
        return remember(f"most-read-windows:{limit}", lambda: both(timezone.now()))
    return both(at)
