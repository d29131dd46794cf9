import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.core.files.storage import default_storage

from tests.support.factories import (
    ArticleFactory,
    AuthorFactory,
    PictureFactory,
    SectionFactory,
    write_raw,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"


@pytest.fixture
def newsroom():
    section = SectionFactory(name="Industria", slug="industria")
    writer = AuthorFactory(name="Giulia Ferri", slug="giulia-ferri")
    public = ArticleFactory(
        title="Pubblicato",
        standfirst="Il sommario pubblico.",
        section=section,
        authors=[writer],
        tags=["Polestar", "Geely"],
        lead_picture=PictureFactory(),
    )
    other = ArticleFactory(title="Altro tema", tags=["Fiat"])
    ArticleFactory(draft=True, title="Bozza", section=section, authors=[writer], tags=["Polestar"])
    ArticleFactory(scheduled=True, title="Programmato", section=section, tags=["Polestar"])
    return public, other


def _rss(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel")


def test_site_rss_feed_lists_only_published_articles_in_rss_2(client, newsroom):
    public, other = newsroom
    channel = _rss(client, "/feed/")
    assert channel.findtext("title") == settings.SITE_NAME
    assert channel.findtext("language") == "it"
    assert {i.findtext("title") for i in channel.findall("item")} == {"Pubblicato", "Altro tema"}


def test_rss_item_has_standfirst_author_categories_and_the_lead_image_enclosure(client, newsroom):
    public, _ = newsroom
    item = next(
        i for i in _rss(client, "/feed/").findall("item") if i.findtext("title") == "Pubblicato"
    )
    assert item.findtext("link") == settings.SITE_URL + public.get_absolute_url()
    assert item.findtext("description") == "Il sommario pubblico."
    assert item.findtext(f"{DC}creator") == "Giulia Ferri"
    assert sorted(c.text for c in item.findall("category")) == ["Geely", "Polestar"]
    assert item.findtext("pubDate")
    enclosure = item.find("enclosure")
    assert enclosure.get("type") == "image/jpeg"
    assert enclosure.get("url").startswith(settings.SITE_URL + "/media/")
    assert int(enclosure.get("length")) > 0
    stored = enclosure.get("url").removeprefix(settings.SITE_URL + settings.MEDIA_URL)
    with default_storage.open(stored) as fh:
        assert int(enclosure.get("length")) == len(fh.read())


def test_site_atom_feed_is_atom_with_only_published_entries(client, newsroom):
    response = client.get("/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert {e.findtext(f"{ATOM}title") for e in entries} == {"Pubblicato", "Altro tema"}
    entry = next(e for e in entries if e.findtext(f"{ATOM}title") == "Pubblicato")
    assert entry.findtext(f"{ATOM}summary") == "Il sommario pubblico."
    assert entry.find(f"{ATOM}author").findtext(f"{ATOM}name") == "Giulia Ferri"
    assert entry.find(f"{ATOM}link[@rel='enclosure']").get("type") == "image/jpeg"
    assert {c.get("term") for c in entry.findall(f"{ATOM}category")} == {"Geely", "Polestar"}
    assert entry.findtext(f"{ATOM}updated") and entry.findtext(f"{ATOM}published")
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == settings.SITE_URL + "/feed/atom/"


@pytest.mark.parametrize(
    "path", ["/sezione/industria/feed/", "/tag/polestar/feed/", "/autore/giulia-ferri/feed/"]
)
def test_section_tag_and_author_feeds_hold_only_their_published_articles(client, newsroom, path):
    titles = [i.findtext("title") for i in _rss(client, path).findall("item")]
    assert titles == ["Pubblicato"]


@pytest.mark.parametrize(
    "path", ["/sezione/nessuna/feed/", "/tag/nessuno/feed/", "/autore/nessuno/feed/"]
)
def test_feed_of_an_unknown_subject_is_not_found(client, path):
    assert client.get(path).status_code == 404


def test_each_co_author_is_an_author_element_of_their_own(client):
    first = AuthorFactory(name="Giulia Ferri", slug="giulia-ferri")
    second = AuthorFactory(name="Marco Bellandi", slug="marco-bellandi")
    ArticleFactory(title="A quattro mani", authors=[first, second])
    item = _rss(client, "/feed/").find("item")
    assert [c.text for c in item.findall(f"{DC}creator")] == ["Giulia Ferri", "Marco Bellandi"]
    entry = ET.fromstring(client.get("/feed/atom/").content).find(f"{ATOM}entry")
    authors = [
        (a.findtext(f"{ATOM}name"), a.findtext(f"{ATOM}uri"))
        for a in entry.findall(f"{ATOM}author")
    ]
    assert authors == [
        ("Giulia Ferri", settings.SITE_URL + "/autore/giulia-ferri/"),
        ("Marco Bellandi", settings.SITE_URL + "/autore/marco-bellandi/"),
    ]


def test_the_standfirst_is_text_a_reader_will_not_take_for_markup(client):
    ArticleFactory(standfirst="Prezzi <b>giù</b> & consegne < 3 mesi")
    description = _rss(client, "/feed/").find("item").findtext("description")
    # Decoded once by the XML parser, it is still escaped HTML for the reader.
    assert description == "Prezzi &lt;b&gt;giù&lt;/b&gt; &amp; consegne &lt; 3 mesi"


@pytest.mark.parametrize("path", ["/feed/", "/feed/atom/", "/news-sitemap.xml"])
def test_stored_control_characters_never_make_a_feed_or_sitemap_invalid(client, path):
    article = ArticleFactory(tags=["Word"])
    write_raw(article, title="A capo\x0bda Word\x01", standfirst="Sommario\x08sporco")
    response = client.get(path)
    assert response.status_code == 200
    root = ET.fromstring(b"".join(response) if response.streaming else response.content)
    assert "A capoda Word" in ET.tostring(root, encoding="unicode")
