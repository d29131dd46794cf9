"""A database that stops answering gives readers an Italian 503 with
Retry-After within seconds (never a hung worker), and the site recovers by
itself. The database is a private PostgreSQL the test starts, freezes and
stops; never the shared one."""

import http.cookiejar
import re
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.support.served_site import ServedSite
from tests.support.servers import PrivatePostgres, postgres_bin

# Under pytest-xdist the whole module runs in one worker: its served site is made once.
pytestmark = [
    pytest.mark.skipif(postgres_bin() is None, reason="PostgreSQL binaries not found"),
    pytest.mark.xdist_group("test_database_outage"),
]

QUERY_TIMEOUT = 2  # seconds, small so the test is quick
MAKE_ARTICLE = """
from datetime import timedelta
from django.utils import timezone
from articles import services
from articles.models import Article, ArticleAuthor, Section
from authors.models import Author
section = Section.objects.create(name="Mercato", slug="mercato")
article = services.article_save(article=Article(
    title="Notizia dal database privato", slug="notizia-privata", section=section,
    status="published", published_at=timezone.now() - timedelta(hours=1)))
ArticleAuthor.objects.create(article=article, author=Author.objects.create(name="Ada", slug="ada"))
from django.contrib.auth.models import User
User.objects.create_superuser("desk", "desk@example.com", "password-di-prova")
print(article.pk, article.get_absolute_url())
"""


def _get(url: str) -> tuple[int, dict, str, float]:
    start = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            status, headers, body = response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, dict(error.headers), error.read()
    return status, headers, body.decode(), time.monotonic() - start


def _eventually_ok(url: str, attempts: int = 20) -> str:
    for _ in range(attempts):
        status, _headers, body, _took = _get(url)
        if status == 200:
            return body
        time.sleep(0.5)
    raise AssertionError(f"{url} did not recover")


@pytest.fixture(scope="module")
def outage_site(tmp_path_factory):
    base = tmp_path_factory.mktemp("db-outage")
    database = PrivatePostgres().start()
    site = ServedSite(
        base,
        database.url,
        workers=1,
        threads=2,
        seed=False,
        env={"DATABASE_STATEMENT_TIMEOUT": str(QUERY_TIMEOUT), "DATABASE_CONNECT_TIMEOUT": "2"},
    )
    try:
        site.start()
        pk, path = site.shell(MAKE_ARTICLE).split()
        yield site, database, site.url + path, int(pk)
    finally:
        site.stop()
        database.remove()


def _assert_italian_503(status, headers, body, took):
    assert status == 503
    assert headers["Retry-After"] == "30"
    assert "temporaneamente non disponibile" in body
    # Bounded (health check, then a failed reconnection): never a worker killed at 30 s.
    assert took < QUERY_TIMEOUT + 4


def test_a_frozen_database_gives_readers_a_503_quickly_and_the_site_recovers(outage_site):
    site, database, article_url, _pk = outage_site
    assert "Notizia dal database privato" in _eventually_ok(article_url)
    database.freeze()
    try:
        # A page already in the page cache is still served...
        status, _headers, body, took = _get(article_url)
        assert (status, took < 1) == (200, True)
        assert "Notizia dal database privato" in body
        # ...one that must come from the database gets the 503, quickly.
        for query in ("busan", "polestar"):
            _assert_italian_503(*_get(f"{site.url}/cerca/?q={query}"))
    finally:
        database.thaw()
    assert "Notizia dal database privato" in _eventually_ok(f"{site.url}/cerca/?q=privato")


def _logged_in_opener(site) -> urllib.request.OpenerDirector:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login = site.url + "/admin/login/"
    page = opener.open(login).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    form = {"username": "desk", "password": "password-di-prova", "csrfmiddlewaretoken": token}
    form["next"] = "/admin/"
    opener.open(urllib.request.Request(login, urllib.parse.urlencode(form).encode()))
    return opener


def test_a_stopped_database_gives_a_503_and_an_editor_gets_their_text_back(outage_site):
    site, database, article_url, pk = outage_site
    assert _eventually_ok(site.url + "/")
    editor = _logged_in_opener(site)
    change = f"{site.url}/admin/articles/article/{pk}/change/"
    token = re.search(r'csrfmiddlewaretoken" value="([^"]+)"', editor.open(change).read().decode())
    database.stop()
    try:
        _assert_italian_503(*_get(f"{site.url}/cerca/?q=guasto"))
        sent = {
            "csrfmiddlewaretoken": token.group(1),
            "title": "Titolo riscritto durante il guasto",
            "body": "<p>Un paragrafo che non deve andare perso.</p>",
        }
        request = urllib.request.Request(change, urllib.parse.urlencode(sent).encode())
        try:
            editor.open(request)
            raise AssertionError("the save cannot succeed without a database")
        except urllib.error.HTTPError as error:
            assert error.code == 503
            page = error.read().decode()
        assert "Titolo riscritto durante il guasto" in page
        assert "Un paragrafo che non deve andare perso." in page
        assert "password" not in page
    finally:
        database.start()
    assert "Notizia dal database privato" in _eventually_ok(article_url)
