import json
from datetime import datetime
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.utils import timezone

from tests.support.factories import (
    ArticleFactory,
    AuthorFactory,
    PictureFactory,
    SectionFactory,
    image_file,
)
from tests.support.html_tools import links, meta, parse

pytestmark = pytest.mark.django_db


def _json_ld(html):
    return [
        json.loads(text)
        for attrs, text in parse(html).scripts
        if attrs.get("type") == "application/ld+json"
    ]


@pytest.fixture
def article():
    return ArticleFactory(
        title="La Polestar 4 si farà a Busan",
        standfirst="Accordo tra Polestar, Geely e Renault Korea.",
        section=SectionFactory(name="Industria", slug="industria"),
        authors=[AuthorFactory(name="Giulia Ferri", slug="giulia-ferri")],
        tags=["Polestar", "Corea del Sud"],
        lead_picture=PictureFactory(
            image=image_file(width=2000, height=1200),
            alt="La linea di montaggio dello stabilimento di Busan",
        ),
        published_at=timezone.make_aware(datetime(2026, 3, 5, 14, 7)),
    )


def test_news_article_json_ld_parses_and_holds_googles_properties(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    news, crumbs = _json_ld(html)
    canonical = settings.SITE_URL + article.get_absolute_url()
    assert news["@context"] == "https://schema.org" and news["@type"] == "NewsArticle"
    assert news["headline"] == article.title
    assert news["mainEntityOfPage"]["@id"] == canonical
    assert news["datePublished"].startswith("2026-03-05T14:07:00")
    assert datetime.fromisoformat(news["dateModified"]) >= datetime.fromisoformat(
        news["datePublished"]
    )
    assert news["author"] == [
        {
            "@type": "Person",
            "name": "Giulia Ferri",
            "url": settings.SITE_URL + "/autore/giulia-ferri/",
        }
    ]
    logo = news["publisher"]["logo"]
    assert news["publisher"]["name"] == settings.SITE_NAME
    assert logo["url"].startswith(settings.SITE_URL) and logo["url"].endswith(".png")
    # Several aspect ratios: 16:9, 4:3 and 1:1, all absolute.
    assert len(news["image"]) == 3
    assert [u.rsplit("-", 2)[-2] for u in news["image"]] == ["lead", "wide4x3", "wide1x1"]
    assert all(u.startswith(settings.SITE_URL + "/media/") for u in news["image"])
    assert crumbs["@type"] == "BreadcrumbList"
    items = crumbs["itemListElement"]
    assert [i["position"] for i in items] == [1, 2, 3]
    assert [i["name"] for i in items][1:] == ["Industria", article.title]
    assert items[-1]["item"] == canonical


def test_a_title_with_script_tag_and_quotes_cannot_break_out_of_the_json_ld(client):
    title = "Prova </script><script>alert(\"x\")</script> & 'virgolette'"
    article = ArticleFactory(title=title)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "</script><script>alert" not in html
    assert html.count("<script") == html.count("</script>")
    news = _json_ld(html)[0]
    assert news["headline"] == title
    assert "\\u003C/script\\u003E" in html


def test_article_page_has_open_graph_article_tags_and_a_large_twitter_card(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    tags = meta(html)
    canonical = settings.SITE_URL + article.get_absolute_url()
    assert tags["description"] == [article.standfirst]
    assert links(html, "canonical")[0]["href"] == canonical
    assert tags["og:type"] == ["article"]
    assert tags["og:title"] == [article.title]
    assert tags["og:description"] == [article.standfirst]
    assert tags["og:url"] == [canonical]
    assert tags["og:locale"] == ["it_IT"]
    image = tags["og:image"][0]
    assert image.startswith(settings.SITE_URL) and "-social-1200.jpg" in image
    assert (tags["og:image:width"], tags["og:image:height"]) == (["1200"], ["630"])
    assert tags["article:published_time"][0].startswith("2026-03-05T14:07:00")
    assert tags["article:modified_time"]
    assert tags["article:section"] == ["Industria"]
    assert sorted(tags["article:tag"]) == ["Corea del Sud", "Polestar"]
    assert tags["twitter:card"] == ["summary_large_image"]
    assert "<title>La Polestar 4 si farà a Busan — " in html


@pytest.mark.parametrize("page", ["home", "section", "tag", "author"])
def test_listing_pages_have_title_description_canonical_open_graph_and_feeds(client, article, page):
    path = {
        "home": "/",
        "section": "/sezione/industria/",
        "tag": "/tag/polestar/",
        "author": "/autore/giulia-ferri/",
    }[page]
    html = client.get(path).content.decode()
    tags = meta(html)
    assert tags["description"][0]
    assert links(html, "canonical")[0]["href"] == settings.SITE_URL + path
    assert tags["og:url"] == [settings.SITE_URL + path]
    assert tags["og:title"][0] and tags["og:site_name"] == [settings.SITE_NAME]
    assert tags["og:type"][0] in ("website", "profile")
    feeds = [link["href"] for link in links(html, "alternate")]
    assert "/feed/" in feeds and "/feed/atom/" in feeds
    if page != "home":
        assert path + "feed/" in feeds


def test_second_page_of_a_list_has_its_own_canonical(client, settings):
    settings.ARTICLES_PER_PAGE = 1
    section = SectionFactory(slug="mercato")
    ArticleFactory.create_batch(2, section=section)
    html = client.get("/sezione/mercato/?page=2").content.decode()
    href = links(html, "canonical")[0]["href"]
    assert urlsplit(href).path == "/sezione/mercato/" and urlsplit(href).query == "page=2"


def test_lead_image_loads_eagerly_and_images_below_the_fold_lazily(client, article):
    for _ in range(2):
        ArticleFactory(tags=["Polestar"], lead_picture=PictureFactory())
    html = client.get(article.get_absolute_url()).content.decode()
    imgs = [attrs for tag, attrs, _ in parse(html).tags if tag == "img"]
    lead, *below = imgs
    assert "loading" not in lead and lead["fetchpriority"] == "high"
    assert below and all(img["loading"] == "lazy" for img in below)
    for img in imgs:
        assert img["width"] and img["height"] and "alt" in img and img["srcset"]
    sources = [attrs for tag, attrs, _ in parse(html).tags if tag == "source"]
    assert sources and all(s["type"] == "image/webp" for s in sources)
    assert lead["alt"] == "La linea di montaggio dello stabilimento di Busan"
