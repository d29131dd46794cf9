"""WordPress shortcodes (``[caption]``, ``[gallery ids="1,2"]``, ``[embed]…[/embed]``).

WordPress replaces only the shortcodes some plugin registered; the rest stay
as typed. Without the plugins, this module tells a shortcode from ordinary
text in brackets ("[sic]", "[AGGIORNAMENTO]") by its look: a closing tag, an
attribute, a name with ``_`` or ``-`` (plugins' habit), or a core name.
``[[name]]`` is WordPress's escape for the literal text ``[name]``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

CORE = frozenset({"audio", "caption", "embed", "gallery", "playlist", "video", "wp_caption"})

_OPEN = re.compile(r"\[(\[?)([A-Za-z][\w-]*)(?![\w-])((?:[^\[\]/]|/(?!\]))*)(/?)\](\]?)")
_ATTR = re.compile(
    r"""([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)"""
    r"""|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)"""
    r"""|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)"""
    r"""|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)"""
)


@dataclass
class Shortcode:
    name: str
    attrs: dict[str, str] = field(default_factory=dict)
    positional: list[str] = field(default_factory=list)
    content: str | None = None  # None for a shortcode without a closing tag
    raw_attrs: str = ""


Handler = Callable[[Shortcode], str]


def parse_attrs(text: str) -> tuple[dict[str, str], list[str]]:
    # Editors' curly quotes and encoded quotes delimit values like straight ones.
    text = html.unescape(text).replace("\u201d", '"').replace("\u201c", '"').replace("\u2033", '"')
    attrs: dict[str, str] = {}
    positional: list[str] = []
    for m in _ATTR.finditer(text.strip()):
        if m.group(1):
            attrs[m.group(1).lower()] = m.group(2)
        elif m.group(3):
            attrs[m.group(3).lower()] = m.group(4)
        elif m.group(5):
            attrs[m.group(5).lower()] = m.group(6)
        else:
            positional.append(next(g for g in m.groups()[6:] if g is not None))
    return attrs, positional


def expand(text: str, handlers: dict[str, Handler], dropped: Callable[[str], None]) -> str:
    """Replace every shortcode: by its handler's HTML, or (unknown ones) by its
    own content, calling ``dropped(name)`` so the report can say which went."""
    out: list[str] = []
    position = 0
    while True:
        match = _OPEN.search(text, position)
        if match is None:
            out.append(text[position:])
            return "".join(out)
        escaped_open, name, raw, self_closing, escaped_close = match.groups()
        out.append(text[position : match.start()])
        end = match.end()
        closing = -1 if self_closing else text.find(f"[/{name}]", end)
        if escaped_open and escaped_close:
            out.append(match.group()[1:-1])
            position = end
            continue
        content = text[end:closing] if closing != -1 else None
        if closing != -1:
            end = closing + len(name) + 3
        lowered = name.lower()
        if lowered in handlers:
            attrs, positional = parse_attrs(raw)
            shortcode = Shortcode(lowered, attrs, positional, content, raw)
            out.append(escaped_open + handlers[lowered](shortcode))
        elif _looks_like_shortcode(lowered, raw, content):
            dropped(lowered)
            out.append(escaped_open + expand(content or "", handlers, dropped))
        else:
            out.append(match.group(0)[:-1] if escaped_close else match.group(0))
            end = match.end() - len(escaped_close)
        position = end


def _looks_like_shortcode(name: str, raw: str, content: str | None) -> bool:
    return content is not None or "=" in raw or name in CORE or "_" in name or "-" in name
