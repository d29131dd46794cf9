"""The publisher as schema.org ``NewsMediaOrganization``: on the home page,
and as the ``publisher`` of every article (articles.seo asks here).

Without a record it still says what it knows (the site's name, address and
logo), so structured data never disappears while the legal data is missing.
"""

from __future__ import annotations

from django.conf import settings
from django.core.files.storage import default_storage
from django.templatetags.static import static
from django.urls import reverse

from newsroom.images import largest_rendition

from .models import current

LOGO = {"path": "img/logo.png", "width": 600, "height": 60}
# Library logos: the largest JPEG of the whole picture, uncropped.
LOGO_RENDITION = "full"


def _absolute(url: str) -> str:
    if not url or url.startswith(("http://", "https://")):
        return url
    return settings.SITE_URL + url


def _logo(record) -> dict:
    picture = record.logo if record else None
    size = largest_rendition(picture.public_renditions, LOGO_RENDITION) if picture else None
    if size is None:
        url, width, height = static(LOGO["path"]), LOGO["width"], LOGO["height"]
    else:
        url, width, height = default_storage.url(size["jpg"]), size["w"], size["h"]
    return {"@type": "ImageObject", "url": _absolute(url), "width": width, "height": height}


def organization(*, context: bool = False) -> dict:
    record = current()
    data = {
        "@type": "NewsMediaOrganization",
        "name": record.masthead if record else settings.SITE_NAME,
        "url": _absolute(reverse("articles:home")),
        "logo": _logo(record),
        "publishingPrinciples": _absolute(reverse("publisher:policy")),
        "correctionsPolicy": _absolute(reverse("publisher:policy")) + "#correzioni",
        "masthead": _absolute(reverse("publisher:masthead")),
    }
    if record is not None:
        data["legalName"] = record.company
        data["vatID"] = f"IT{record.vat_number}"
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": record.street_address,
            "postalCode": record.postal_code,
            "addressLocality": record.city,
            "addressCountry": "IT",
        }
        contact = {"@type": "ContactPoint", "contactType": "redazione"}
        if record.email:
            contact["email"] = record.email
        if record.phone:
            contact["telephone"] = record.phone
        contact["url"] = _absolute(reverse("publisher:contacts"))
        data["contactPoint"] = contact
    if context:
        data = {"@context": "https://schema.org", **data}
    return data
