"""Turn embeds pasted into an article body into one safe placeholder form.

An embed is stored only as
``<figure class="embed" data-embed-provider="…" data-embed-src="…">`` plus a
link to the original; the page decides (through the consent app's template
tag) whether to show the provider's iframe or a click-to-load placeholder.
Which addresses count as embeds is the provider table's business
(``newsroom.embeds``); any other iframe is dropped by the sanitizer.
"""

import html
import re

from django.utils.html import format_html

from newsroom.embeds import PROVIDERS, Embed, frame_provider, recognise


def placeholder(embed: Embed) -> str:
    return format_html(
        '<figure class="embed" data-embed-provider="{}" data-embed-src="{}">'
        '<a href="{}">{}</a></figure>',
        embed.provider,
        embed.src,
        embed.original,
        embed.original,
    )


def is_placeholder_attribute(name: str, value: str) -> bool:
    """The only figure attributes bleach keeps: the exact placeholder form."""
    if name == "class":
        return value == "embed"
    if name == "data-embed-provider":
        return value in PROVIDERS
    if name == "data-embed-src":
        return frame_provider(value) is not None
    return False


_IFRAME = re.compile(
    r"<iframe\b[^>]*?\bsrc\s*=\s*[\"']([^\"']+)[\"'][^>]*>(?:.*?</iframe\s*>)?", re.I | re.S
)
_QUOTE_EMBED = re.compile(
    r"<blockquote\b[^>]*\bclass\s*=\s*[\"'][^\"']*"
    r"\b(?:twitter-tweet|instagram-media|tiktok-embed)\b[^>]*>.*?</blockquote\s*>",
    re.I | re.S,
)
_URL = re.compile(r"https?://[^\s\"'<>]+")
_LINK_PARAGRAPH = re.compile(
    r"<p>\s*(?:<a\b[^>]*?\bhref=\"([^\"]+)\"[^>]*>\s*([^<]*?)\s*</a>|(https?://[^\s<]+))\s*</p>",
    re.I,
)


def convert(raw: str) -> str:
    """Replace recognised embeds in pasted HTML by the placeholder form."""

    def from_iframe(match):
        found = recognise(match.group(1))
        return placeholder(found) if found else match.group(0)

    def from_quote(match):
        for url in _URL.findall(match.group(0)):
            found = recognise(url)
            if found:
                return placeholder(found)
        return match.group(0)

    def from_paragraph(match):
        href, text, bare = match.groups()
        url = bare or href
        # Only a URL alone on its line (as oEmbed pasting works); a link with
        # words of its own is editorial and stays a link.
        if href and html.unescape(text) != html.unescape(href):
            return match.group(0)
        found = recognise(url)
        return placeholder(found) if found else match.group(0)

    raw = _IFRAME.sub(from_iframe, raw)
    raw = _QUOTE_EMBED.sub(from_quote, raw)
    return _LINK_PARAGRAPH.sub(from_paragraph, raw)
