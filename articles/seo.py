"""What search engines and social networks read: Open Graph values and the
JSON-LD (``NewsArticle``, ``BreadcrumbList``) built as plain dicts, rendered
by the ``ld_json`` filter."""

from __future__ import annotations

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .sharing import absolute, canonical_url, image_url

LOGO = {"path": "img/logo.png", "width": 600, "height": 60}
# Google asks for article images in 16:9, 4:3 and 1:1.
LD_IMAGE_RENDITIONS = ("lead", "wide4x3", "wide1x1")


def social_image(article) -> dict | None:
    """The 1200x630 card for og:image, with its size."""
    entries = (article.lead_image_renditions or {}).get("social") or []
    if not entries:
        return None
    return {
        "url": image_url(article, "social"),
        "width": entries[-1]["w"],
        "height": entries[-1]["h"],
    }


def _iso(value) -> str:
    return timezone.localtime(value).isoformat() if value else ""


def publisher() -> dict:
    return {
        "@type": "NewsMediaOrganization",
        "name": settings.SITE_NAME,
        "url": settings.SITE_URL + "/",
        "logo": {
            "@type": "ImageObject",
            "url": absolute(static(LOGO["path"])),
            "width": LOGO["width"],
            "height": LOGO["height"],
        },
    }


def news_article(article) -> dict:
    url = canonical_url(article)
    # A preview of a draft has no publication date yet: describe it as of now.
    published = article.published_at or article.updated_at
    images = [u for u in (image_url(article, name) for name in LD_IMAGE_RENDITIONS) if u]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.title[:110],
        "description": article.standfirst,
        "datePublished": _iso(published),
        "dateModified": _iso(article.modified_at or published),
        "author": [
            {"@type": "Person", "name": author.name, "url": absolute(author.get_absolute_url())}
            for author in article.byline
        ],
        "publisher": publisher(),
        "articleSection": article.section.name,
        "keywords": [tag.name for tag in article.tags.all()],
        "inLanguage": "it-IT",
        "isAccessibleForFree": True,
    }
    if images:
        data["image"] = images
    return data


def breadcrumbs(article) -> dict:
    trail = [
        (_("Home"), absolute(reverse("articles:home"))),
        (article.section.name, absolute(article.section.get_absolute_url())),
        (article.title, canonical_url(article)),
    ]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": name, "item": url}
            for i, (name, url) in enumerate(trail, start=1)
        ],
    }


def article_structured_data(article) -> list[dict]:
    return [news_article(article), breadcrumbs(article)]
