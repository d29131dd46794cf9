"""Finding WordPress's uploaded files in the copy of ``wp-content/uploads`` given
with ``--media-dir``.

Posts point at files by address (``…/wp-content/uploads/2024/03/foto-300x200.jpg``)
or through an attachment (``_wp_attached_file``: ``2024/03/foto.jpg``). The
original is preferred to WordPress's resized copies, and nothing outside the
folder is ever opened, whatever the export says.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .export import Attachment

_UPLOADS = "/wp-content/uploads/"
_SIZED = re.compile(r"-\d{1,5}x\d{1,5}(?=\.\w+$)")
_REFERENCE = re.compile(r"wp-content/uploads/([^\"'\s\]\[<>?#)]+)")


def relative(url: str) -> str:
    """``https://old.it/wp-content/uploads/2024/03/foto.jpg`` → ``2024/03/foto.jpg`` ("" if not an upload)."""
    path = unquote(urlsplit((url or "").strip()).path)
    index = path.find(_UPLOADS)
    return path[index + len(_UPLOADS) :] if index != -1 else ""


def of_attachment(attachment: Attachment) -> str:
    return attachment.file or relative(attachment.url)


def referenced(content: str) -> list[str]:
    """Every upload a post's text mentions (for noticing when one turns up later)."""
    return sorted({unquote(m) for m in _REFERENCE.findall(content or "")})


class Uploads:
    def __init__(self, root: Path | None):
        self.root = root.resolve() if root else None

    def find(self, name: str) -> Path | None:
        """The file for an uploads-relative name: the original if there, else the name itself."""
        if not self.root or not name:
            return None
        for candidate in dict.fromkeys((_SIZED.sub("", name), name)):
            path = (self.root / candidate.lstrip("/")).resolve()
            if path.is_relative_to(self.root) and path.is_file():
                return path
        return None

    def name_of(self, path: Path) -> str:
        """A found file's name under the uploads folder: one name per file, whichever
        resized copy a post pointed at."""
        return path.relative_to(self.root).as_posix()

    def state(self, names: list[str]) -> list[tuple[str, int]]:
        """Which of ``names`` exist and how big they are (part of a post's fingerprint)."""
        result = []
        for name in names:
            path = self.find(name)
            result.append((name, path.stat().st_size if path else -1))
        return result
