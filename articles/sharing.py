"""Share links as plain URLs: no SDK, no third-party script, no cookie, and no
request to any network until the reader clicks."""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import quote, urlencode

from django.conf import settings
from django.core.files.storage import default_storage
from django.utils.translation import gettext as _


class ShareLink(NamedTuple):
    network: str  # a stable key, used for the CSS class and the icon
    label: str  # the accessible name, in Italian
    url: str


def absolute(url: str) -> str:
    """``url`` on the public site (storage URLs may already be absolute)."""
    if not url or url.startswith(("http://", "https://")):
        return url
    return settings.SITE_URL + url


def canonical_url(article) -> str:
    return absolute(article.get_absolute_url())


def image_url(article, rendition: str = "social") -> str:
    entries = (article.lead_image_renditions or {}).get(rendition) or []
    if not entries or not entries[-1].get("jpg"):
        return ""
    return absolute(default_storage.url(entries[-1]["jpg"]))


def _q(**params) -> str:
    return urlencode(params, quote_via=quote)


def share_links(article) -> list[ShareLink]:
    url, title = canonical_url(article), article.title
    pinterest = {"url": url, "description": title}
    if media := image_url(article):
        pinterest["media"] = media
    return [
        ShareLink(
            "facebook",
            _("Share on Facebook"),
            "https://www.facebook.com/sharer/sharer.php?" + _q(u=url),
        ),
        ShareLink(
            "pinterest",
            _("Save on Pinterest"),
            "https://www.pinterest.com/pin/create/button/?" + _q(**pinterest),
        ),
        ShareLink("x", _("Share on X"), "https://x.com/intent/post?" + _q(url=url, text=title)),
        ShareLink(
            "linkedin",
            _("Share on LinkedIn"),
            "https://www.linkedin.com/sharing/share-offsite/?" + _q(url=url),
        ),
        ShareLink(
            "whatsapp",
            _("Send on WhatsApp"),
            "https://api.whatsapp.com/send?" + _q(text=f"{title} {url}"),
        ),
        ShareLink(
            "telegram", _("Send on Telegram"), "https://t.me/share/url?" + _q(url=url, text=title)
        ),
        ShareLink(
            "email", _("Send by e-mail"), "mailto:?" + _q(subject=title, body=f"{title}\n\n{url}")
        ),
    ]
