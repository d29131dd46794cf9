"""Whole public pages for anonymous readers, from the cache.

Rules that keep it correct:
- Only anonymous GETs of public pages are cached: anyone with a session
  (editors), the admin, previews and consent endpoints go straight to the
  views, and a response that sets a cookie or says ``private`` is never kept.
- A page differs only by its address and by what the reader's consent
  allows (``consent_variant``): one reader's choice is never served to another.
- Any change to public content bumps a generation number (``invalidate``,
  called on commit by ``newsroom.signals``), which retires every stored page.
- Nothing is kept past the next moment the site changes by itself (a
  scheduled article going live, an end time): ``next_change`` asks every
  registered clock (``register_clock``).
- Each page is stored compressed for the encodings readers ask for, with an
  ETag, so a hit costs one cache read and a 304 costs less.

The cache is the default cache (local memory, or Redis with REDIS_URL); when
it is down every request simply renders (newsroom.cache).
"""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Callable
from contextvars import ContextVar
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import patch_vary_headers

GENERATION_KEY = "pagecache:generation"
CLOCK_KEY = "pagecache:next-change"
CACHED_TYPES = ("text/html", "application/rss+xml", "application/atom+xml", "application/xml")
BYPASS_PREFIXES = ("/admin/", "/static/", "/media/", "/anteprima/", "/cookie/")
# Headers a stored page keeps; the rest (dates, connection) is per response.
STORED_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Content-Security-Policy",
    "Content-Security-Policy-Report-Only",
    "Permissions-Policy",
    "Referrer-Policy",
    "X-Content-Type-Options",
    "X-Frame-Options",
    "Cross-Origin-Opener-Policy",
    "X-Robots-Tag",
    "Link",
)

_clocks: list[Callable[[datetime], datetime | None]] = []


def register_clock(clock: Callable[[datetime], datetime | None]) -> None:
    """``clock(now)`` answers when public pages next change by themselves (or None)."""
    _clocks.append(clock)


# The generation a request has read, for the rest of that request: a page
# reads it for each of its kept parts, each a round trip to Redis. Set only
# while PageCacheMiddleware serves a request; elsewhere every call reads it.
_seen: ContextVar[dict | None] = ContextVar("pagecache_generation_seen", default=None)


def invalidate(**_ignored) -> None:
    """Retire every stored page (after a change to public content)."""
    seen = _seen.get()
    if seen is not None:
        seen.clear()  # the rest of this request reads the new generation
    marker = settings.PAGE_CACHE_GENERATION_FILE
    if marker:
        # Local-memory caches are per worker process: a file's modification
        # time is the generation every process on this host sees at once.
        with open(marker, "a"):
            os.utime(marker)
        return
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # never set, expired, or the cache is down
        cache.set(GENERATION_KEY, int(timezone.now().timestamp() * 1000), None)


def generation() -> int:
    seen = _seen.get()
    if seen is None:
        return _read_generation()
    if "generation" not in seen:
        seen["generation"] = _read_generation()
    return seen["generation"]


def _read_generation() -> int:
    marker = settings.PAGE_CACHE_GENERATION_FILE
    if marker:
        try:
            return os.stat(marker).st_mtime_ns
        except FileNotFoundError:
            return 0
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, int(timezone.now().timestamp() * 1000), None)
        generation = cache.get(GENERATION_KEY, 0)
    return generation


# How far ahead the clocks' answer is kept when none of them has anything due.
CLOCK_HORIZON = timedelta(hours=1)


def next_change(now: datetime, generation: int, seconds: int | None = None) -> datetime:
    """The earliest moment a clock says the site changes, within ``seconds``
    (default: the page lifetime)."""
    limit = now + timedelta(seconds=settings.PAGE_CACHE_SECONDS if seconds is None else seconds)
    key = f"{CLOCK_KEY}:{generation}"
    soonest = cache.get(key)
    if soonest is None or soonest <= now:
        moments = [m for m in (clock(now) for clock in _clocks) if m is not None and m > now]
        soonest = min([now + CLOCK_HORIZON, *moments])
        cache.set(key, soonest, max(1, int((soonest - now).total_seconds())))
    return min(limit, soonest)


def consent_variant(request: HttpRequest) -> str:
    """What of the reader's consent a page shows: banner or not, granted, GPC."""
    from consent.state import ConsentState

    return ConsentState(request).variant


def _encoding(request: HttpRequest) -> str:
    accepted = request.META.get("HTTP_ACCEPT_ENCODING", "")
    if not settings.PAGE_COMPRESSION:
        return "identity"
    if "br" in accepted:
        return "br"
    return "gzip" if "gzip" in accepted else "identity"


def _compress(body: bytes, encoding: str) -> bytes:
    if encoding == "br":
        import brotli

        return brotli.compress(body, quality=5)
    if encoding == "gzip":
        return gzip.compress(body, compresslevel=6, mtime=0)
    return body


def is_cacheable_request(request: HttpRequest) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(BYPASS_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        # META, not request.headers: a stored page is served in about 100 µs,
        # and building the headers' mapping would be a tenth of it.
        and "HTTP_AUTHORIZATION" not in request.META
    )


def is_cacheable_response(response: HttpResponse) -> bool:
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in control
        and "no-store" not in control
        and response.get("Content-Type", "").startswith(CACHED_TYPES)
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _seen.set({})
        try:
            return self._serve(request)
        finally:
            _seen.reset(token)

    def _serve(self, request: HttpRequest) -> HttpResponse:
        if not is_cacheable_request(request):
            return self.get_response(request)
        now = timezone.now()
        encoding = _encoding(request)
        address = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
        current = generation()
        # "v2": entries hold their final Vary (an older entry, in a shared
        # cache during a deploy, would be served without it).
        key = f"pagecache:v2:{current}:{address}:{consent_variant(request)}:{encoding}"
        entry = cache.get(key)
        if entry is None or entry["expires"] <= now:
            response = self.get_response(request)
            if request.method != "GET" or not is_cacheable_response(response):
                return response
            entry = self._store(key, response, encoding, next_change(now, current), now)
        return self._answer(request, entry, now)

    def _store(
        self, key: str, response: HttpResponse, encoding: str, expires: datetime, now: datetime
    ) -> dict:
        body = _compress(response.content, encoding)
        # The Vary a stored page is served with, worked out once, not per hit.
        patch_vary_headers(response, ("Cookie", "Sec-GPC", "Accept-Encoding"))
        entry = {
            "body": body,
            "headers": {h: response[h] for h in STORED_HEADERS if response.has_header(h)},
            "encoding": encoding,
            "etag": '"' + hashlib.md5(response.content, usedforsecurity=False).hexdigest() + '"',
            "vary": response.get("Vary", ""),
            "expires": expires,
        }
        cache.set(key, entry, max(1, int((expires - now).total_seconds())))
        return entry

    def _answer(self, request: HttpRequest, entry: dict, now: datetime) -> HttpResponse:
        remaining = max(0, int((entry["expires"] - now).total_seconds()))
        if request.META.get("HTTP_IF_NONE_MATCH") == entry["etag"]:
            response = HttpResponseNotModified()
        else:
            response = HttpResponse(entry["body"])
            for header, value in entry["headers"].items():
                response[header] = value
            if entry["encoding"] != "identity":
                response["Content-Encoding"] = entry["encoding"]
        response["ETag"] = entry["etag"]
        # Browsers revalidate (a 304 is cheap); shared caches keep the page no
        # longer than we do, and may serve it a little stale while refreshing.
        response["Cache-Control"] = (
            f"public, max-age=0, s-maxage={remaining}, stale-while-revalidate=30"
        )
        response["Vary"] = entry["vary"]
        return response
