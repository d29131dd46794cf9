"""``{% picture renditions "card" alt=... %}``: responsive images from a
rendition index (see ``newsroom.images``), with WebP first, a JPEG fallback,
explicit width/height against layout shift, and lazy loading by default."""

import functools

from django import template
from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage, storages
from django.template.loader import render_to_string
from django.utils.translation import get_language

from newsroom.images import rendition_sizes

register = template.Library()

DEFAULT_SIZES = {
    "card": "(min-width: 60rem) 20rem, (min-width: 40rem) 45vw, 100vw",
    "lead": "(min-width: 72rem) 68rem, 100vw",
    "portrait": "6rem",
    # Body pictures and gallery photos: at most the wide column.
    "full": "(min-width: 62rem) 60rem, 100vw",
    "thumb": "8rem",
}


def _srcset(sizes, fmt):
    return ", ".join(f"{default_storage.url(s[fmt])} {s['w']}w" for s in sizes if s.get(fmt))


@register.simple_tag
def picture(renditions, name, alt="", eager=False, sizes=""):
    entries = rendition_sizes(renditions, name)
    if not entries:
        return ""
    files = tuple((s.get("w"), s.get("h"), s.get("jpg"), s.get("webp")) for s in entries)
    if not isinstance(storages["default"], FileSystemStorage):
        return _render(entries, name, alt, eager, sizes)
    # The same pictures come back on every page (cards of the latest articles):
    # their markup is made once per process. Keyed by the very files, so a new
    # rendition or focal point (new file names) makes new markup.
    return _render_cached(
        files, name, str(alt), bool(eager), str(sizes), settings.MEDIA_URL, get_language()
    )


@functools.lru_cache(maxsize=4096)
def _render_cached(files, name, alt, eager, sizes, _media_url, _language):
    entries = [{"w": w, "h": h, "jpg": jpg, "webp": webp} for w, h, jpg, webp in files]
    return _render(entries, name, alt, eager, sizes)


def _render(entries, name, alt, eager, sizes):
    # The second size when there is one: sharp enough for the browsers that
    # ignore srcset, without sending them the largest file.
    fallback = entries[min(1, len(entries) - 1)]
    context = {
        "webp": _srcset(entries, "webp"),
        "jpg": _srcset(entries, "jpg"),
        "src": default_storage.url(fallback["jpg"]),
        "width": fallback["w"],
        "height": fallback["h"],
        "alt": alt,
        "sizes": sizes or DEFAULT_SIZES.get(name, "100vw"),
        "eager": eager,
    }
    return render_to_string("partials/picture.html", context)
