"""Sitemaps: an index over articles, sections, tags and authors, and the
Google News sitemap (the last 48 hours). Everything starts from published()."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone

from authors.models import Author
from newsroom.dates import iso_datetime
from newsroom.xmltext import xml_text

from .models import Article, ArticleKind, Section, Tag
from .seo import canonical_url

NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000  # Google News reads at most 1,000 URLs per sitemap


class _SiteSitemap(Sitemap):
    """URLs on SITE_URL, whatever host the crawler used to reach us.

    Each sitemap is split into pages of SITEMAP_PAGE_SIZE URLs (the protocol
    allows at most 50,000 per file); the index lists every page (``?p=2``…).
    """

    @property
    def limit(self):
        return min(settings.SITEMAP_PAGE_SIZE, 50_000)

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or "https"


def _newest(**match):
    """Subquery: the last change among a subject's published articles."""
    latest = Article.objects.published().filter(**match).order_by("-updated_at")
    return Subquery(latest.values("updated_at")[:1])


class ArticleSitemap(_SiteSitemap):
    changefreq = "daily"

    def items(self):
        return (
            Article.objects.published()
            .only("slug", "published_at", "created_at", "updated_at")
            .order_by("-published_at")
        )

    def lastmod(self, item):
        return item.modified_at

    def get_latest_lastmod(self):
        # One aggregate instead of loading every article for the index.
        newest = Article.objects.published().aggregate(
            updated=Max("updated_at"), published=Max("published_at")
        )
        return max(filter(None, newest.values()), default=None)


class _SubjectSitemap(_SiteSitemap):
    changefreq = "hourly"

    def lastmod(self, item):
        return item.last_change


class SectionSitemap(_SubjectSitemap):
    def items(self):
        return (
            Section.objects.annotate(last_change=_newest(section=OuterRef("pk")))
            .filter(last_change__isnull=False)
            .order_by("order", "name")
        )


class TagSitemap(_SubjectSitemap):
    def items(self):
        return (
            Tag.objects.annotate(last_change=_newest(tags=OuterRef("pk")))
            .filter(last_change__isnull=False)
            .order_by("name")
        )

    def location(self, item):
        return reverse("articles:tag", kwargs={"slug": item.slug})


class AuthorSitemap(_SubjectSitemap):
    def items(self):
        return (
            Author.objects.annotate(last_change=_newest(authors=OuterRef("pk")))
            .filter(last_change__isnull=False)
            .order_by("name")
        )


SITEMAPS = {
    "articoli": ArticleSitemap,
    "sezioni": SectionSitemap,
    "tag": TagSitemap,
    "autori": AuthorSitemap,
}


def news_articles():
    """Articles for the Google News sitemap: published in the last 48 hours.

    Sponsored pieces are advertising, not news: Google News leaves them out."""
    since = timezone.now() - NEWS_WINDOW
    return (
        Article.objects.published()
        .filter(published_at__gte=since)
        .exclude(kind=ArticleKind.SPONSORED)
        .only("title", "slug", "published_at", "created_at")
        .order_by("-published_at")[:NEWS_LIMIT]
    )


def news_entries():
    """What the news sitemap template prints, with W3C dates to the second."""
    return [
        {
            "loc": canonical_url(article),
            "title": xml_text(article.title),
            "published": iso_datetime(article.published_at),
        }
        for article in news_articles()
    ]
