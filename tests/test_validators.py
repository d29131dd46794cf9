"""What real validators and clients report on the public site: the W3C Nu
HTML Checker finds no error on any page type, feed readers parse every feed
cleanly, and search engines extract the structured data Google documents."""

import html
import os
import re
from datetime import timedelta

import extruct
import feedparser
import pytest
from django.core.management import call_command
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from articles.models import Article, Tag
from authors.models import Author
from tests import settings as suite_settings
from tests.support.factories import ArticleFactory, AuthorFactory
from tests.support.validators import checker_available, nu_errors

# Under pytest-xdist the whole module runs in one worker: its seeded demo is made once.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.xdist_group("test_validators"),
]
LONG_TITLE = (
    "Renault Korea produrrà la Polestar 4 nello stabilimento di Busan per i mercati "
    "del Nord America e della Corea del Sud a partire dal 2025"
)
ISO_SECOND = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")


@pytest.fixture(scope="module")
def site_data(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", verbosity=0)
        # Created now: timestamps with microseconds, as real saves have them.
        writers = [AuthorFactory(name="Giulia Ferri"), AuthorFactory(name="Marco Bellandi")]
        article = ArticleFactory(
            title=LONG_TITLE,
            standfirst="Un sommario con <caratteri> & simboli.",
            authors=writers,
            tags=["Città 30", "€"],
            published_at=timezone.now() - timedelta(minutes=7, microseconds=123456),
        )
        yield article
        transaction.set_rollback(True)


@pytest.fixture
def data(site_data, settings):
    settings.MEDIA_ROOT = suite_settings.MEDIA_ROOT
    return site_data


def _pages(client, article):
    demo = Article.objects.published().exclude(pk=article.pk).first()
    paths = {
        "home": "/",
        "article": article.get_absolute_url(),
        "demo article": demo.get_absolute_url(),
        "section": article.section.get_absolute_url(),
        "section page 2": demo.section.get_absolute_url() + "?page=2",
        "tag": Tag.objects.public().get(name="Città 30").get_absolute_url(),
        "author": Author.objects.filter(credits__isnull=False).first().get_absolute_url(),
        "search": "/cerca/?q=elettrica",
        "search without results": "/cerca/?q=zzzzzz",
        "search refused": "/cerca/?q=%3F",
        "search with filters": "/cerca/?q=auto&sezione=mercato&dal=2020-01-01&al=ieri",
        "sponsored article": Article.objects.published().get(kind="sponsored").get_absolute_url(),
        "road test": Article.objects.published().filter(kind="review").first().get_absolute_url(),
        "about us": "/chi-siamo/",
        "editorial staff": "/redazione/",
        "contacts": "/contatti/",
        "editorial policy": "/policy-editoriale/",
        "cookie policy": "/cookie-policy/",
        "privacy": "/privacy/",
        "consent preferences": "/cookie/preferenze/",
        "not found": "/non-esiste/",
    }
    pages = {}
    for name, path in paths.items():
        response = client.get(path)
        assert response.status_code in (200, 404), (name, response.status_code)
        pages[name] = response.content
    pages["database outage"] = render_to_string("503.html").encode()
    return pages


@pytest.mark.skipif(
    not checker_available() and not os.environ.get("CI"),
    reason="the Nu HTML Checker needs Java and `make install` (npm's vnu-jar)",
)
def test_every_public_page_type_is_valid_html(client, data):
    errors = nu_errors(_pages(client, data))
    assert errors == []


@pytest.mark.parametrize("kind", ["/feed/", "/feed/atom/", "section", "tag", "author"])
def test_every_feed_parses_cleanly_in_a_feed_reader(client, data, kind):
    subjects = {
        "section": data.section.get_absolute_url() + "feed/",
        "tag": Tag.objects.public().get(name="€").get_absolute_url() + "feed/",
        "author": data.byline[0].get_absolute_url() + "feed/",
    }
    response = client.get(subjects.get(kind, kind))
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    entry = next(e for e in parsed.entries if e.title == LONG_TITLE)
    assert [a.name for a in entry.authors] == ["Giulia Ferri", "Marco Bellandi"]
    # Shown as text by the reader: the angle brackets are words, not a tag.
    assert html.unescape(entry.summary) == "Un sommario con <caratteri> & simboli."


def test_article_structured_data_has_what_google_documents(client, data):
    page = client.get(data.get_absolute_url()).content.decode()
    found = extruct.extract(page, syntaxes=["json-ld", "opengraph"], uniform=True)
    items = {item["@type"]: item for item in found["json-ld"]}
    news, crumbs = items["NewsArticle"], items["BreadcrumbList"]
    headline = news["headline"]
    assert len(headline) <= 110 and headline.endswith("…")
    assert LONG_TITLE.startswith(headline.removesuffix("…"))
    assert LONG_TITLE[len(headline) - 1] == " "  # cut at a word boundary
    for key in ("datePublished", "dateModified"):
        assert ISO_SECOND.match(news[key]), news[key]
    assert [a["name"] for a in news["author"]] == ["Giulia Ferri", "Marco Bellandi"]
    assert all(a["url"].startswith("https://") for a in news["author"])
    assert news["publisher"]["name"] and news["publisher"]["logo"]["url"]
    assert news["publisher"]["@type"] == "NewsMediaOrganization"
    assert news["publisher"]["vatID"] == "IT12345678903"  # the demo publisher's record
    assert news["mainEntityOfPage"]["@id"] == news["url"]
    assert [step["position"] for step in crumbs["itemListElement"]] == [1, 2, 3]
    og = {key: value for key, value in found["opengraph"][0].items() if key.startswith("og:")}
    assert og["og:title"] and og["og:url"] == news["url"]


def test_home_structured_data_describes_the_publisher(client, data):
    page = client.get("/").content.decode()
    items = extruct.extract(page, syntaxes=["json-ld"], uniform=True)["json-ld"]
    org = next(item for item in items if item["@type"] == "NewsMediaOrganization")
    for key in ("name", "logo", "address", "vatID", "publishingPrinciples", "correctionsPolicy"):
        assert org[key], key
    assert org["masthead"].startswith("https://") and org["contactPoint"]["email"]
