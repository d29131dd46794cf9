"""Whole pages for anonymous readers come from the cache, and the cache never
serves a stale, scheduled-too-early, private or someone else's page."""

import gzip
from datetime import timedelta

import brotli
import pytest
import time_machine
from django.apps import apps
from django.conf import settings as django_settings
from django.http import HttpResponse
from django.utils import timezone

from articles import services
from consent import policy
from consent.models import CategoryKey
from newsroom import pagecache
from tests.support.factories import ArticleFactory, PictureFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.FRAGMENT_CACHE_SECONDS = 300  # as in production: pages and their shared parts


def _publish(django_capture_on_commit_callbacks, **fields):
    with django_capture_on_commit_callbacks(execute=True):
        return ArticleFactory(**fields)


def test_a_second_visit_is_served_without_touching_the_database(
    client, django_capture_on_commit_callbacks, django_assert_num_queries
):
    article = _publish(django_capture_on_commit_callbacks, title="Notizia in cache")
    first = client.get(article.get_absolute_url())
    with django_assert_num_queries(0):
        second = client.get(article.get_absolute_url())
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Cache-Control"].startswith("public, max-age=0, s-maxage=")
    assert "Set-Cookie" not in second


def test_publishing_retires_stored_pages_at_once(client, django_capture_on_commit_callbacks):
    _publish(django_capture_on_commit_callbacks, title="Prima notizia")
    assert "Prima notizia" in client.get("/").content.decode()
    _publish(django_capture_on_commit_callbacks, title="Notizia appena uscita")
    assert "Notizia appena uscita" in client.get("/").content.decode()


def test_an_edit_and_an_unpublish_show_on_the_next_visit(
    client, django_capture_on_commit_callbacks
):
    article = _publish(django_capture_on_commit_callbacks, title="Titolo vecchio")
    client.get(article.get_absolute_url())
    article.title = "Titolo corretto"
    with django_capture_on_commit_callbacks(execute=True):
        services.article_save(article=article)
    assert "Titolo corretto" in client.get(article.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        services.article_transition(
            article=article, name="unpublish", by=role_user("Caporedattore")
        )
    assert client.get(article.get_absolute_url()).status_code == 404


def test_a_scheduled_article_appears_on_time_although_pages_are_stored(
    client, django_capture_on_commit_callbacks
):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        _publish(django_capture_on_commit_callbacks, title="Già uscita")
        _publish(
            django_capture_on_commit_callbacks,
            title="Uscirà tra un minuto",
            published_at=start + timedelta(seconds=60),
        )
        home = client.get("/")
        assert "Uscirà tra un minuto" not in home.content.decode()
        assert int(home["Cache-Control"].split("s-maxage=")[1].split(",")[0]) <= 60
    with time_machine.travel(start + timedelta(seconds=61), tick=False):
        assert "Uscirà tra un minuto" in client.get("/").content.decode()


def test_editors_are_never_served_nor_stored(client, django_capture_on_commit_callbacks):
    article = _publish(django_capture_on_commit_callbacks, title="Pagina per tutti")
    client.force_login(role_user("Caporedattore"))
    response = client.get(article.get_absolute_url())
    assert "ETag" not in response  # rendered for them, not from the store
    client.logout()
    client.cookies.clear()
    reader = client.get(article.get_absolute_url())
    assert reader.status_code == 200 and "ETag" in reader


def test_previews_are_private_and_never_stored(client):
    article = ArticleFactory(draft=True, title="Bozza riservata")
    client.force_login(role_user("Caporedattore"))
    preview = client.get(f"/admin/articles/article/{article.pk}/preview/")
    assert preview["Cache-Control"] == "private, no-store"


def test_one_readers_consent_is_never_served_to_another(client, embed_article, demo_consent):
    cookie = policy.encode(
        policy.Choice(
            consent_id="2b0b8e4e-6f44-4bd3-9a63-1b8e1a4f7c11",
            granted=frozenset({CategoryKey.THIRD_PARTY}),
            version=demo_consent.version if hasattr(demo_consent, "version") else 1,
            given_at=timezone.now(),
        )
    )
    client.cookies[policy.COOKIE_NAME] = cookie
    consenting = client.get(embed_article.get_absolute_url()).content.decode()
    client.cookies.clear()
    undecided = client.get(embed_article.get_absolute_url()).content.decode()
    assert consenting.count("<iframe") >= 1
    assert "<iframe" not in undecided


def test_conditional_requests_get_304(client, django_capture_on_commit_callbacks):
    article = _publish(django_capture_on_commit_callbacks)
    etag = client.get(article.get_absolute_url())["ETag"]
    again = client.get(article.get_absolute_url(), headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""


@pytest.mark.parametrize(
    ("encoding", "decode"), [("br", brotli.decompress), ("gzip", gzip.decompress)]
)
def test_pages_are_stored_and_served_compressed(
    client, django_capture_on_commit_callbacks, encoding, decode
):
    article = _publish(django_capture_on_commit_callbacks, title="Compressa")
    plain = client.get(article.get_absolute_url()).content
    packed = client.get(article.get_absolute_url(), headers={"Accept-Encoding": encoding})
    assert packed["Content-Encoding"] == encoding
    assert decode(packed.content) == plain
    assert len(packed.content) < len(plain) / 3


def test_vary_names_what_truly_varies(client, django_capture_on_commit_callbacks):
    article = _publish(django_capture_on_commit_callbacks)
    vary = {v.strip() for v in client.get(article.get_absolute_url())["Vary"].split(",")}
    assert {"Cookie", "Sec-GPC", "Accept-Encoding"} <= vary
    assert "Accept-Language" not in vary


# Models whose changes show on no public page.
NOT_PUBLIC = {
    "articles.ArticleTransition",
    "articles.PreviewLink",  # previews are never cached
    "consent.ConsentRecord",
    # Counted by the reader's beacon: "I più letti" follows a clock instead
    # (frontpage.reads.next_refresh), or every read would retire every page.
    "frontpage.HourlyReads",
    "frontpage.ArticleReadership",  # the admin's view of the articles
}


def test_every_model_of_the_public_apps_retires_pages_or_is_known_not_to_show():
    public_apps = ("articles", "authors", "consent", "media", "frontpage", "publisher")
    models = {
        f"{m._meta.app_label}.{m.__name__}"
        for app in public_apps
        for m in apps.get_app_config(app).get_models()
    }
    listed = set(django_settings.PAGE_CACHE_INVALIDATED_BY)
    assert models - NOT_PUBLIC == listed & models, models - NOT_PUBLIC - listed


def test_a_picture_whose_rights_end_today_is_never_kept_past_midnight(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        picture = PictureFactory(rights_expire_on=timezone.localdate())
        article = ArticleFactory(lead_picture=picture)
    with time_machine.travel(timezone.localtime().replace(hour=23, minute=58), tick=False):
        first = client.get(article.get_absolute_url())
        assert int(first["Cache-Control"].split("s-maxage=")[1].split(",")[0]) <= 120


def test_a_page_reads_the_generation_once_however_many_parts_it_keeps(
    client, settings, monkeypatch, django_capture_on_commit_callbacks
):
    # As with Redis: the generation is a cache entry, and each read a round trip.
    settings.PAGE_CACHE_GENERATION_FILE = None
    settings.PAGE_CACHE_SECONDS = 0  # every request renders, from its kept parts
    article = _publish(django_capture_on_commit_callbacks, title="Notizia con parti tenute")
    client.get(article.get_absolute_url())
    reads, get = [], pagecache.cache.get
    monkeypatch.setattr(
        pagecache.cache, "get", lambda key, *a, **k: reads.append(key) or get(key, *a, **k)
    )
    assert client.get(article.get_absolute_url()).status_code == 200
    assert reads.count(pagecache.GENERATION_KEY) == 1
    # Outside a request (a command, a signal) every call reads it.
    pagecache.generation(), pagecache.generation()
    assert reads.count(pagecache.GENERATION_KEY) == 3


def test_a_change_made_during_a_request_is_seen_by_the_rest_of_it(settings, rf):
    settings.PAGE_CACHE_GENERATION_FILE = None
    seen = []

    def view(request):
        seen.append(pagecache.generation())
        pagecache.invalidate()  # a publication committed by this request
        seen.extend([pagecache.generation(), pagecache.generation()])
        return HttpResponse("ok")

    pagecache.PageCacheMiddleware(view)(rf.get("/"))
    assert seen[0] != seen[1] == seen[2] == pagecache.generation()
