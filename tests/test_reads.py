"""“I più letti” counts reads with nothing kept in the reader's browser and no
personal data on the server, ignores bots and repeats, and keeps working
while pages come from the page cache."""

from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from articles.models import ArticleKind, Sponsor
from frontpage import reads
from frontpage.models import HourlyReads
from tests.support.factories import ArticleFactory

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1"
BEACON = reverse("frontpage:read")


def _read(client, article, ua=BROWSER, ip="203.0.113.7"):
    return client.post(BEACON, {"article": article.pk}, headers={"User-Agent": ua}, REMOTE_ADDR=ip)


def _count(article) -> int:
    return sum(HourlyReads.objects.filter(article=article).values_list("count", flat=True))


def _database_dump() -> str:
    """Every value of every table, as text: nothing personal may be in it."""
    values = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            values += [str(v) for row in cursor.fetchall() for v in row]
    return "\n".join(values)


def test_a_read_is_counted_without_any_cookie_or_stored_personal_data(client):
    article = ArticleFactory()
    response = _read(client, article)
    assert response.status_code == 204
    assert not response.cookies and "Set-Cookie" not in response
    assert response["Cache-Control"] == "no-store"
    assert _count(article) == 1
    assert list(HourlyReads.objects.values_list("hour", flat=True))[0].minute == 0
    # Only numbers: no address, browser or hash anywhere in the database.
    dump = _database_dump()
    assert "203.0.113.7" not in dump and "iPhone" not in dump
    assert not any(len(v) == 64 and set(v) <= set("0123456789abcdef") for v in dump.split())
    assert {f.name for f in HourlyReads._meta.get_fields()} == {"id", "article", "hour", "count"}


def test_the_article_page_carries_the_beacon_and_sets_no_cookie(client):
    article = ArticleFactory()
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert f'data-read-article="{article.pk}"' in html
    assert f'data-read-url="{BEACON}"' in html
    assert "/static/js/reads.js" in html
    assert not response.cookies


@pytest.mark.parametrize(
    "ua",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "facebookexternalhit/1.1",
        "curl/8.5.0",
        "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0 Safari/537.36",
        "",
    ],
)
def test_bots_are_not_counted(client, ua):
    article = ArticleFactory()
    assert _read(client, article, ua=ua).status_code == 204
    assert _count(article) == 0


def test_repeated_reads_of_the_same_reader_count_once_a_day(client):
    article = ArticleFactory()
    other = ArticleFactory()
    for _ in range(5):
        _read(client, article)
    _read(client, article, ip="198.51.100.20")  # another reader
    _read(client, other)  # another article
    assert _count(article) == 2 and _count(other) == 1
    with time_machine.travel(timezone.now() + timedelta(days=1), tick=False):
        _read(client, article)  # a new day, a new salt
    assert _count(article) == 3


def test_reads_of_unpublished_or_unknown_articles_are_ignored(client):
    draft = ArticleFactory(draft=True)
    assert _read(client, draft).status_code == 204
    assert client.post(BEACON, {"article": "x"}).status_code == 204
    assert client.post(BEACON, {"article": "99999999"}).status_code == 204
    assert client.get(BEACON).status_code == 405
    assert not HourlyReads.objects.exists()


def test_reads_are_counted_when_the_page_came_from_the_page_cache(
    client, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 300
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(title="Letta dalla cache")
    first = client.get(article.get_absolute_url())
    cached = client.get(article.get_absolute_url())
    assert "ETag" in cached and cached.content == first.content  # served from the store
    assert f'data-read-article="{article.pk}"'.encode() in cached.content
    for n in range(3):
        _read(client, article, ip=f"192.0.2.{n + 1}")
    assert _count(article) == 3


def test_most_read_lists_the_last_24_hours_and_7_days(client):
    now = timezone.now()
    today = ArticleFactory(title="Letta oggi")
    this_week = ArticleFactory(title="Letta questa settimana", published_at=now - timedelta(days=4))
    HourlyReads.objects.create(article=today, hour=reads.hour_of(now), count=5)
    HourlyReads.objects.create(
        article=this_week, hour=reads.hour_of(now - timedelta(days=3)), count=50
    )
    home = client.get("/").context["home"]
    assert home.most_read_day == [today]
    assert home.most_read_week == [this_week, today]
    html = client.get(ArticleFactory().get_absolute_url()).content.decode()
    assert "I più letti" in html and "Letta oggi" in html


def test_most_read_is_never_older_than_a_quarter_of_an_hour_in_the_page_cache(client, settings):
    settings.PAGE_CACHE_SECONDS = 3600
    ArticleFactory()
    moment = timezone.now().replace(minute=7, second=0, microsecond=0)
    with time_machine.travel(moment, tick=False):
        response = client.get("/")
    assert int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0]) <= 8 * 60
    assert reads.next_refresh(moment) == moment.replace(minute=15)


def test_the_desk_sees_reads_per_article_in_the_admin(client, django_assert_max_num_queries):
    from tests.support.roles import role_user

    articles = ArticleFactory.create_batch(5)
    now = timezone.now()
    for n, article in enumerate(articles):
        HourlyReads.objects.create(article=article, hour=reads.hour_of(now), count=n + 1)
        HourlyReads.objects.create(
            article=article, hour=reads.hour_of(now - timedelta(days=2)), count=10
        )
    client.force_login(role_user("Caporedattore"))
    url = reverse("admin:frontpage_articlereadership_changelist")
    client.get(url)
    with django_assert_max_num_queries(12):
        response = client.get(url)
    rows = [(a.title, a.reads_day, a.reads_week) for a in response.context["cl"].result_list]
    assert rows[0] == (articles[4].title, 5, 15)
    assert rows[-1] == (articles[0].title, 1, 11)


def test_a_beacon_sent_from_another_site_is_not_counted(client):
    article = ArticleFactory()
    for headers in ({"Sec-Fetch-Site": "cross-site"}, {"Origin": "https://altro.example"}):
        response = client.post(
            BEACON, {"article": article.pk}, headers={"User-Agent": BROWSER, **headers}
        )
        assert response.status_code == 204
    assert _count(article) == 0
    ours = {"Sec-Fetch-Site": "same-origin", "Origin": "http://testserver"}
    client.post(BEACON, {"article": article.pk}, headers={"User-Agent": BROWSER, **ours})
    assert _count(article) == 1


def test_the_day_list_is_ranked_on_the_day_whatever_the_week_says(client):
    now = timezone.now()
    old = ArticleFactory(published_at=now - timedelta(days=5))
    new = ArticleFactory(published_at=now - timedelta(hours=1))
    reads.add_read(old.pk, now - timedelta(days=4))
    for _ in range(3):
        reads.add_read(old.pk, now - timedelta(days=3))
    reads.add_read(new.pk, now)
    day, week = reads.most_read_windows(limit=1)
    assert [a.pk for a in day] == [new.pk] and [a.pk for a in week] == [old.pk]
    assert (day[0].reads, week[0].reads) == (1, 4)


def test_a_sponsored_piece_says_so_in_the_most_read_lists(client):
    sponsor = Sponsor.objects.create(name="Voltaria Energia", link="https://www.voltaria.example/")
    article = ArticleFactory(kind=ArticleKind.SPONSORED, sponsor=sponsor)
    reads.add_read(article.pk, timezone.now())
    html = client.get("/").content.decode()
    block = html[html.index('class="most-read"') :].split("</section>")[0]
    assert "Sponsorizzato da Voltaria Energia" in block
