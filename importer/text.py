"""Plain text out of what WordPress stored: entities decoded, tags and control
characters gone, spacing tidied."""

import html
import re

from django.utils.html import strip_tags
from django.utils.text import Truncator

# C0 controls but tab and newlines, DEL, C1 controls, and the Unicode
# non-characters a paste can carry.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SPACES = re.compile(r"\s+")


def without_controls(text: str) -> str:
    # Word's manual line break (vertical tab) and page break separate words.
    return _CONTROLS.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", text or "")


def plain(text: str, max_length: int | None = None) -> str:
    """One line of text: ``Tesla &#8211; Model&nbsp;3`` → ``Tesla – Model 3``."""
    text = html.unescape(strip_tags(html.unescape(without_controls(text))))
    text = _SPACES.sub(" ", text.replace("\xa0", " ")).strip()
    if max_length is not None and len(text) > max_length:
        text = Truncator(text).chars(max_length)
    return text
