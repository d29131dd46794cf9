"""ASCII slugs from Italian text: "Città 30" → ``citta-30``, "l'elettrica" → ``l-elettrica``.

Public URL routes accept ASCII slugs only, so whatever a person types as a
name (accents, apostrophes, symbols, only punctuation, another script)
gets a slug a route can match; a name with no usable letters gets a stable
fallback derived from the name itself.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Letters NFKD cannot take apart, and symbols an Italian desk writes as words.
# (The admin's slug script reads this table too: newsroom.templatetags.slugs.)
SPELLED = {
    "ß": "ss",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "ø": "o",
    "Ø": "o",
    "đ": "d",
    "Đ": "d",
    "ł": "l",
    "Ł": "l",
    "€": " euro ",
    "&": " e ",
    "%": " per cento ",
    "+": " plus ",
    "@": " at ",
}
_SPELLED = str.maketrans(SPELLED)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_length: int = 100, fallback: str = "voce") -> str:
    """A lowercase ASCII slug of ``text``; words split by apostrophes stay apart."""
    spelled = (text or "").translate(_SPELLED)
    # Punctuation, symbols and spaces of any script separate words ("dell’auto").
    spaced = "".join(" " if unicodedata.category(c)[0] in "PSZ" else c for c in spelled)
    ascii_text = (
        unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode("ascii").lower()
    )
    slug = _NOT_SLUG.sub("-", ascii_text).strip("-")[:max_length].rstrip("-")
    if slug:
        return slug
    digest = hashlib.sha1((text or "").encode("utf-8")).hexdigest()[:8]
    return f"{fallback}-{digest}"
