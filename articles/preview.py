"""Signed, expiring preview links for people without an account.

The token carries the article id and its expiry, signed with SECRET_KEY:
nothing is stored, a changed character breaks the signature, and each link
has the lifetime the desk editor chose.
"""

from __future__ import annotations

import time
from datetime import timedelta

from django.core import signing

SALT = "articles.preview"


class PreviewExpired(Exception):
    pass


def make_token(article_id: int, lifetime: timedelta) -> str:
    expires = int(time.time() + lifetime.total_seconds())
    return signing.dumps({"a": article_id, "e": expires}, salt=SALT)


def read_token(token: str) -> int:
    """Article id of a valid token; ``signing.BadSignature`` or ``PreviewExpired``."""
    data = signing.loads(token, salt=SALT)
    if not isinstance(data, dict) or "a" not in data or "e" not in data:
        raise signing.BadSignature("malformed preview token")
    if time.time() > data["e"]:
        raise PreviewExpired
    return int(data["a"])
