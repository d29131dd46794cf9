"""Turn embeds pasted into an article body into one safe placeholder form.

An embed is stored only as
``<figure class="embed" data-embed-provider="…" data-embed-src="…">`` plus a
link to the original; the page decides (through the consent app's template
tag) whether to show the provider's iframe or a click-to-load placeholder.
Which addresses count as embeds is the provider table's business
(``newsroom.embeds``); any other iframe is dropped by the sanitizer.

The conversion works on the parsed body (the sanitizer's DOM), never on the
markup as text: an attribute holding ``>`` or quoted with ``'`` is read the
way a browser reads it.
"""

import re

from newsroom.embeds import PROVIDERS, Embed, frame_provider, recognise

EMBED_CODE_CLASSES = frozenset({"twitter-tweet", "instagram-media", "tiktok-embed"})
_URL = re.compile(r"https?://[^\s\"'<>]+")


def is_placeholder_attribute(name: str, value: str) -> bool:
    """The only figure attributes bleach keeps: the exact placeholder form."""
    if name == "class":
        return value == "embed"
    if name == "data-embed-provider":
        return value in PROVIDERS
    if name == "data-embed-src":
        return frame_provider(value) is not None
    return False


def convert(element) -> bool:
    """Replace ``element`` (a DOM node) by the placeholder if it is a recognised embed.

    An ``<iframe>`` (whose address a provider accepts), a provider's embed code
    (``<blockquote class="twitter-tweet">`` and friends) and a paragraph holding
    nothing but a provider's address are embeds. Returns True when replaced.
    """
    found = _embed_in(element)
    if found is None:
        return False
    element.parentNode.replaceChild(_placeholder(element.ownerDocument, found), element)
    return True


def _embed_in(element) -> Embed | None:
    name = element.localName
    if name == "iframe":
        return recognise(element.getAttribute("src") or "")
    if name == "blockquote" and EMBED_CODE_CLASSES & set(element.getAttribute("class").split()):
        return _first_recognised(_addresses(element))
    if name == "p":
        url = _lone_address(element)
        return recognise(url) if url else None
    return None


def _addresses(element):
    # Embed codes carry the post's address in an attribute (cite,
    # data-instgrm-permalink) or a link, depending on the provider.
    for node in _walk(element):
        if node.nodeType == node.ELEMENT_NODE:
            for _name, value in node.attributes.items():
                yield from _URL.findall(value)
        elif node.nodeType == node.TEXT_NODE:
            yield from _URL.findall(node.data)


def _first_recognised(urls) -> Embed | None:
    for url in urls:
        found = recognise(url)
        if found:
            return found
    return None


def _lone_address(paragraph) -> str | None:
    """The address a paragraph holds alone (as oEmbed pasting works), if it does.

    A link with words of its own is editorial and stays a link.
    """
    children = [c for c in paragraph.childNodes if not _is_blank(c)]
    if len(children) != 1:
        return None
    child = children[0]
    if child.nodeType == child.TEXT_NODE:
        text = child.data.strip()
        return text if _URL.fullmatch(text) else None
    if child.nodeType == child.ELEMENT_NODE and child.localName == "a":
        href = child.getAttribute("href").strip()
        texts = child.childNodes
        if len(texts) == 1 and texts[0].nodeType == texts[0].TEXT_NODE:
            return href if texts[0].data.strip() == href else None
    return None


def _is_blank(node) -> bool:
    return node.nodeType == node.TEXT_NODE and not node.data.strip()


def _walk(node):
    yield node
    for child in node.childNodes:
        yield from _walk(child)


def _placeholder(document, embed: Embed):
    figure = document.createElement("figure")
    figure.setAttribute("class", "embed")
    figure.setAttribute("data-embed-provider", embed.provider)
    figure.setAttribute("data-embed-src", embed.src)
    link = document.createElement("a")
    link.setAttribute("href", embed.original)
    link.appendChild(document.createTextNode(embed.original))
    figure.appendChild(link)
    return figure
