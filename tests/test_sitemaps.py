import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import pytest
import time_machine
from django.conf import settings
from django.utils import timezone

from tests.support.factories import ArticleFactory, AuthorFactory, SectionFactory

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
NOW = datetime(2026, 3, 5, 12, 0, tzinfo=timezone.get_fixed_timezone(0))


def _xml(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


@pytest.fixture
def newsroom():
    section = SectionFactory(name="Industria", slug="industria")
    writer = AuthorFactory(slug="giulia-ferri")
    public = ArticleFactory(
        title="Pubblicato", section=section, authors=[writer], tags=["Polestar"]
    )
    hidden_section = SectionFactory(slug="vuota")
    hidden_writer = AuthorFactory(slug="solo-bozze")
    ArticleFactory(
        draft=True, title="Bozza", section=hidden_section, authors=[hidden_writer], tags=["Segreto"]
    )
    ArticleFactory(scheduled=True, title="Programmato", section=hidden_section, tags=["Segreto"])
    return public


def test_sitemap_index_points_to_the_four_sitemaps_with_lastmod(client, newsroom):
    root = _xml(client, "/sitemap.xml")
    assert root.tag == f"{SM}sitemapindex"
    entries = root.findall(f"{SM}sitemap")
    locs = [e.findtext(f"{SM}loc") for e in entries]
    assert [urlsplit(u).path for u in locs] == [
        "/sitemap-articoli.xml",
        "/sitemap-sezioni.xml",
        "/sitemap-tag.xml",
        "/sitemap-autori.xml",
    ]
    assert all(u.startswith(settings.SITE_URL) for u in locs)
    assert all(e.findtext(f"{SM}lastmod") for e in entries)


def test_sitemaps_list_only_published_articles_and_subjects_that_have_them(client, newsroom):
    paths = {}
    for name in ("articoli", "sezioni", "tag", "autori"):
        root = _xml(client, f"/sitemap-{name}.xml")
        assert root.tag == f"{SM}urlset"
        urls = root.findall(f"{SM}url")
        assert all(u.findtext(f"{SM}lastmod") for u in urls)
        paths[name] = [urlsplit(u.findtext(f"{SM}loc")).path for u in urls]
        assert all(u.findtext(f"{SM}loc").startswith(settings.SITE_URL) for u in urls)
    assert paths["articoli"] == [newsroom.get_absolute_url()]
    assert paths["sezioni"] == ["/sezione/industria/"]
    assert paths["tag"] == ["/tag/polestar/"]
    assert paths["autori"] == ["/autore/giulia-ferri/"]


def test_news_sitemap_holds_only_the_last_48_hours_in_google_news_format(client):
    with time_machine.travel(NOW - timedelta(hours=60), tick=False):
        ArticleFactory(title="Vecchia", published_at=timezone.now())
    with time_machine.travel(NOW - timedelta(hours=47), tick=False):
        recent = ArticleFactory(title='Recente & "nuova"', published_at=timezone.now())
    with time_machine.travel(NOW, tick=False):
        ArticleFactory(title="Bozza", draft=True)
        ArticleFactory(title="Domani", published_at=NOW + timedelta(hours=2))
        root = _xml(client, "/news-sitemap.xml")
    assert root.tag == f"{SM}urlset"
    urls = root.findall(f"{SM}url")
    assert len(urls) == 1
    url = urls[0]
    assert url.findtext(f"{SM}loc") == settings.SITE_URL + recent.get_absolute_url()
    news = url.find(f"{NEWS}news")
    publication = news.find(f"{NEWS}publication")
    assert publication.findtext(f"{NEWS}name") == settings.SITE_NAME
    assert publication.findtext(f"{NEWS}language") == "it"
    assert news.findtext(f"{NEWS}title") == 'Recente & "nuova"'
    published = datetime.fromisoformat(news.findtext(f"{NEWS}publication_date"))
    assert published == recent.published_at


def test_news_sitemap_is_capped_at_1000_articles(client, monkeypatch):
    from articles import sitemaps

    assert sitemaps.NEWS_LIMIT == 1000
    monkeypatch.setattr(sitemaps, "NEWS_LIMIT", 2)
    ArticleFactory.create_batch(3)
    assert len(_xml(client, "/news-sitemap.xml").findall(f"{SM}url")) == 2


def test_robots_txt_points_to_both_sitemaps_and_keeps_crawlers_out_of_admin_and_previews(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /anteprima/" in lines
    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in lines
    assert f"Sitemap: {settings.SITE_URL}/news-sitemap.xml" in lines


def test_sitemaps_are_split_into_pages_the_index_lists(client, settings):
    settings.SITEMAP_PAGE_SIZE = 2
    articles = ArticleFactory.create_batch(5)
    root = _xml(client, "/sitemap.xml")
    locs = [urlsplit(e.findtext(f"{SM}loc")) for e in root.findall(f"{SM}sitemap")]
    pages = [f"{u.path}?{u.query}" if u.query else u.path for u in locs if "articoli" in u.path]
    assert pages == [
        "/sitemap-articoli.xml",
        "/sitemap-articoli.xml?p=2",
        "/sitemap-articoli.xml?p=3",
    ]
    listed = []
    for page in pages:
        urls = _xml(client, page).findall(f"{SM}url")
        assert 1 <= len(urls) <= 2
        listed += [urlsplit(u.findtext(f"{SM}loc")).path for u in urls]
    assert sorted(listed) == sorted(a.get_absolute_url() for a in articles)
    assert client.get("/sitemap-articoli.xml?p=4").status_code == 404


def test_a_sitemap_page_never_holds_more_than_the_protocol_allows(settings):
    from articles.sitemaps import ArticleSitemap

    settings.SITEMAP_PAGE_SIZE = 80_000
    assert ArticleSitemap().limit == 50_000
