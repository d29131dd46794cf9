"""Every page a reader can reach, and every URL in the sitemaps, answers
without a server error, with the demo and with hostile, unusual data; every
feed and sitemap is well-formed XML; every article's admin preview works; the
legal line (testata, editore, P.IVA, registration, direttore) is in the footer
of every public page, and the transparency pages are reachable from it."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article, Section
from authors.models import Author
from publisher.models import Publisher
from tests import settings as suite_settings
from tests.support.crawl import assert_clean, crawl
from tests.support.factories import write_raw
from tests.support.roles import role_user

# Under pytest-xdist the whole module runs in one worker: its seeded demo is made once.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.xdist_group("test_crawl"),
]

# What editors type and paste: accents, punctuation-only names, Word's soft
# line break (vertical tab) and other controls, emoji, right-to-left text,
# very long text.
ODD_TEXTS = [
    "Città 30: Bologna un anno dopo",
    "€",
    "!!!",
    "Titolo con a capo\vda Word e \x0bcontrollo\x01\x1f",
    "Auto elettriche 🚗⚡ e ricarica 🔌",
    "مرحبا بالسيارات الكهربائية",
    "L'elettrica più venduta d’Italia",
    "Lungo " * 60,
]


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(seeded, settings):
    # The seed stored its pictures where the suite's settings point; each
    # test otherwise gets a media folder of its own.
    settings.MEDIA_ROOT = suite_settings.MEDIA_ROOT


class _Recording:
    """A test client that keeps the HTML of every page the crawl opens."""

    def __init__(self, client):
        self.client, self.pages = client, {}

    def get(self, path):
        response = self.client.get(path)
        if response.status_code == 200 and response.get("Content-Type", "").startswith("text/html"):
            self.pages[path] = response.content.decode()
        return response


@pytest.fixture(scope="module")
def demo_crawl(seeded, django_db_blocker):
    """One crawl of the untouched demo, its HTML pages kept: the tests below
    read different things from the same pages, and a crawl takes half a minute."""
    with django_db_blocker.unblock():
        recording = _Recording(Client())
        return crawl(recording), recording.pages


def test_every_page_and_sitemap_url_of_the_demo_answers(demo, demo_crawl):
    result, _ = demo_crawl
    assert_clean(result)
    for article in Article.objects.published():
        assert result.statuses.get(article.get_absolute_url()) == 200, article.slug
    assert len(result.statuses) > 150


def test_every_public_page_carries_the_legal_line_in_its_footer(demo, demo_crawl):
    record = Publisher.objects.get()
    result, pages = demo_crawl
    for path, page in pages.items():
        footer = page[page.index('<footer class="site-footer">') :]
        for text in (record.masthead, record.company, "P.IVA 12345678903", "Marco Bellandi"):
            assert text in footer, (path, text)
        assert "Registrata presso il Tribunale di Milano, n. 123/2024" in footer, path
    assert len(pages) > 100
    for path in ("/chi-siamo/", "/redazione/", "/contatti/", "/policy-editoriale/"):
        assert result.statuses.get(path) == 200, path


def test_every_demo_article_has_a_working_admin_preview(client, demo):
    client.force_login(role_user("Caporedattore"))
    for article in Article.objects.all():
        preview = reverse("admin:articles_article_preview", args=[article.pk])
        assert client.get(preview).status_code == 200, article.slug


def _odd_article(n: int, text: str, section: Section, author: Author) -> Article:
    article = Article(
        title=text[:200],
        slug=f"strano-{n}",
        kicker=text[:80],
        standfirst=text[:400],
        body=f"<p>{text}</p>",
        section=section,
        status="published",
        published_at=timezone.now() - timedelta(minutes=n + 1),
    )
    return services.article_save(article=article, tags=[text[:90]], byline=[author])


def test_hostile_and_unusual_data_never_breaks_a_page_feed_or_sitemap(client, demo):
    author = Author.objects.create(name="€ — 🚗 ‮Autore‬", slug="autore-strano")
    section = Section.objects.create(name="Città & Mobilità ✓", slug="citta-mobilita")
    articles = [_odd_article(n, text, section, author) for n, text in enumerate(ODD_TEXTS)]
    # However it got there (a raw SQL fix, an old import), stored text with
    # control characters must not break a feed or a sitemap either.
    write_raw(
        articles[0], title="Inserito\x0bsenza\x01filtri", standfirst="Sommario\x08con\x1bcontrolli"
    )
    result = crawl(client)
    assert_clean(result)
    for article in articles:
        assert result.statuses.get(article.get_absolute_url()) == 200, article.title
        for tag in article.tags.all():
            assert result.statuses.get(tag.get_absolute_url()) == 200, tag.name
