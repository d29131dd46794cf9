"""Addresses read the way a browser reads them, before anyone decides they are local.

A browser (WHATWG URL standard) strips leading and trailing control characters
and spaces, drops every tab and newline wherever it is, and reads ``\\`` as
``/`` in http(s) addresses and in relative ones. So ``/<TAB>/evil.example/x``
and ``/\\evil.example/x`` are addresses on another host, though they start
with one slash. Every "is this on our site?" check asks this module.

No Django imports: settings may read it.
"""

import re
from urllib.parse import urlsplit

# Schemes whose addresses treat a backslash as a slash (WHATWG "special schemes").
_SPECIAL = {"ftp", "file", "http", "https", "ws", "wss"}
_EDGES = "".join(chr(c) for c in range(0x21))  # C0 controls and space
_TAB_OR_NEWLINE = re.compile("[\t\n\r]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")


def browser_url(url: str) -> str:
    """``url`` as a browser's URL parser sees it, before resolving it."""
    url = _TAB_OR_NEWLINE.sub("", url.strip(_EDGES))
    scheme = _SCHEME.match(url)
    if scheme is None or scheme.group(1).lower() in _SPECIAL:
        # A relative address is resolved against our http(s) page: special too.
        url = url.replace("\\", "/")
    return url


def is_local_path(url: str) -> bool:
    """True for an address that stays on this site: a path under exactly one slash."""
    url = browser_url(url)
    return url.startswith("/") and not url.startswith("//")


def is_on_site(url: str, site_url: str) -> bool:
    """True for a path on this site or an absolute web address on ``site_url``'s host."""
    if is_local_path(url):
        return True
    try:
        parts, ours = urlsplit(browser_url(url)), urlsplit(site_url)
    except ValueError:
        return False
    return (
        parts.scheme.lower() in ("http", "https")
        and bool(parts.hostname)
        and parts.hostname == ours.hostname
    )


def https_origin(url: str) -> str | None:
    """``https://host[:port]`` of an absolute https address, or None."""
    try:
        parts = urlsplit(browser_url(url))
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() != "https" or not parts.hostname:
        return None
    return f"https://{parts.hostname}" + (f":{port}" if port else "")


def is_web_address(url: str) -> bool:
    """True for an absolute http(s) address with a host: the only kind a page links out to."""
    try:
        parts = urlsplit(browser_url(url))
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
