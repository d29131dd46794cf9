"""The home page as readers see it at a given moment.

Pinned stories take their slots, the rest fills by recency, and no article
appears twice on the page. Everything starts from ``published(at=...)``, so
the desk's preview of a future time is the same computation as the live page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone

from articles.models import Article, Section, published_through

from . import reads
from .models import SECONDARY_SLOTS, Pin, Slot

LATEST_COUNT = 8
PER_SECTION = 4
MOST_READ_COUNT = 5


@dataclass
class Home:
    at: datetime
    lead: Article | None = None
    secondary: list[Article] = field(default_factory=list)
    latest: list[Article] = field(default_factory=list)
    section_blocks: list[tuple[Section, list[Article]]] = field(default_factory=list)
    most_read_day: list[Article] = field(default_factory=list)
    most_read_week: list[Article] = field(default_factory=list)
    pinned: set[int] = field(default_factory=set)  # ids of articles on the page by a pin

    def shown(self) -> list[Article]:
        blocks = [a for _, articles in self.section_blocks for a in articles]
        return [a for a in (self.lead, *self.secondary, *self.latest, *blocks) if a]


def _pins(published, at: datetime) -> dict[str, Article]:
    """The article of each pinned slot (section slots keyed "section:<id>")."""
    chosen: dict[str, Article] = {}
    used: set[int] = set()
    pins = (
        Pin.objects.running(at)
        .filter(published_through("article", at))
        .select_related("article__section", "article__lead_picture")
        .prefetch_related("article__credits__author")
    )
    # Slot order, so a story pinned twice keeps the more prominent place.
    rank = {slot: n for n, slot in enumerate(Slot.values)}
    for pin in sorted(pins, key=lambda p: rank[p.slot]):
        key = f"section:{pin.section_id}" if pin.slot == Slot.SECTION else pin.slot
        if key in chosen or pin.article_id in used:
            continue
        chosen[key] = pin.article
        used.add(pin.article_id)
    return chosen


def compose(at: datetime | None = None) -> Home:
    at = at or timezone.now()
    published = Article.objects.published(at=at).for_cards()
    home = Home(at=at)
    pinned = _pins(published, at)
    home.pinned = {a.pk for a in pinned.values()}
    used = set(home.pinned)

    home.lead = pinned.get(Slot.LEAD)
    if home.lead is None:
        # The newest story marked "lead story", else the newest story: two
        # indexed reads, where one ORDER BY featured would sort the archive.
        candidates = published.exclude(pk__in=used)
        home.lead = candidates.filter(featured=True).first() or candidates.first()
        if home.lead:
            used.add(home.lead.pk)
    # The rest of the top of the page and the latest list, newest first, in one go.
    free_slots = [s for s in SECONDARY_SLOTS if s not in pinned]
    pool = iter(published.exclude(pk__in=used)[: len(free_slots) + LATEST_COUNT])
    home.secondary = [a for a in (pinned.get(s) or next(pool, None) for s in SECONDARY_SLOTS) if a]
    home.latest = list(pool)
    used.update(a.pk for a in (*home.secondary, *home.latest))

    blocks: dict[int, list[Article]] = {}
    for article in published.exclude(pk__in=used).latest_per_section(PER_SECTION):
        blocks.setdefault(article.section_id, []).append(article)
    for section in Section.objects.all():
        top = pinned.get(f"section:{section.pk}")
        articles = ([top] if top else []) + blocks.get(section.pk, [])
        if articles:
            home.section_blocks.append((section, articles[:PER_SECTION]))

    home.most_read_day, home.most_read_week = reads.most_read_windows(limit=MOST_READ_COUNT, at=at)
    return home
