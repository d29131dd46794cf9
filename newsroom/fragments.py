"""Values derived from public content, shared by every page that shows them.

Ultim'ora, "I più letti" and a page's lists of articles are the same for every
reader, yet a page is rendered once per consent variant and encoding, and the
bars sit on every page. ``remember`` keeps such a value under the page cache's
rules: retired with every stored page when public content changes (the same
generation), never kept past the next moment a clock says the site changes by
itself (a scheduled article, a pin's end, the quarter-hour of "I più letti"),
and at most FRAGMENT_CACHE_SECONDS. With the cache down it simply computes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from . import pagecache

T = TypeVar("T")


def remember(name: str, compute: Callable[[], T]) -> T:
    seconds = settings.FRAGMENT_CACHE_SECONDS
    if seconds <= 0:
        return compute()
    now = timezone.now()
    generation = pagecache.generation()
    key = f"fragment:{generation}:{name}"
    entry = cache.get(key)
    if entry is not None and entry[0] > now:
        return entry[1]
    value = compute()
    expires = pagecache.next_change(now, generation, seconds)
    cache.set(key, (expires, value), max(1, int((expires - now).total_seconds())))
    return value
