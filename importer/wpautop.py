"""Paragraphs from line breaks, as WordPress's ``wpautop`` makes them on its pages.

A classic-editor post is stored as text with blank lines between paragraphs
and HTML only where the author added some; WordPress adds the ``<p>`` and
``<br>`` when it shows the post. The same result here, by walking the HTML:
text at the top level (or directly inside a ``div``, ``blockquote``…) is cut
into paragraphs at blank lines, any other line break becomes ``<br>``, block
elements are left as they are, and ``<pre>``, ``<script>``, ``<style>`` keep
their line breaks untouched.
"""

from __future__ import annotations

import re

BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "col", "colgroup", "dd",
        "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main",
        "map", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
# Blocks whose loose text becomes paragraphs (elsewhere it only gets <br>).
_CONTAINERS = frozenset(
    {
        "article",
        "aside",
        "blockquote",
        "details",
        "div",
        "footer",
        "header",
        "main",
        "nav",
        "section",
    }
)
_VOID = frozenset({"hr", "col"})

_TOKEN = re.compile(
    r"(<!--.*?-->"  # a comment
    r"|<(pre|script|style|textarea)\b.*?</\2\s*>"  # kept whole, line breaks included
    r"|<[^>]*>)",  # any other tag
    re.I | re.S,
)
_TAG_NAME = re.compile(r"<(/?)([a-zA-Z][\w-]*)")
_DOUBLE_BR = re.compile(r"<br\s*/?>\s*<br\s*/?>", re.I)
_BLANK_LINE = re.compile(r"\n\s*\n")
_NEWLINE = re.compile(r"[ \t]*\n[ \t]*")


def wpautop(text: str) -> str:
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return ""
    text = _DOUBLE_BR.sub("\n\n", text)
    out: list[str] = []
    stack: list[str] = []
    pending: list[str] = []

    def flush():
        run = "".join(pending)
        pending.clear()
        if not run.strip():
            return
        if not stack or stack[-1] in _CONTAINERS:
            for part in _BLANK_LINE.split(run.strip("\n")):
                if part.strip():
                    out.append(f"<p>{_breaks(part.strip())}</p>\n")
        else:
            out.append(_breaks(run.strip("\n")))

    for index, piece in enumerate(_TOKEN.split(text)):
        # split() returns text, then the whole token and its inner group, in turn.
        if index % 3 == 2 or not piece:
            continue
        if index % 3 == 0:
            pending.append(piece)
            continue
        kind = _kind(piece)
        if kind == "inline":
            pending.append(piece.replace("\n", " "))
            continue
        flush()
        if kind == "comment":
            continue
        out.append(piece if kind == "kept" else piece.replace("\n", " "))
        if _track(piece, stack):
            out.append("\n")
    flush()
    return "".join(out).strip()


def _kind(token: str) -> str:
    if token.startswith("<!--"):
        return "comment"
    match = _TAG_NAME.match(token)
    if match is None:
        return "inline"
    name = match.group(2).lower()
    if name in ("pre", "script", "style", "textarea") and not match.group(1):
        return "kept"
    return "block" if name in BLOCKS else "inline"


def _track(token: str, stack: list[str]) -> bool:
    """Keep the stack of open block elements (tolerant of unclosed ones).

    Returns whether the token ended an element (a line break follows it)."""
    match = _TAG_NAME.match(token)
    if match is None:
        return True
    closing, name = match.group(1), match.group(2).lower()
    if name in _VOID or token.endswith("/>") or name in ("pre", "script", "style", "textarea"):
        return True
    if not closing:
        stack.append(name)
        return False
    if name in stack:
        del stack[len(stack) - 1 - stack[::-1].index(name) :]
    return True


def _breaks(run: str) -> str:
    return _NEWLINE.sub("<br>\n", run)
