"""The demo's home page as a desk would arrange it: pinned stories (one of
them scheduled for tomorrow morning), an Ultim'ora item and a week of reads."""

from __future__ import annotations

import random
from datetime import timedelta

from django.utils import timezone

from articles.models import Article, Section
from frontpage import reads
from frontpage.models import BreakingNews, HourlyReads, Pin, Slot

# (slot, article slug, section slug for a section block)
PINS = [
    (Slot.SECOND_1, "incentivi-auto-zero-emissioni-come-funziona-bonus", None),
    (Slot.SECTION, "ferrari-maranello-e-building-prima-elettrica", "industria"),
]
# From tomorrow at 9:00 the first secondary story changes (a scheduled change).
SCHEDULED = (Slot.SECOND_1, "mercato-auto-italia-immatricolazioni-crescita-ibride")
BREAKING = (
    "Incentivi auto elettriche: da domani le domande sul portale del ministero",
    "incentivi-auto-zero-emissioni-come-funziona-bonus",
)


def _article(slug: str) -> Article | None:
    return Article.objects.published().filter(slug=slug).first()


def seed_front_page() -> None:
    """Idempotent: each part only when the demo has none of its kind yet."""
    now = timezone.now()
    if not Pin.objects.exists():
        for slot, slug, section in PINS:
            if article := _article(slug):
                Pin.objects.create(
                    slot=slot,
                    article=article,
                    section=Section.objects.filter(slug=section).first() if section else None,
                )
        tomorrow = (timezone.localtime(now) + timedelta(days=1)).replace(
            hour=9, minute=0, second=0, microsecond=0
        )
        if article := _article(SCHEDULED[1]):
            Pin.objects.create(slot=SCHEDULED[0], article=article, starts_at=tomorrow)
    if not BreakingNews.objects.exists():
        BreakingNews.objects.create(
            text=BREAKING[0], article=_article(BREAKING[1]), ends_at=now + timedelta(days=2)
        )
    if not HourlyReads.objects.exists():
        _reads(now)


def _reads(now) -> None:
    """A week of hourly counts for the demo's articles (a fixed, repeatable draw)."""
    draw = random.Random(2026)
    articles = list(Article.objects.published().order_by("-published_at")[:16])
    rows = []
    for rank, article in enumerate(articles):
        popularity = draw.randint(5, 60) // (1 + rank // 4)
        for hours_ago in range(0, 24 * 7, 3):
            hour = reads.hour_of(now - timedelta(hours=hours_ago))
            if hour < reads.hour_of(article.published_at):
                break
            rows.append(
                HourlyReads(article=article, hour=hour, count=draw.randint(0, popularity) + 1)
            )
    HourlyReads.objects.bulk_create(rows)
