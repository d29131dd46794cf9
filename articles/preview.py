"""Shareable preview links for people without an account.

Each link is a ``PreviewLink`` row (who made it, until when, revoked or not);
the URL carries that row's id signed with SECRET_KEY, so a changed character
breaks the signature and nobody can guess another link. Expiry and
revocation are read from the row: the desk can end a link before its time.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .errors import NotAllowed
from .models import Article, PreviewLink
from .workflow import Perm

SALT = "articles.preview"


class Refusal(StrEnum):
    """Why a preview link does not open."""

    ALTERED = "altered"
    EXPIRED = "expired"
    REVOKED = "revoked"
    PUBLISHED = "published"


class PreviewRefused(Exception):
    def __init__(self, reason: Refusal, link: PreviewLink | None = None):
        super().__init__(reason)
        self.reason, self.link = reason, link


def token(link: PreviewLink) -> str:
    # No timestamp in it (the link's own expiry rules): the same link always
    # has the same address, on the article's page and wherever it was shared.
    return signing.Signer(salt=SALT).sign_object({"l": link.pk})


@transaction.atomic
def preview_link_create(*, article: Article, by, lifetime: timedelta) -> PreviewLink:
    if not by.has_perm(Perm.PREVIEW_LINK):
        raise NotAllowed(_("Your role does not allow sharing previews."))
    return PreviewLink.objects.create(
        article=article, created_by=by, expires_at=timezone.now() + lifetime
    )


@transaction.atomic
def preview_link_revoke(*, link: PreviewLink, by) -> PreviewLink:
    if not by.has_perm(Perm.PREVIEW_LINK):
        raise NotAllowed(_("Your role does not allow sharing previews."))
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
    return link


def open_link(value: str) -> PreviewLink:
    """The live link ``value`` names, or ``PreviewRefused`` saying why not."""
    try:
        data = signing.Signer(salt=SALT).unsign_object(value)
    except signing.BadSignature:
        raise PreviewRefused(Refusal.ALTERED) from None
    link_id = data.get("l") if isinstance(data, dict) else None
    link = (
        PreviewLink.objects.select_related("article").filter(pk=link_id).first()
        if isinstance(link_id, int)
        else None
    )
    if link is None:
        raise PreviewRefused(Refusal.ALTERED)
    if link.revoked_at is not None:
        raise PreviewRefused(Refusal.REVOKED, link)
    if link.expires_at <= timezone.now():
        raise PreviewRefused(Refusal.EXPIRED, link)
    if link.article.is_public:
        raise PreviewRefused(Refusal.PUBLISHED, link)
    return link
