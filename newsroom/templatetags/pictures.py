"""``{% picture renditions "card" alt=... %}``: responsive images from a
rendition index (see ``newsroom.images``), with WebP first, a JPEG fallback,
explicit width/height against layout shift, and lazy loading by default."""

from django import template
from django.core.files.storage import default_storage
from django.template.loader import render_to_string

register = template.Library()

DEFAULT_SIZES = {
    "card": "(min-width: 60rem) 20rem, (min-width: 40rem) 45vw, 100vw",
    "lead": "(min-width: 72rem) 68rem, 100vw",
    "portrait": "6rem",
    "square": "6rem",
}


def _srcset(sizes, fmt):
    return ", ".join(f"{default_storage.url(s[fmt])} {s['w']}w" for s in sizes if s.get(fmt))


@register.simple_tag
def picture(renditions, name, alt="", sizes=None, eager=False, css_class=""):
    entries = (renditions or {}).get(name) or []
    if not entries:
        return ""
    fallback = entries[-1] if len(entries) == 1 else entries[min(1, len(entries) - 1)]
    context = {
        "webp": _srcset(entries, "webp"),
        "jpg": _srcset(entries, "jpg"),
        "src": default_storage.url(fallback["jpg"]),
        "width": fallback["w"],
        "height": fallback["h"],
        "alt": alt,
        "sizes": sizes or DEFAULT_SIZES.get(name, "100vw"),
        "eager": eager,
        "css_class": css_class,
    }
    return render_to_string("partials/picture.html", context)


@register.simple_tag
def rendition_url(renditions, name, fmt="jpg"):
    """URL of the largest size of a rendition (for og:image and feeds)."""
    entries = (renditions or {}).get(name) or []
    return default_storage.url(entries[-1][fmt]) if entries and entries[-1].get(fmt) else ""
