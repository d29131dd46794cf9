"""Recognise embeds from YouTube, X, Instagram and Facebook in pasted HTML.

An embed is stored only in one safe placeholder form,
``<figure class="embed" data-embed-provider="…" data-embed-src="…">`` plus a
link to the original; the page decides (through the consent app's template
tag) whether to show the provider's iframe or a click-to-load placeholder.
Any other iframe is dropped by the sanitizer.
"""

import html
import re
from urllib.parse import parse_qs, quote, unquote, urlsplit

from django.utils.html import format_html

_YT_ID = re.compile(r"[\w-]{11}")
_TWEET = re.compile(r"/(?:(\w{1,15})|i(?:/web)?)/status(?:es)?/(\d{1,25})")
_INSTA = re.compile(r"/(p|reel|tv)/([\w-]{4,40})")
_FB_HREF = re.compile(r"https://www\.facebook\.com/[\w./?=&%~-]{1,250}")

SRC_PATTERNS = {
    "youtube": re.compile(r"https://www\.youtube-nocookie\.com/embed/[\w-]{11}"),
    "x": re.compile(r"https://platform\.twitter\.com/embed/Tweet\.html\?id=\d{1,25}"),
    "instagram": re.compile(r"https://www\.instagram\.com/(?:p|reel|tv)/[\w-]{4,40}/embed/"),
    "facebook": re.compile(
        r"https://www\.facebook\.com/plugins/(?:post|video)\.php\?href="
        r"https%3A%2F%2Fwww\.facebook\.com%2F[\w.%~-]{1,300}"
    ),
}


def embed_for(url: str) -> tuple[str, str, str] | None:
    """``(provider, iframe src, original link)`` for a known provider URL, else None."""
    parts = urlsplit(html.unescape(url.strip()))
    if parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    path, query = parts.path, parse_qs(parts.query)
    if host in ("youtube.com", "youtube-nocookie.com", "youtu.be"):
        if host == "youtu.be":
            video = path.strip("/")
        elif path == "/watch":
            video = query.get("v", [""])[0]
        else:
            match = re.fullmatch(r"/(?:embed|shorts|live)/([\w-]+)/?", path)
            video = match.group(1) if match else ""
        if _YT_ID.fullmatch(video):
            return (
                "youtube",
                f"https://www.youtube-nocookie.com/embed/{video}",
                f"https://www.youtube.com/watch?v={video}",
            )
    elif host in ("twitter.com", "x.com", "mobile.twitter.com", "platform.twitter.com"):
        tweet = query.get("id", [""])[0] if host == "platform.twitter.com" else ""
        user = "i"
        match = _TWEET.match(path)
        if match:
            user, tweet = match.group(1) or "i", match.group(2)
        if tweet.isdigit() and len(tweet) <= 25:
            return (
                "x",
                f"https://platform.twitter.com/embed/Tweet.html?id={tweet}",
                f"https://x.com/{user}/status/{tweet}",
            )
    elif host == "instagram.com":
        match = _INSTA.match(path)
        if match:
            kind, code = match.groups()
            return (
                "instagram",
                f"https://www.instagram.com/{kind}/{code}/embed/",
                f"https://www.instagram.com/{kind}/{code}/",
            )
    elif host == "facebook.com":
        return _facebook(path, query, parts)
    return None


def _facebook(path, query, parts):
    if path.startswith("/plugins/"):
        target = unquote(query.get("href", [""])[0])
    else:
        target = f"https://www.facebook.com{path}" + (f"?{parts.query}" if parts.query else "")
    target = target.replace("http://", "https://", 1).replace(
        "://facebook.com", "://www.facebook.com", 1
    )
    if not _FB_HREF.fullmatch(target) or target.rstrip("/") == "https://www.facebook.com":
        return None
    kind = (
        "video" if ("/videos/" in target or "/watch" in target or "video.php" in path) else "post"
    )
    src = f"https://www.facebook.com/plugins/{kind}.php?href={quote(target, safe='')}"
    return ("facebook", src, target) if SRC_PATTERNS["facebook"].fullmatch(src) else None


def placeholder(provider: str, src: str, original: str) -> str:
    return format_html(
        '<figure class="embed" data-embed-provider="{}" data-embed-src="{}">'
        '<a href="{}">{}</a></figure>',
        provider,
        src,
        original,
        original,
    )


def is_placeholder_attribute(name: str, value: str) -> bool:
    """The only figure attributes bleach keeps: the exact placeholder form."""
    if name == "class":
        return value == "embed"
    if name == "data-embed-provider":
        return value in SRC_PATTERNS
    if name == "data-embed-src":
        return any(p.fullmatch(value) for p in SRC_PATTERNS.values())
    return False


_IFRAME = re.compile(
    r"<iframe\b[^>]*?\bsrc\s*=\s*[\"']([^\"']+)[\"'][^>]*>(?:.*?</iframe\s*>)?", re.I | re.S
)
_QUOTE_EMBED = re.compile(
    r"<blockquote\b[^>]*\bclass\s*=\s*[\"'][^\"']*\b(?:twitter-tweet|instagram-media)\b"
    r"[^>]*>.*?</blockquote\s*>",
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
        found = embed_for(match.group(1))
        return placeholder(*found) if found else match.group(0)

    def from_quote(match):
        for url in _URL.findall(match.group(0)):
            found = embed_for(url)
            if found:
                return placeholder(*found)
        return match.group(0)

    def from_paragraph(match):
        href, text, bare = match.groups()
        url = bare or href
        # Only a URL alone on its line (as oEmbed pasting works); a link with
        # words of its own is editorial and stays a link.
        if href and html.unescape(text) != html.unescape(href):
            return match.group(0)
        found = embed_for(url)
        return placeholder(*found) if found else match.group(0)

    raw = _IFRAME.sub(from_iframe, raw)
    raw = _QUOTE_EMBED.sub(from_quote, raw)
    return _LINK_PARAGRAPH.sub(from_paragraph, raw)
