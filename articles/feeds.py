"""RSS 2.0 and Atom feeds (Django's syndication framework), all from published()."""

from __future__ import annotations

import mimetypes

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.core.files.storage import default_storage
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape, format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from authors.models import Author
from media.models import GalleryItem
from newsroom.images import largest_rendition
from newsroom.xmltext import xml_text

from . import library
from .models import Article, Section, public_tags
from .seo import absolute_url, public_image
from .sponsors import sponsored_prefix

ITEMS = 30
# The enclosure is one small JPEG: the card (or the lead) rendition's largest size.
ENCLOSURE_RENDITIONS = ("card", "lead")


def _enclosure(article) -> Enclosure | None:
    cover = library.gallery_cover(article)
    candidates = [(article.lead_image_renditions, name) for name in ENCLOSURE_RENDITIONS]
    if cover:  # a photo gallery without a lead image: its first photo
        candidates.append((cover[0].public_renditions, "full"))
    for renditions, name in candidates:
        size = largest_rendition(renditions, name)
        if size is None:
            continue
        path = size["jpg"]
        try:
            length = default_storage.size(path)
        except (OSError, NotImplementedError):
            continue
        mime = mimetypes.guess_type(path)[0] or "image/jpeg"
        return Enclosure(absolute_url(default_storage.url(path)), str(length), mime)
    return None


def _gallery_teaser(article) -> str:
    cover = library.gallery_cover(article)
    image = public_image(cover[0].public_renditions, "full") if cover else None
    if image is None:
        return ""
    picture, count = cover
    link = absolute_url(article.get_absolute_url()) + f"#galleria-{article.gallery_id}"
    label = ngettext("Photo gallery: %(count)d photo", "Photo gallery: %(count)d photos", count) % {
        "count": count
    }
    return format_html(
        '<p><a href="{}"><img src="{}" alt="{}" width="{}" height="{}"></a></p>'
        '<p><a href="{}">{}</a> ({}: {})</p>',
        link,
        image.url,
        picture.alt,
        image.width,
        image.height,
        link,
        label,
        _("Photo"),
        picture.credit,
    )


class BylineRssFeed(Rss201rev2Feed):
    """RSS with one dc:creator per author, not one string of every name."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": "http://purl.org/dc/elements/1.1/"}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, _link in item["authors"]:
            handler.addQuickElement("dc:creator", name)


class BylineAtomFeed(Atom1Feed):
    """Atom with an author element (name and page) for each author."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, link in item["authors"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.addQuickElement("uri", link)
            handler.endElement("author")


def _xml_safe(value):
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, list | tuple):
        return type(value)(_xml_safe(v) for v in value)
    return value


class LatestArticlesFeed(Feed):
    """The whole site; subclasses narrow ``items`` to a section, tag or author."""

    feed_type = BylineRssFeed
    language = "it"

    def title(self, obj=None):
        return settings.SITE_NAME

    def link(self, obj=None):
        return absolute_url(reverse("articles:home"))

    def description(self, obj=None):
        return _("The latest automotive news from %(site)s.") % {"site": settings.SITE_NAME}

    def articles(self, obj):
        return Article.objects.published()

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        # Django builds the self link from the request's host; every other URL
        # in the feed is on SITE_URL, and feed readers key subscriptions on it.
        feed.feed["feed_url"] = absolute_url(request.path)
        # However text got into the database, nothing written here can make
        # the feed invalid XML.
        feed.feed = {key: _xml_safe(value) for key, value in feed.feed.items()}
        for item in feed.items:
            item.update({key: _xml_safe(value) for key, value in item.items()})
        return feed

    def items(self, obj=None):
        gallery_items = Prefetch("gallery__items", GalleryItem.objects.select_related("picture"))
        return (
            self.articles(obj)
            .for_detail()
            .select_related("gallery")
            .prefetch_related(gallery_items)
            .order_by("-published_at")[:ITEMS]
        )

    def item_title(self, item):
        # Readers that show titles only must see a paid piece for what it is (IAP).
        return sponsored_prefix(item, item.title)

    def item_description(self, item):
        # The standfirst is plain text: readers render a description as HTML,
        # so a "<" in it must arrive escaped. A gallery travels as its first
        # photo and a link to the rest.
        # A sponsored piece says so before anything else (IAP).
        return escape(sponsored_prefix(item, item.standfirst)) + _gallery_teaser(item)

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.modified_at

    def item_extra_kwargs(self, item):
        if item.sponsor_shown:  # the sponsor speaks, not the newsroom's journalists
            return {"authors": []}
        return {
            "authors": [
                (author.name, absolute_url(author.get_absolute_url())) for author in item.byline
            ]
        }

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]

    def item_enclosures(self, item):
        enclosure = _enclosure(item)
        return [enclosure] if enclosure else []


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = BylineAtomFeed

    def subtitle(self, obj=None):
        return self.description(obj)


class _SubjectFeed(LatestArticlesFeed):
    model = None
    url_name = ""

    def get_object(self, request, slug):
        return get_object_or_404(self.model, slug=slug)

    def path(self, obj) -> str:
        """Where this feed of ``obj`` is served, for the page's <link rel="alternate">."""
        return reverse(self.url_name, kwargs={"slug": obj.slug})

    def title(self, obj=None):
        return f"{obj.name} — {settings.SITE_NAME}"

    def link(self, obj=None):
        return absolute_url(obj.get_absolute_url())

    def description(self, obj=None):
        return _("The latest articles about %(name)s from %(site)s.") % {
            "name": obj.name,
            "site": settings.SITE_NAME,
        }


class SectionFeed(_SubjectFeed):
    model = Section
    url_name = "articles:section_feed"

    def articles(self, obj):
        return Article.objects.published().filter(section=obj)


class TagFeed(_SubjectFeed):
    url_name = "articles:tag_feed"

    def get_object(self, request, slug):
        return get_object_or_404(public_tags(), slug=slug)

    def link(self, obj=None):
        return absolute_url(reverse("articles:tag", kwargs={"slug": obj.slug}))

    def articles(self, obj):
        return Article.objects.published().filter(tags=obj)


class AuthorFeed(_SubjectFeed):
    model = Author
    url_name = "articles:author_feed"

    def description(self, obj=None):
        return _("The latest articles by %(name)s on %(site)s.") % {
            "name": obj.name,
            "site": settings.SITE_NAME,
        }

    def articles(self, obj):
        return Article.objects.published().filter(authors=obj)
