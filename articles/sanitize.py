"""The one place that knows bleach: what HTML an article body may contain.

Every write path goes through ``clean_html`` (the body field cleans itself in
``pre_save``), so templates may mark the stored body safe.
"""

import re

import bleach
from django.conf import settings

from media.markup import is_media_attribute

from .embeds import convert as convert_embeds
from .embeds import is_placeholder_attribute

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "h2", "h3", "h4",
        "strong", "b", "em", "i", "u", "s", "sub", "sup", "mark", "small",
        "a", "abbr", "cite", "q", "code", "pre",
        "ul", "ol", "li",
        "blockquote", "figure", "figcaption", "img",
        "table", "thead", "tbody", "tr", "th", "td", "caption",
    }
)  # fmt: skip


def _figure_attribute(tag: str, name: str, value: str) -> bool:
    return is_placeholder_attribute(name, value) or is_media_attribute(tag, name, value)


def _img_attribute(tag: str, name: str, value: str) -> bool:
    # Body images come from our own uploads. A picture hot-linked from another
    # host would be fetched by every reader before any consent (and skip the
    # pipeline that strips GPS data), so its src is dropped.
    if name == "src":
        return _is_own_media(value)
    return name in ("alt", "width", "height") or is_media_attribute(tag, name, value)


def _is_own_media(url: str) -> bool:
    url = url.strip()
    media = settings.MEDIA_URL
    if media.startswith(("http://", "https://")):
        return url.startswith(media)
    return url.startswith("/") and not url.startswith("//") and "\\" not in url


ALLOWED_ATTRIBUTES = {
    "figure": _figure_attribute,
    "a": ["href", "title"],
    "abbr": ["title"],
    "img": _img_attribute,
    "blockquote": ["cite"],
    "q": ["cite"],
    "th": ["scope", "colspan", "rowspan"],
    "td": ["colspan", "rowspan"],
    "ol": ["start", "reversed"],
}

ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto", "tel"})

_EXECUTABLE = re.compile(
    r"<(script|style|template|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)

_IMG_WITHOUT_SRC = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>", re.IGNORECASE)

_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
)


def clean_html(html: str | None) -> str:
    """Return ``html`` reduced to the journalism allowlist.

    Disallowed tags are dropped but their text kept (a stray ``<span>`` from a
    paste must not eat a sentence); ``<script>``/``<style>`` content goes too.
    """
    if not html:
        return ""
    html = _drop_executable_content(html)
    # Known embeds become the safe placeholder form; any other iframe is stripped.
    html = convert_embeds(html)
    return _IMG_WITHOUT_SRC.sub("", _cleaner.clean(html)).strip()


def _drop_executable_content(html: str) -> str:
    # bleach with strip=True keeps the *text* of removed elements, which for
    # <script> and <style> would print code into the article.
    return _EXECUTABLE.sub("", html)
