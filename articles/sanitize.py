"""The one place that knows bleach: what HTML an article body may contain.

Every write path goes through ``clean_html`` (the body field cleans itself in
``pre_save``), so templates may mark the stored body safe.

Cleaning happens in two steps. First the body is parsed the way a browser
parses it (html5lib implements the WHATWG algorithm) and reduced on that tree:
code and foreign content go with everything inside them, other unknown
elements are unwrapped, embeds become placeholders, pictures from other hosts
go. The tree is written out and read again until it reads back the same, so
what is stored is markup a browser (and this function) reads exactly as
written. Then bleach, the allowlist of record, checks tags, attributes and
link protocols. No regular expression ever looks at markup, so an attribute
holding ``>`` or a tag left open cannot turn into visible fragments.
"""

import html

import bleach
import html5lib
from django.conf import settings
from html5lib.serializer import HTMLSerializer

from media.markup import is_media_attribute
from newsroom.text import clean_text
from newsroom.weburl import browser_url, is_local_path, is_on_site

from . import embeds

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

# Elements whose content is code, data or fallback, never text for a reader:
# they go whole. (bleach alone would keep the text of a <script> it strips.)
DROPPED_WITH_CONTENT = frozenset(
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed", "applet",
        "frame", "frameset", "noframes", "noembed", "xmp", "plaintext", "textarea",
        "select", "title", "head", "meta", "link", "base", "video", "audio", "canvas",
        "picture", "map", "dialog",
    }
)  # fmt: skip


def _figure_attribute(tag: str, name: str, value: str) -> bool:
    return embeds.is_placeholder_attribute(name, html.unescape(value)) or is_media_attribute(
        tag, name, html.unescape(value)
    )


def _img_attribute(tag: str, name: str, value: str) -> bool:
    if name == "src":
        return is_own_media(html.unescape(value))
    return name in ("alt", "width", "height") or is_media_attribute(tag, name, html.unescape(value))


def is_own_media(url: str) -> bool:
    """A picture from our uploads (or the media host), read as a browser reads the address.

    A picture hot-linked from another host would be fetched by every reader
    before any consent (and skip the pipeline that strips GPS data).
    """
    media = settings.MEDIA_URL
    if media.startswith(("http://", "https://")):
        return browser_url(url).startswith(media)
    return is_local_path(url)


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

_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
)

# Every attribute in double quotes: a value holding a quote is escaped, never
# switched to single quotes (bleach re-escapes entities in single-quoted
# values, adding an "amp;" on every save).
_serializer = HTMLSerializer(
    quote_attr_values="always",
    quote_char='"',
    omit_optional_tags=False,
    escape_lt_in_attrs=True,
    resolve_entities=False,
    alphabetical_attributes=False,
)
_walker = html5lib.getTreeWalker("dom")
# Writing a tree out and reading it back settles in one or two rounds (a
# paragraph left inside a paragraph by an unwrapped element, say).
_MAX_ROUNDS = 5


def clean_html(html_text: str | None) -> str:
    """Return ``html_text`` reduced to the journalism allowlist.

    Disallowed tags are dropped but their text kept (a stray ``<span>`` from a
    paste must not eat a sentence); code (``<script>``, ``<style>``…) goes whole.
    Cleaning clean HTML changes nothing.
    """
    if not html_text:
        return ""
    html_text = _settled(clean_text(html_text))
    return _cleaner.clean(html_text).strip()


def _settled(html_text: str) -> str:
    for _ in range(_MAX_ROUNDS):
        again = _serialize(_reduce(_parse(html_text)))
        if again == html_text:
            break
        html_text = again
    return html_text


def _parse(html_text: str):
    return html5lib.parseFragment(html_text, treebuilder="dom", namespaceHTMLElements=False)


def _serialize(fragment) -> str:
    return _serializer.render(_walker(fragment)).strip()


def _reduce(node):
    """Reduce ``node``'s children in place (depth first) and return ``node``."""
    for child in list(node.childNodes):
        if child.nodeType == child.COMMENT_NODE:
            node.removeChild(child)
        elif child.nodeType == child.ELEMENT_NODE:
            _reduce_element(child)
    node.normalize()  # adjacent text nodes become one, so a lone address is seen whole
    return node


def _reduce_element(element) -> None:
    parent = element.parentNode
    name = element.localName
    if element.namespaceURI is not None or name in DROPPED_WITH_CONTENT:
        # namespaceURI is set only for SVG and MathML: foreign content, where
        # <style> and friends parse differently (the root of mutation XSS).
        if not (name == "iframe" and embeds.convert(element)):
            parent.removeChild(element)
        return
    if name == "img" and not is_own_media(element.getAttribute("src")):
        parent.removeChild(element)
        return
    _reduce(element)
    if name not in ALLOWED_TAGS:
        for child in list(element.childNodes):
            parent.insertBefore(child, element)
        parent.removeChild(element)
        return
    embeds.convert(element)


def sponsored_links(html_text: str) -> str:
    """``html_text`` (already clean) with rel="sponsored" on every link to another
    site: a paid piece's links are advertising for search engines (Google's
    link attributes). Done where the body is rendered, never stored."""
    if not html_text:
        return html_text
    fragment = _parse(html_text)
    for link in _elements(fragment, "a"):
        href = html.unescape(link.getAttribute("href") or "")
        if not href or is_on_site(href, settings.SITE_URL):
            continue
        rel = link.getAttribute("rel").split()
        link.setAttribute("rel", " ".join([*rel, "sponsored"] if "sponsored" not in rel else rel))
    return _serialize(fragment)


def _elements(node, name: str):
    for child in node.childNodes:
        if child.nodeType == child.ELEMENT_NODE:
            if child.localName == name:
                yield child
            yield from _elements(child, name)
