"""``{% picture renditions "card" alt=... %}``: responsive images from a
rendition index (see ``newsroom.images``), with WebP first, a JPEG fallback,
explicit width/height against layout shift, and lazy loading by default."""

from django import template
from django.core.files.storage import default_storage
from django.template.loader import render_to_string

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
