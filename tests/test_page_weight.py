"""The article page must stay light on phones: HTML + CSS + JS <= 60 KB, uncompressed."""

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from tests.support.factories import ArticleFactory, PictureFactory
from tests.support.html_tools import parse

pytestmark = pytest.mark.django_db

BUDGET = 60 * 1024
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".svg", ".gif", ".avif", ".ico")


def _static_assets(html):
    """Every static file the page makes the browser fetch, except images."""
    for tag, attrs, _ in parse(html).tags:
        rels = set(attrs.get("rel", "").split())
        url = None
        if tag == "link" and rels & {"stylesheet", "preload", "modulepreload"}:
            url = attrs["href"]
        elif tag == "script" and attrs.get("src"):
            url = attrs["src"]
        if url and not url.lower().endswith(IMAGE_SUFFIXES):
            assert url.startswith(settings.STATIC_URL), url
            yield url


def test_article_page_html_css_and_js_weigh_at_most_60_kb(client):
    body = "".join(
        f"<p>Paragrafo {i} di un articolo lungo e realistico sul mercato.</p>" for i in range(40)
    )
    article = ArticleFactory(
        body=body, tags=["Polestar", "Geely", "Renault"], lead_picture=PictureFactory()
    )
    for _ in range(4):
        ArticleFactory(tags=["Polestar"], lead_picture=PictureFactory())
    html = client.get(article.get_absolute_url()).content
    assets = list(_static_assets(html.decode()))
    assert any(a.endswith(".css") for a in assets) and any(a.endswith(".js") for a in assets)
    total = len(html)
    for url in assets:
        path = finders.find(url.removeprefix(settings.STATIC_URL))
        assert path, url
        with open(path, "rb") as fh:
            total += len(fh.read())
    assert total <= BUDGET, f"{total} bytes > {BUDGET}"
