"""Sitemaps: an index over articles, sections, tags and authors, and the
Google News sitemap (the last 48 hours). Everything starts from published()."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, OuterRef, Subquery
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
    """Subquery: the last change among a subject's published articles.

    Selected only for the rows of a sitemap page; which subjects are listed is
    decided by ``_has_public`` (EXISTS stops at the first match, where the
    newest change must be sought among all of a subject's articles)."""
    latest = Article.objects.published().filter(**match).order_by("-updated_at")
    return Subquery(latest.values("updated_at")[:1])


def _has_public(**match):
    return Exists(Article.objects.published().filter(**match))


def _last_change():
    """The newest edit or publication among published articles: one query, two
    walks of an index (``Max`` would read every article)."""
    published = Article.objects.published()
    newest = {
        f"newest_{field}": Subquery(published.order_by(f"-{field}").values(field)[:1])
        for field in ("updated_at", "published_at")
    }
    row = Article.objects.order_by().values(**newest).first() or {}
    return max(filter(None, row.values()), default=None)


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
        return _last_change()


class _SubjectSitemap(_SiteSitemap):
    changefreq = "hourly"

    def lastmod(self, item):
        return item.last_change

    def get_latest_lastmod(self):
        # For the index: no subject changed later than the newest article did
        # (computing each subject's newest change would read the archive).
        return _last_change()


class SectionSitemap(_SubjectSitemap):
    def items(self):
        return (
            Section.objects.filter(_has_public(section=OuterRef("pk")))
            .annotate(last_change=_newest(section=OuterRef("pk")))
            .order_by("order", "name")
        )


class TagSitemap(_SubjectSitemap):
    def items(self):
        return (
            Tag.objects.filter(_has_public(tags=OuterRef("pk")))
            .annotate(last_change=_newest(tags=OuterRef("pk")))
            .order_by("name")
        )

    def location(self, item):
        return reverse("articles:tag", kwargs={"slug": item.slug})


class AuthorSitemap(_SubjectSitemap):
    def items(self):
        return (
            Author.objects.filter(_has_public(authors=OuterRef("pk")))
            .annotate(last_change=_newest(authors=OuterRef("pk")))
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
