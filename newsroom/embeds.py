"""The embed providers: one table read by the sanitizer, the consent app and the CSP.

Each provider lists the exact address forms it accepts (matched whole, never
searched), how to build the iframe address and the link to the original from
what a form captured, and the hosts its frames come from. An iframe address is
valid only if reading it again through the table gives the same address, so
the sanitizer (which stores embeds) and the consent app (which shows them)
cannot disagree, and the CSP ``frame-src`` is derived from the same rows.

No Django imports: settings read this module.
"""

import html
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote


@dataclass(frozen=True)
class Form:
    """One accepted address form.

    ``src`` and ``original`` are ``str.format`` templates filled with the
    pattern's named groups; ``{original}`` inside ``src`` is the original
    link, percent-encoded. A form with ``wraps`` captures, in that group, a
    percent-encoded address of the same provider that is read again instead.
    """

    pattern: re.Pattern
    src: str = ""
    original: str = ""
    wraps: str = ""


@dataclass(frozen=True)
class Provider:
    key: str
    name: str
    frame_origins: tuple[str, ...]
    forms: tuple[Form, ...]


@dataclass(frozen=True)
class Embed:
    provider: str
    src: str
    original: str


def _form(pattern: str, src: str = "", original: str = "", *, wraps: str = "") -> Form:
    # ASCII: \w must not let a lookalike letter from another script through.
    return Form(re.compile(pattern, re.ASCII), src, original, wraps)


# A query string or fragment after the part that matters: ignored, but only
# made of characters a real share link carries (no quote, backslash or space).
_REST = r"(?:[?#&][\w.~%&=+/:;,@!-]*)?"
# Query parameters that may come before the one that matters.
_PARAMS = r"(?:[\w.~%=+-]*&)*"

_YOUTUBE = r"https?://(?:www\.|m\.)?youtube\.com"
_YT_SRC = "https://www.youtube-nocookie.com/embed/{video}"
_YT_ORIGINAL = "https://www.youtube.com/watch?v={video}"
_YT_ID = r"(?P<video>[\w-]{11})"
_YOUTUBE_FORMS = (
    _form(rf"{_YOUTUBE}/watch\?{_PARAMS}v={_YT_ID}{_REST}", _YT_SRC, _YT_ORIGINAL),
    _form(rf"https?://youtu\.be/{_YT_ID}/?{_REST}", _YT_SRC, _YT_ORIGINAL),
    _form(
        r"https?://(?:www\.|m\.)?youtube(?:-nocookie)?\.com"
        rf"/(?:embed|shorts|live)/{_YT_ID}/?{_REST}",
        _YT_SRC,
        _YT_ORIGINAL,
    ),
)

_X = r"https?://(?:www\.|m\.|mobile\.)?(?:twitter|x)\.com"
_X_SRC = "https://platform.twitter.com/embed/Tweet.html?id={tweet}"
_X_ANONYMOUS = "https://x.com/i/status/{tweet}"
_TWEET = r"(?P<tweet>\d{1,25})"
_X_FORMS = (
    _form(
        rf"{_X}/(?P<user>\w{{1,15}})/status(?:es)?/{_TWEET}(?:/(?:photo|video)/\d)?/?{_REST}",
        _X_SRC,
        "https://x.com/{user}/status/{tweet}",
    ),
    _form(rf"{_X}/i/web/status/{_TWEET}/?{_REST}", _X_SRC, _X_ANONYMOUS),
    _form(
        rf"https?://platform\.twitter\.com/embed/Tweet\.html\?{_PARAMS}id={_TWEET}{_REST}",
        _X_SRC,
        _X_ANONYMOUS,
    ),
)

_INSTAGRAM_FORMS = (
    _form(
        r"https?://(?:www\.|m\.)?instagram\.com/(?:[\w.]{1,30}/)?(?P<kind>p|reel|tv)"
        rf"/(?P<code>[\w-]{{4,40}})/?(?:embed/?(?:captioned/?)?)?{_REST}",
        "https://www.instagram.com/{kind}/{code}/embed/",
        "https://www.instagram.com/{kind}/{code}/",
    ),
)

_FACEBOOK = r"https?://(?:www\.|m\.|web\.)?facebook\.com"
_FB_NAME = r"[\w.~-]{1,80}"
_FB_POST = "https://www.facebook.com/plugins/post.php?href={original}"
_FB_VIDEO = "https://www.facebook.com/plugins/video.php?href={original}"
_FACEBOOK_FORMS = (
    _form(
        rf"{_FACEBOOK}/(?P<page>{_FB_NAME})/posts/(?P<post>{_FB_NAME})/?{_REST}",
        _FB_POST,
        "https://www.facebook.com/{page}/posts/{post}",
    ),
    _form(
        rf"{_FACEBOOK}/(?P<page>{_FB_NAME})/videos/(?:[\w.~%-]{{1,120}}/)?"
        rf"(?P<video>\d{{1,25}})/?{_REST}",
        _FB_VIDEO,
        "https://www.facebook.com/{page}/videos/{video}/",
    ),
    _form(
        rf"{_FACEBOOK}/(?P<script>permalink|story)\.php\?"
        rf"story_fbid=(?P<story>[\w~-]{{1,80}})&id=(?P<owner>\d{{1,25}}){_REST}",
        _FB_POST,
        "https://www.facebook.com/{script}.php?story_fbid={story}&id={owner}",
    ),
    _form(
        rf"{_FACEBOOK}/watch/?\?{_PARAMS}v=(?P<video>\d{{1,25}}){_REST}",
        _FB_VIDEO,
        "https://www.facebook.com/watch/?v={video}",
    ),
    # The plugin address Facebook's own "embed" button gives: the post it
    # wraps is read again through the forms above.
    _form(
        r"https?://www\.facebook\.com/plugins/(?:post|video)\.php\?"
        rf"{_PARAMS}href=(?P<href>[\w.~%-]{{1,400}}){_REST}",
        wraps="href",
    ),
)

_TIKTOK_SRC = "https://www.tiktok.com/embed/v2/{video}"
_TIKTOK_ID = r"(?P<video>\d{1,25})"
_TIKTOK_FORMS = (
    _form(
        r"https?://(?:www\.|m\.)?tiktok\.com"
        rf"/@(?P<user>[\w.]{{1,30}})/video/{_TIKTOK_ID}/?{_REST}",
        _TIKTOK_SRC,
        "https://www.tiktok.com/@{user}/video/{video}",
    ),
    _form(rf"https?://www\.tiktok\.com/embed/v2/{_TIKTOK_ID}/?{_REST}", _TIKTOK_SRC, _TIKTOK_SRC),
)

# key, name a reader sees, where frames come from (the CSP frame-src), forms.
PROVIDERS: dict[str, Provider] = {
    p.key: p
    for p in (
        Provider("youtube", "YouTube", ("https://www.youtube-nocookie.com",), _YOUTUBE_FORMS),
        Provider("x", "X (Twitter)", ("https://platform.twitter.com",), _X_FORMS),
        Provider("instagram", "Instagram", ("https://www.instagram.com",), _INSTAGRAM_FORMS),
        Provider("facebook", "Facebook", ("https://www.facebook.com",), _FACEBOOK_FORMS),
        Provider("tiktok", "TikTok", ("https://www.tiktok.com",), _TIKTOK_FORMS),
    )
}

# Printable ASCII only: whitespace, control characters and lookalike letters
# inside an address are refused, and a backslash (which browsers read as a
# slash, moving the host) never reaches the patterns.
_PLAIN = re.compile(r"[!-\[\]-~]{1,600}")
_SCHEME_AND_HOST = re.compile(r"[A-Za-z]+://[^/?#]*")


def recognise(url: str) -> Embed | None:
    """The embed a pasted address stands for, or None if no provider accepts it exactly."""
    return _recognise(html.unescape(url).strip())


def frame_provider(src: str) -> str | None:
    """The provider whose table builds exactly this iframe address, if any."""
    found = _recognise(src)
    return found.provider if found and found.src == src else None


def _recognise(url: str) -> Embed | None:
    url = _plain(url)
    if url is None:
        return None
    for provider in PROVIDERS.values():
        found = _read(provider, url, unwrap=True)
        if found:
            return found
    return None


def _plain(url: str) -> str | None:
    if not _PLAIN.fullmatch(url):
        return None
    # Scheme and host are case-insensitive; paths and ids are not.
    return _SCHEME_AND_HOST.sub(lambda m: m.group(0).lower(), url, count=1)


def _read(provider: Provider, url: str, *, unwrap: bool) -> Embed | None:
    for form in provider.forms:
        match = form.pattern.fullmatch(url)
        if not match:
            continue
        if form.wraps:
            inner = _plain(unquote(match.group(form.wraps))) if unwrap else None
            return _read(provider, inner, unwrap=False) if inner else None
        parts = match.groupdict()
        original = form.original.format(**parts)
        src = form.src.format(**parts, original=quote(original, safe=""))
        return Embed(provider.key, src, original)
    return None


def frame_origins() -> list[str]:
    """Every host an embed frame may come from (the CSP ``frame-src``)."""
    return sorted({origin for p in PROVIDERS.values() for origin in p.frame_origins})
