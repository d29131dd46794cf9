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

from collections.abc import Callable, Sequence
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from . import pagecache

T = TypeVar("T")


def remember(name: str, compute: Callable[[], T]) -> T:
    return remember_each([name], lambda _n: compute())[0]


def remember_each(
    names: Sequence[str],
    compute: Callable[[int], T],
    prepare: Callable[[list[int]], None] | None = None,
) -> list[T]:
    """``remember`` for many values in one cache read (a page's list of kept
    cards: one round trip to Redis, not one per card); ``compute(n)`` makes
    the value of ``names[n]`` when it is not kept, after ``prepare`` was told
    every such ``n`` at once (to read what they need in one query)."""
    seconds = settings.FRAGMENT_CACHE_SECONDS
    if seconds <= 0:
        found, keys = {}, list(names)
    else:
        now = timezone.now()
        generation = pagecache.generation()
        keys = [f"fragment:{generation}:{name}" for name in names]
        found = {key: entry[1] for key, entry in cache.get_many(keys).items() if entry[0] > now}
    missing = [n for n, key in enumerate(keys) if key not in found]
    if not missing:
        return [found[key] for key in keys]
    if prepare:
        prepare(missing)
    made = {keys[n]: compute(n) for n in missing}
    if seconds > 0:
        expires = pagecache.next_change(now, generation, seconds)
        timeout = max(1, int((expires - now).total_seconds()))
        cache.set_many({key: (expires, value) for key, value in made.items()}, timeout)
    return [found[key] if key in found else made[key] for key in keys]
