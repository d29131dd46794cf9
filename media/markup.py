"""How library pictures and galleries are written inside an article body.

    <figure class="picture" data-picture="12"><img src="…" alt="…"><figcaption>…</figcaption></figure>
    <img data-picture="12" src="…" alt="…">        (a picture inside a paragraph)
    <figure class="gallery" data-gallery="7"><figcaption>Title</figcaption></figure>

The editor writes these forms, the article sanitizer keeps exactly these
attributes (``is_media_attribute``), and pages replace them with the
library's current renditions, caption and credit (``media.render``).
"""

import re

MEDIA_FIGURE_CLASSES = ("picture", "gallery")
_ID = re.compile(r"[1-9]\d{0,17}")

FIGURE = re.compile(r"<figure\b(?P<attrs>[^>]*)>(?P<inner>.*?)</figure\s*>", re.S | re.I)
IMG = re.compile(r"<img\b(?P<attrs>[^>]*)>", re.I)
ATTR = re.compile(r"([\w-]+)=\"([^\"]*)\"")
CAPTION = re.compile(r"<figcaption>(.*?)</figcaption\s*>", re.S | re.I)
_PICTURE_ID = re.compile(r"\bdata-picture=\"(\d+)\"")
_GALLERY_ID = re.compile(r"\bdata-gallery=\"(\d+)\"")


def is_media_attribute(tag: str, name: str, value: str) -> bool:
    """The attributes the sanitizer keeps for the forms above, and no other value."""
    if tag == "figure" and name == "class":
        return value in MEDIA_FIGURE_CLASSES
    if name == "data-picture":
        return tag in ("figure", "img") and bool(_ID.fullmatch(value))
    if name == "data-gallery":
        return tag == "figure" and bool(_ID.fullmatch(value))
    return False


def picture_ids(html: str) -> list[int]:
    return list(dict.fromkeys(int(i) for i in _PICTURE_ID.findall(html or "")))


def gallery_ids(html: str) -> list[int]:
    return list(dict.fromkeys(int(i) for i in _GALLERY_ID.findall(html or "")))


def dropped_images(submitted: str, cleaned: str) -> int:
    """How many pictures the sanitizer had to drop (not from the library or our
    own media): the editor is told, rather than losing them without a word."""
    return max(0, len(IMG.findall(submitted or "")) - len(IMG.findall(cleaned or "")))
