"""What search engines, social networks and feed readers read: absolute URLs
on SITE_URL, the lead image's renditions as public URLs, Open Graph values,
the JSON-LD (``NewsArticle``, ``BreadcrumbList``, rendered by the ``ld_json``
filter) and the share links.

Share links are plain URLs: no SDK, no third-party script, no cookie, and no
request to any network until the reader clicks."""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import quote, urlencode

from django.conf import settings
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils.translation import gettext as _

from newsroom.dates import iso_datetime
from newsroom.images import largest_rendition
from publisher.structured import organization

# Google asks for article images in 16:9, 4:3 and 1:1.
LD_IMAGE_RENDITIONS = ("lead", "wide4x3", "wide1x1")


class PublicImage(NamedTuple):
    url: str  # absolute, on SITE_URL unless the storage serves from its own host
    width: int
    height: int


class ShareLink(NamedTuple):
    network: str  # a stable key, used for the CSS class and the icon
    label: str  # the accessible name, in Italian
    url: str


def absolute_url(url: str) -> str:
    """``url`` on the public site (storage URLs may already be absolute)."""
    if not url or url.startswith(("http://", "https://")):
        return url
    return settings.SITE_URL + url


def canonical_url(article) -> str:
    return absolute_url(article.get_absolute_url())


def public_image(renditions: dict, rendition: str) -> PublicImage | None:
    """The largest JPEG of one rendition in a rendition index."""
    size = largest_rendition(renditions, rendition)
    if size is None:
        return None
    return PublicImage(absolute_url(default_storage.url(size["jpg"])), size["w"], size["h"])


def lead_image(article, rendition: str) -> PublicImage | None:
    """The largest JPEG of one rendition of the article's lead image."""
    return public_image(article.lead_image_renditions, rendition)


def social_image(article) -> PublicImage | None:
    """The 1200x630 card for og:image."""
    return lead_image(article, "social")


def publisher() -> dict:
    """The publisher's record as a NewsMediaOrganization (the site's name and
    logo while the record is missing)."""
    return organization()


# schema.org's types for each kind of piece (NewsArticle for the rest).
SCHEMA_TYPES = {
    "review": "ReviewNewsArticle",
    "opinion": "OpinionNewsArticle",
    "analysis": "AnalysisNewsArticle",
    "sponsored": "AdvertiserContentArticle",
}


def schema_type(article) -> str:
    return SCHEMA_TYPES.get(article.kind, "NewsArticle")


# Google shows at most 110 characters of an article's headline.
HEADLINE_LIMIT = 110


def headline(title: str) -> str:
    """The title within Google's limit, shortened at a word boundary, never mid-word."""
    title = " ".join(title.split())
    if len(title) <= HEADLINE_LIMIT:
        return title
    cut = title[: HEADLINE_LIMIT - 1].rsplit(" ", 1)[0].rstrip(" ,;:.–—-")
    return f"{cut}…"


def gallery_images(galleries) -> list[dict]:
    """Each gallery photo as an ImageObject: where it is, what it shows, whose it is."""
    found = []
    for view in galleries:
        for slide in view.slides:
            image = public_image(slide.renditions, "full")
            if image is None:
                continue
            item = {
                "@type": "ImageObject",
                "contentUrl": image.url,
                "url": absolute_url(slide.url),
                "width": image.width,
                "height": image.height,
                "caption": slide.caption,
                "creditText": slide.credit,
                "position": slide.number,
            }
            if slide.picture.copyright_holder:
                item["copyrightNotice"] = slide.picture.copyright_holder
            found.append(item)
    return found


def photo_page(article, slide) -> dict:
    """What a gallery photo's own page says about itself (title, description,
    canonical URL, social image), for the article template."""
    picture = slide.picture
    return {
        "page_title": _("Photo %(number)s of %(total)s: %(title)s")
        % {"number": slide.number, "total": slide.total, "title": article.title},
        "page_description": picture.caption or article.standfirst,
        "canonical_url": absolute_url(slide.url),
        "social_image": public_image(picture.public_renditions, "social"),
        "social_image_alt": picture.alt,
    }


def news_article(article, galleries=()) -> dict:
    url = canonical_url(article)
    # A preview of a draft has no publication date yet: describe it as of now.
    published = article.published_at or article.updated_at
    images = [image.url for name in LD_IMAGE_RENDITIONS if (image := lead_image(article, name))]
    data = {
        "@context": "https://schema.org",
        "@type": schema_type(article),
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": headline(article.title),
        "description": article.standfirst,
        "datePublished": iso_datetime(published),
        "dateModified": iso_datetime(article.modified_at or published),
        "author": [
            {"@type": "Person", "name": author.name, "url": absolute_url(author.get_absolute_url())}
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
    if sponsor := article.sponsor_shown:
        sponsor_data = {"@type": "Organization", "name": sponsor.name}
        if sponsor.link:
            sponsor_data["url"] = sponsor.link
        data["sponsor"] = sponsor_data
    if photos := gallery_images(galleries):
        data["associatedMedia"] = photos
    if corrections := list(article.corrections.all()):
        data["correction"] = [
            {
                "@type": "CorrectionComment",
                "text": c.text,
                "datePublished": iso_datetime(c.created_at),
            }
            for c in corrections
        ]
    return data


def breadcrumbs(article) -> dict:
    trail = [
        (_("Home"), absolute_url(reverse("articles:home"))),
        (article.section.name, absolute_url(article.section.get_absolute_url())),
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


def article_structured_data(article, galleries=()) -> list[dict]:
    return [news_article(article, galleries), breadcrumbs(article)]


def _q(**params) -> str:
    return urlencode(params, quote_via=quote)


def share_links(article) -> list[ShareLink]:
    url, title = canonical_url(article), article.title
    pinterest = {"url": url, "description": title}
    if image := social_image(article):
        pinterest["media"] = image.url
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
