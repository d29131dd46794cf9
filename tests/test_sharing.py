import re
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.templatetags.static import static

from articles.seo import share_links
from tests.support.factories import ArticleFactory, PictureFactory
from tests.support.html_tools import parse

pytestmark = pytest.mark.django_db

TITLE = 'Renault & Geely: l\'accordo "storico" da 1,5 mld?'

# network -> (scheme, host, path, the query parameters carrying URL / title)
DOCUMENTED = {
    "facebook": ("https", "www.facebook.com", "/sharer/sharer.php", {"u": "url"}),
    "pinterest": (
        "https",
        "www.pinterest.com",
        "/pin/create/button/",
        {"url": "url", "description": "title", "media": "image"},
    ),
    "x": ("https", "x.com", "/intent/post", {"url": "url", "text": "title"}),
    "linkedin": ("https", "www.linkedin.com", "/sharing/share-offsite/", {"url": "url"}),
    "whatsapp": ("https", "api.whatsapp.com", "/send", {"text": "title url"}),
    "telegram": ("https", "t.me", "/share/url", {"url": "url", "text": "title"}),
}


@pytest.fixture
def article():
    return ArticleFactory(title=TITLE, slug="accordo-storico", lead_picture=PictureFactory())


def test_each_share_link_is_the_networks_documented_url_with_the_encoded_canonical_url(article):
    canonical = settings.SITE_URL + article.get_absolute_url()
    image = article.lead_image_renditions["social"][-1]["jpg"]
    links = {link.network: link for link in share_links(article)}
    assert set(links) == {*DOCUMENTED, "email"}
    for network, (scheme, host, path, params) in DOCUMENTED.items():
        parts = urlsplit(links[network].url)
        assert (parts.scheme, parts.netloc, parts.path) == (scheme, host, path), network
        query = parse_qs(parts.query, strict_parsing=True)
        assert all(len(values) == 1 for values in query.values()), network
        for param, meaning in params.items():
            value = query[param][0]
            if meaning == "url":
                assert value == canonical
            elif meaning == "title":
                assert value == TITLE
            elif meaning == "image":
                assert value.startswith(settings.SITE_URL) and value.endswith(image)
            else:
                assert value == f"{TITLE} {canonical}"
        # Encoded: no raw space, quote, ampersand or second "?" leaks into the URL.
        assert " " not in parts.query and '"' not in parts.query
        assert parts.query.count("?") == 0


def test_email_share_is_a_mailto_with_subject_and_body(article):
    link = next(link for link in share_links(article) if link.network == "email")
    parts = urlsplit(link.url)
    assert parts.scheme == "mailto" and parts.path == ""
    query = parse_qs(parts.query)
    assert query["subject"] == [TITLE]
    assert settings.SITE_URL + article.get_absolute_url() in query["body"][0]


def test_article_page_has_the_share_bar_with_accessible_italian_names(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    tags = parse(html).tags
    # Under the photo a link to the full bar at the end of the article.
    jump, *anchors = [a for t, a, in_share in tags if t == "a" and in_share]
    assert jump["href"] == "#share-end" and 'id="share-end"' in html
    assert len(anchors) == 7
    labels = [a["aria-label"] for a in anchors]
    assert "Condividi su Facebook" in labels and "Invia per e-mail" in labels
    for attrs in anchors:
        if not attrs["href"].startswith("mailto:"):
            assert "noopener" in attrs["rel"].split()
    assert "Copia link" in html
    # The JavaScript-only buttons (under the photo) start hidden: without JS
    # nothing broken shows.
    assert len([a for t, a, in_share in tags if t == "button" and in_share]) == 2
    assert len(re.findall(r"<li hidden>\s*<button", html)) == 2


def test_share_icons_come_from_the_sprite_which_has_a_symbol_for_every_network(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    networks = [link.network for link in share_links(article)]
    uses = [attrs["href"] for tag, attrs, in_share in parse(html).tags if tag == "use" and in_share]
    assert uses == [f"{static('img/icons.svg')}#{network}" for network in networks]
    assert "<path" not in html  # no icon pasted inline
    sprite = ET.parse(finders.find("img/icons.svg")).getroot()
    symbols = {symbol.get("id") for symbol in sprite.iter("{http://www.w3.org/2000/svg}symbol")}
    assert {*networks, "close"} <= symbols


def test_article_page_references_no_third_party_host_outside_the_share_links(client, article):
    ArticleFactory(tags=["Polestar"], lead_picture=PictureFactory())
    article.tags.add("Polestar")
    html = client.get(article.get_absolute_url()).content.decode()
    own = {"", "testserver", urlsplit(settings.SITE_URL).netloc}
    collected = parse(html)
    for tag, attrs, in_share in collected.tags:
        for name in ("href", "src", "srcset", "action", "content", "data", "poster"):
            value = attrs.get(name) or ""
            for candidate in value.split(","):
                candidate = candidate.strip().split(" ")[0]
                if "//" not in candidate:
                    continue
                host = urlsplit(candidate).netloc
                if host not in own:
                    assert in_share and tag == "a", (tag, name, candidate)
    # Scripts: only our own static files, plus inert data (JSON-LD, the consent config).
    for attrs, _text in collected.scripts:
        if "src" in attrs:
            assert attrs["src"].startswith(settings.STATIC_URL)
        else:
            assert attrs.get("type") in ("application/ld+json", "application/json")
