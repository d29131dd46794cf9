"""Section, tag and author pages: one list template, told by its view what to show."""

import pytest
from django.conf import settings

from tests.support.factories import ArticleFactory, AuthorFactory, SectionFactory
from tests.support.html_tools import links, meta, parse

pytestmark = pytest.mark.django_db


def _h1(html):
    start = html.index("<h1")
    return html[html.index(">", start) + 1 : html.index("</h1>", start)]


def _feed_links(html):
    return {
        link["href"]: link["title"]
        for link in links(html, "alternate")
        if link["type"] == "application/rss+xml"
    }


def test_section_page_shows_its_name_description_and_feed(client):
    section = SectionFactory(
        name="Mercato", slug="mercato", description="Immatricolazioni e prezzi.", tone="blue"
    )
    ArticleFactory(section=section, title="Vendite di marzo")
    html = client.get("/sezione/mercato/").content.decode()
    assert _h1(html) == "Mercato"
    assert f"<title>Mercato — {settings.SITE_NAME}</title>" in html
    assert '<p class="list-header__description">Immatricolazioni e prezzi.</p>' in html
    assert 'class="list-header tone-blue"' in html
    assert meta(html)["description"] == ["Immatricolazioni e prezzi."]
    assert _feed_links(html)["/sezione/mercato/feed/"] == f"Mercato — {settings.SITE_NAME}"
    assert "Vendite di marzo" in html


def test_tag_page_heading_says_tag_and_its_description_is_the_italian_fallback(client):
    ArticleFactory(tags=["Polestar"], title="La Polestar 4 a Busan")
    html = client.get("/tag/polestar/").content.decode()
    assert _h1(html) == "Tag: Polestar"
    assert f"<title>Tag: Polestar — {settings.SITE_NAME}</title>" in html
    assert meta(html)["description"] == [f"Le ultime notizie su Polestar da {settings.SITE_NAME}."]
    assert meta(html)["og:title"] == ["Polestar"]
    assert _feed_links(html)["/tag/polestar/feed/"] == f"Polestar — {settings.SITE_NAME}"
    assert "list-header__description" not in html


def test_author_page_has_the_profile_on_top_of_the_articles_and_the_author_feed(client):
    author = AuthorFactory(name="Giulia Ferri", slug="giulia-ferri", bio="Scrive di industria.")
    ArticleFactory(authors=[author], title="Nuova fabbrica a Torino")
    html = client.get("/autore/giulia-ferri/").content.decode()
    assert _h1(html) == "Giulia Ferri"
    assert '<p class="kicker">Autore</p>' in html
    assert html.index('class="author-box"') < html.index("Articoli di Giulia Ferri")
    assert html.index("Articoli di Giulia Ferri") < html.index("Nuova fabbrica a Torino")
    tags = meta(html)
    assert tags["description"] == ["Scrive di industria."]
    assert tags["og:type"] == ["profile"]
    assert _feed_links(html)["/autore/giulia-ferri/feed/"] == f"Giulia Ferri — {settings.SITE_NAME}"


def test_author_without_a_bio_gets_an_italian_description(client):
    AuthorFactory(name="Marco Lenti", slug="marco-lenti", bio="")
    html = client.get("/autore/marco-lenti/").content.decode()
    assert meta(html)["description"] == [f"Articoli di Marco Lenti su {settings.SITE_NAME}."]
    assert "Non ci sono ancora articoli pubblicati qui." in html


def test_list_pages_have_one_h1_and_a_heading_for_the_list(client):
    author = AuthorFactory(slug="una-firma")
    section = SectionFactory(slug="prove")
    ArticleFactory(section=section, authors=[author], tags=["Prova su strada"])
    for path in ("/sezione/prove/", "/tag/prova-su-strada/", "/autore/una-firma/"):
        html = client.get(path).content.decode()
        headings = [tag for tag, _, _ in parse(html).tags if tag in ("h1", "h2")]
        assert headings.count("h1") == 1, path
        assert headings[1] == "h2", path


@pytest.mark.parametrize("page", ["section", "tag", "author"])
def test_list_page_query_count_does_not_grow_with_articles_or_authors(
    client, django_assert_max_num_queries, page
):
    section = SectionFactory(slug="industria")
    writer = AuthorFactory(slug="giulia-ferri")
    for i in range(8):
        others = [AuthorFactory() for _ in range(i % 3)]
        ArticleFactory(section=section, authors=[writer, *others], tags=["Geely"])
    path = {
        "section": "/sezione/industria/",
        "tag": "/tag/geely/",
        "author": "/autore/giulia-ferri/",
    }[page]
    client.get(path)  # warm the navigation cache
    # 4, plus the Ultim'ora bar's one query.
    with django_assert_max_num_queries(5):
        assert client.get(path).status_code == 200
