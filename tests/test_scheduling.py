"""A scheduled article goes live by itself at its time, everywhere at once."""

from datetime import datetime, timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from articles import services
from tests.support.factories import ArticleFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.get_fixed_timezone(60))
GO_LIVE = NOW + timedelta(hours=3)
TITLE = "Anteprima mondiale della berlina elettrica"


def _pages(client, article):
    section, author = article.section.get_absolute_url(), article.byline[0].get_absolute_url()
    return {
        "home": reverse("articles:home"),
        "section": section,
        "tag": reverse("articles:tag", args=["berlina"]),
        "author": author,
        "rss": "/feed/",
        "atom": "/feed/atom/",
        "section feed": section + "feed/",
        "tag feed": "/tag/berlina/feed/",
        "author feed": author + "feed/",
        "sitemap": "/sitemap-articoli.xml",
        "news sitemap": "/news-sitemap.xml",
    }


def _lists(client, article, url):
    """Whether the page at ``url`` links to ``article`` (HTML, feed or sitemap)."""
    return article.get_absolute_url() in client.get(url).content.decode()


@pytest.fixture
def scheduled(client):
    with time_machine.travel(NOW, tick=False):
        desk = role_user("Caporedattore")
        article = ArticleFactory(
            draft=True, ready=True, title=TITLE, slug="berlina", tags=["berlina"]
        )
        # Already public, so the tag page exists before the scheduled piece joins it.
        ArticleFactory(tags=["berlina"])
        services.article_transition(name="submit", article=article, by=desk)
        services.article_transition(name="schedule", article=article, by=desk, when=GO_LIVE)
    return article


def test_scheduled_article_shows_as_scheduled_until_its_time(scheduled):
    with time_machine.travel(GO_LIVE - timedelta(minutes=1), tick=False):
        assert str(scheduled.state_label) == "programmato"
    with time_machine.travel(GO_LIVE + timedelta(minutes=1), tick=False):
        assert str(scheduled.state_label) == "pubblicato"


def test_scheduled_article_is_invisible_everywhere_before_its_time(client, scheduled):
    with time_machine.travel(GO_LIVE - timedelta(seconds=1), tick=False):
        assert client.get(scheduled.get_absolute_url()).status_code == 404
        for name, url in _pages(client, scheduled).items():
            assert client.get(url).status_code == 200, name
            assert not _lists(client, scheduled, url), name


def test_scheduled_article_is_visible_everywhere_after_its_time(client, scheduled):
    with time_machine.travel(GO_LIVE + timedelta(seconds=1), tick=False):
        assert client.get(scheduled.get_absolute_url()).status_code == 200
        for name, url in _pages(client, scheduled).items():
            assert _lists(client, scheduled, url), name


def test_unscheduled_article_never_goes_live(client, scheduled):
    with time_machine.travel(NOW + timedelta(hours=1), tick=False):
        services.article_transition(
            name="unschedule", article=scheduled, by=role_user("Caporedattore", "capo2")
        )
    with time_machine.travel(GO_LIVE + timedelta(hours=1), tick=False):
        assert client.get(scheduled.get_absolute_url()).status_code == 404
        for name, url in _pages(client, scheduled).items():
            assert not _lists(client, scheduled, url), name


def test_scheduled_article_can_be_published_at_once(client, scheduled):
    with time_machine.travel(NOW + timedelta(hours=1), tick=False):
        services.article_transition(
            name="publish", article=scheduled, by=role_user("Caporedattore", "capo2")
        )
        assert client.get(scheduled.get_absolute_url()).status_code == 200
