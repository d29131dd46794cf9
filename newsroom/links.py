"""Addresses of public objects, reversed once per process.

A card asks for its article's and authors' addresses, and a home page shows
33 cards: Django's ``reverse`` walks the URL patterns each time (about a tenth
of a millisecond, a tenth of a page's rendering). The same name and arguments
always give the same address for a given URLconf and script prefix, so the
answer is kept, keyed by both.
"""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.urls import get_script_prefix, get_urlconf, reverse


@lru_cache(maxsize=8192)
def _reversed(urlconf: str, prefix: str, name: str, kwargs: tuple) -> str:
    return reverse(name, urlconf=urlconf, kwargs=dict(kwargs))


def public_url(name: str, **kwargs) -> str:
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _reversed(urlconf, get_script_prefix(), name, tuple(sorted(kwargs.items())))


def _forget(*, setting, **_):
    # Tests swap URLconfs; a changed module under the same name must not be served stale.
    if setting == "ROOT_URLCONF":
        _reversed.cache_clear()


setting_changed.connect(_forget)
