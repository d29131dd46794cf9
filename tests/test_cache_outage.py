"""A cache that is down or frozen degrades to "no cache": pages come from the
database, quickly, and the site recovers by itself when Redis is back."""

import logging
import time

import pytest
from django.core.cache import cache
from django.urls import reverse

from articles.templatetags.articles_nav import nav_sections_key
from newsroom import cache as resilient
from tests.support.factories import ArticleFactory
from tests.support.servers import PrivateRedis

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_server(tmp_path, settings, monkeypatch):
    server = PrivateRedis(tmp_path).start()
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.cache.ResilientRedisCache",
            "LOCATION": server.url,
            "OPTIONS": {"socket_connect_timeout": 0.3, "socket_timeout": 0.3},
        }
    }
    monkeypatch.setattr(resilient, "RETRY_SECONDS", 1.0)
    yield server
    server.stop()


def _pages():
    article = ArticleFactory(title="Notizia servita senza cache")
    return {
        "home": reverse("articles:home"),
        "article": article.get_absolute_url(),
        "section": article.section.get_absolute_url(),
        "feed": reverse("articles:feed"),
        "admin login": reverse("admin:login"),
    }


def _timed_get(client, url):
    start = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - start


def test_pages_render_from_the_database_when_redis_is_stopped(client, redis_server, caplog):
    pages = _pages()
    for url in pages.values():
        assert client.get(url).status_code == 200
    assert cache.get(nav_sections_key()) is not None  # the cache was really in use

    redis_server.stop()
    with caplog.at_level(logging.ERROR, logger="newsroom.cache"):
        for name, url in pages.items():
            response, took = _timed_get(client, url)
            assert response.status_code == 200, name
            assert took < 2, name
    assert "Notizia servita senza cache" in client.get(pages["home"]).content.decode()
    outage_logs = [r for r in caplog.records if r.name == "newsroom.cache"]
    assert len(outage_logs) == 1  # logged once, not once per call


def test_a_frozen_redis_costs_one_short_timeout_then_nothing(client, redis_server, monkeypatch):
    pages = _pages()
    client.get(pages["home"])
    # Left alone longer than these pages take on a slow, busy machine: a
    # retry within the loop would pay the timeout again, by design.
    monkeypatch.setattr(resilient, "RETRY_SECONDS", 60.0)
    redis_server.freeze()
    try:
        first, first_took = _timed_get(client, pages["home"])
        assert first.status_code == 200
        assert first_took < 2
        for name, url in pages.items():
            response, took = _timed_get(client, url)
            assert response.status_code == 200, name
            assert took < 0.25 + 0.2, name  # no timeout paid again while Redis is marked down
    finally:
        redis_server.thaw()


def test_the_site_uses_redis_again_once_it_is_back(client, redis_server):
    pages = _pages()
    redis_server.stop()
    assert client.get(pages["home"]).status_code == 200
    assert cache.get(nav_sections_key()) is None

    redis_server.start()  # same port, empty
    time.sleep(resilient.RETRY_SECONDS + 0.1)
    assert client.get(pages["home"]).status_code == 200
    assert cache.get(nav_sections_key()) is not None
