"""The parts every page shares (the home's composition, Ultim'ora, "I più letti",
an article's lists) are computed once and kept under the page cache's rules:
never stale after a change, never past a scheduled moment, never mixed with a
preview. The page cache itself is off here, so every response is rendered."""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.db import connection
from django.template import Context, Template, TemplateSyntaxError
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from reversion.models import Version

from articles import search, services
from articles.library import photo_url
from articles.models import Article, ArticleKind
from frontpage import reads
from frontpage.models import BreakingNews, HourlyReads
from newsroom import fragments, pagecache
from tests.support.factories import (
    ArticleFactory,
    GalleryFactory,
    PictureFactory,
    SectionFactory,
)
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def shared_parts_kept(settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 3600  # so only clocks and changes retire a value


def _committed(django_capture_on_commit_callbacks, make):
    with django_capture_on_commit_callbacks(execute=True):
        return make()


def test_a_rendered_article_page_makes_at_most_two_queries_once_shared_parts_are_kept(
    client, django_assert_max_num_queries
):
    tags = ["Incentivi", "Ricarica", "Batterie"]
    article = ArticleFactory(title="Notizia letta", tags=tags)
    for n in range(6):
        ArticleFactory(title=f"Correlata {n}", tags=tags[: 1 + n % 3])
    HourlyReads.objects.create(article=article, hour=reads.hour_of(timezone.now()), count=3)
    first = client.get(article.get_absolute_url()).content.decode()
    with django_assert_max_num_queries(2):  # its gallery, if any
        again = client.get(article.get_absolute_url()).content.decode()
    assert again == first
    assert "Correlata" in again  # the related list is there, from the kept value


def test_a_publication_shows_at_once_on_the_home_and_in_related_lists(
    client, django_capture_on_commit_callbacks
):
    shown = _committed(
        django_capture_on_commit_callbacks,
        lambda: ArticleFactory(title="Prima notizia", tags=["Polestar"]),
    )
    assert "Prima notizia" in client.get("/").content.decode()
    assert "Notizia appena uscita" not in client.get(shown.get_absolute_url()).content.decode()
    _committed(
        django_capture_on_commit_callbacks,
        lambda: ArticleFactory(title="Notizia appena uscita", tags=["Polestar"]),
    )
    assert "Notizia appena uscita" in client.get("/").content.decode()
    assert "Notizia appena uscita" in client.get(shown.get_absolute_url()).content.decode()


def test_an_unpublished_article_leaves_every_kept_list_at_once(
    client, django_capture_on_commit_callbacks
):
    kept = _committed(
        django_capture_on_commit_callbacks,
        lambda: ArticleFactory(title="Resta online", tags=["Fiat"]),
    )
    going = _committed(
        django_capture_on_commit_callbacks,
        lambda: ArticleFactory(title="Da ritirare", tags=["Fiat"]),
    )
    HourlyReads.objects.create(article=going, hour=reads.hour_of(timezone.now()), count=9)
    assert "Da ritirare" in client.get(kept.get_absolute_url()).content.decode()
    assert "Da ritirare" in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        services.article_transition(article=going, name="unpublish", by=role_user("Caporedattore"))
    assert "Da ritirare" not in client.get("/").content.decode()
    assert "Da ritirare" not in client.get(kept.get_absolute_url()).content.decode()


def test_a_scheduled_article_enters_the_kept_lists_on_time(
    client, django_capture_on_commit_callbacks
):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        kept = _committed(
            django_capture_on_commit_callbacks,
            lambda: ArticleFactory(title="Già uscita", tags=["Renault"]),
        )
        _committed(
            django_capture_on_commit_callbacks,
            lambda: ArticleFactory(
                title="Uscirà tra un minuto",
                tags=["Renault"],
                published_at=start + timedelta(seconds=60),
            ),
        )
        assert "Uscirà tra un minuto" not in client.get("/").content.decode()
        assert "Uscirà tra un minuto" not in client.get(kept.get_absolute_url()).content.decode()
    with time_machine.travel(start + timedelta(seconds=61), tick=False):
        assert "Uscirà tra un minuto" in client.get("/").content.decode()
        assert "Uscirà tra un minuto" in client.get(kept.get_absolute_url()).content.decode()


def test_ultimora_comes_and_goes_on_time_on_every_page(client, django_capture_on_commit_callbacks):
    article = ArticleFactory(title="Sciopero dei trasporti")
    now = timezone.now()
    with time_machine.travel(now, tick=False):
        assert "Sciopero nazionale" not in client.get("/").content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            BreakingNews.objects.create(
                text="Sciopero nazionale domani", ends_at=now + timedelta(minutes=30)
            )
        for url in ("/", article.get_absolute_url()):
            assert "Sciopero nazionale domani" in client.get(url).content.decode()
    with time_machine.travel(now + timedelta(minutes=31), tick=False):
        for url in ("/", article.get_absolute_url()):
            assert "Sciopero nazionale domani" not in client.get(url).content.decode()


def test_most_read_follows_new_reads_at_the_next_quarter_of_an_hour(client):
    quiet, popular = ArticleFactory(title="Poco letta"), ArticleFactory(title="Molto letta")
    moment = timezone.now().replace(minute=2, second=0, microsecond=0)
    with time_machine.travel(moment, tick=False):
        HourlyReads.objects.create(article=quiet, hour=reads.hour_of(moment), count=2)
        assert client.get("/").context["home"].most_read_day == [quiet]
        # A read is no change of content: the list waits for its quarter of an hour.
        HourlyReads.objects.create(article=popular, hour=reads.hour_of(moment), count=40)
        assert client.get("/").context["home"].most_read_day == [quiet]
    with time_machine.travel(moment.replace(minute=15, second=1), tick=False):
        assert client.get("/").context["home"].most_read_day == [popular, quiet]


def test_the_article_beside_most_read_is_left_out_of_its_own_list(client):
    first, second = ArticleFactory(title="Prima per letture"), ArticleFactory(title="Seconda")
    hour = reads.hour_of(timezone.now())
    HourlyReads.objects.create(article=first, hour=hour, count=9)
    HourlyReads.objects.create(article=second, hour=hour, count=4)
    assert reads.most_read(reads.DAY, limit=1) == [first]
    assert reads.most_read(reads.DAY, limit=1, exclude=[first.pk]) == [second]
    assert reads.most_read(reads.DAY, limit=1) == [first]  # the kept list is whole


def test_the_home_preview_neither_uses_nor_changes_the_live_home(client):
    now = timezone.now()
    ArticleFactory(title="Notizia di oggi")
    ArticleFactory(title="Notizia di domattina", published_at=now + timedelta(hours=10))
    assert "Notizia di domattina" not in client.get("/").content.decode()  # kept now
    client.force_login(role_user("Caporedattore"))
    at = timezone.localtime(now + timedelta(hours=11)).strftime("%Y-%m-%dT%H:%M")
    preview = client.get(reverse("admin:frontpage_pin_preview"), {"at": at})
    assert "Notizia di domattina" in preview.content.decode()
    client.logout()
    assert "Notizia di domattina" not in client.get("/").content.decode()


def test_a_list_page_count_follows_publications_at_once(
    client, settings, django_capture_on_commit_callbacks
):
    settings.ARTICLES_PER_PAGE = 2
    for n in range(2):
        _committed(
            django_capture_on_commit_callbacks,
            lambda n=n: ArticleFactory(title=f"Incentivo {n}", tags=["Incentivi"]),
        )
    html = client.get("/tag/incentivi/").content.decode()
    assert "Pagina 2 di" not in html  # one page
    _committed(
        django_capture_on_commit_callbacks,
        lambda: ArticleFactory(title="Incentivo nuovo", tags=["Incentivi"]),
    )
    assert "Pagina 1 di 2" in client.get("/tag/incentivi/").content.decode()
    assert "Pagina 2 di 2" in client.get("/tag/incentivi/?page=2").content.decode()


# Kept markup ({% keep %}): the article's own data and the parts of a page
# that are the same for every reader are kept rendered.


def test_an_edit_shows_at_once_in_every_kept_part_of_the_article_page(
    client, django_capture_on_commit_callbacks
):
    article = _committed(
        django_capture_on_commit_callbacks,
        lambda: ArticleFactory(title="Titolo di prima", tags=["Ibride"]),
    )
    before = client.get(article.get_absolute_url()).content.decode()
    assert '<meta property="og:title" content="Titolo di prima">' in before
    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Titolo corretto"
        article.save()
        article.tags.set(["Elettriche"])
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Titolo di prima" not in html
    assert '<meta property="og:title" content="Titolo corretto">' in html  # head
    assert '<h1 class="article__title">Titolo corretto</h1>' in html  # the article itself
    assert '<meta property="article:tag" content="Elettriche">' in html
    assert 'href="/tag/elettriche/"' in html and 'href="/tag/ibride/"' not in html  # its tags


def test_an_unpublished_article_answers_404_at_once_though_its_page_was_kept(
    client, django_capture_on_commit_callbacks
):
    article = _committed(django_capture_on_commit_callbacks, lambda: ArticleFactory())
    assert client.get(article.get_absolute_url()).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        services.article_transition(
            article=article, name="unpublish", by=role_user("Caporedattore")
        )
    assert client.get(article.get_absolute_url()).status_code == 404


def test_kept_parts_carry_nothing_of_one_request_into_another(client):
    article = ArticleFactory(title="Una notizia")
    home = client.get("/?utm_source=newsletter").content.decode()
    page = client.get(article.get_absolute_url()).content.decode()
    # The footer's cookie link brings each reader back to the page they were on.
    assert "?next=/%3Futm_source%3Dnewsletter" in home
    assert f"?next={article.get_absolute_url()}" in page.replace("%2F", "/")
    assert "utm_source" not in page
    # A section's own page marks itself in the navigation; the others do not.
    section = client.get(article.section.get_absolute_url()).content.decode()
    assert 'aria-current="page"' in section and 'aria-current="page"' not in page


def test_a_preview_of_an_old_revision_neither_uses_nor_changes_the_public_page(client):
    desk = role_user("Caporedattore")
    article = ArticleFactory(title="Versione pubblica di prima")
    first = Version.objects.get_for_object(article).get()
    article.title = "Versione pubblica"
    services.article_save(article=article, by=desk)
    assert (
        "Versione pubblica di prima" not in client.get(article.get_absolute_url()).content.decode()
    )
    client.force_login(desk)
    old = client.get(
        reverse("admin:articles_article_preview", args=[article.pk]), {"version": first.pk}
    ).content.decode()
    assert '<meta property="og:title" content="Versione pubblica di prima">' in old
    client.logout()
    public = client.get(article.get_absolute_url()).content.decode()
    assert "Versione pubblica di prima" not in public
    assert '<meta property="og:title" content="Versione pubblica">' in public


def test_a_gallery_photo_page_and_its_article_keep_their_own_head_and_share_bar(client):
    pictures = [PictureFactory(caption=f"Didascalia {n}") for n in range(1, 4)]
    gallery = GalleryFactory(title="Tre foto", pictures=pictures)
    article = ArticleFactory(title="Galleria dal salone", kind=ArticleKind.GALLERY, gallery=gallery)
    photo = photo_url(article, gallery.pk, 2)
    for _ in range(2):  # the second round from what was kept
        page = client.get(article.get_absolute_url()).content.decode()
        shown = client.get(photo).content.decode()
        assert (
            f'<link rel="canonical" href="{settings.SITE_URL}{article.get_absolute_url()}">' in page
        )
        assert f'<link rel="canonical" href="{settings.SITE_URL}{photo}">' in shown
        # Both share bars, the kept one at the end too, share the page itself.
        assert shown.count(f'data-url="{settings.SITE_URL}{photo}"') == 2
        assert page.count(f'data-url="{settings.SITE_URL}{article.get_absolute_url()}"') == 2


def test_keep_renders_a_part_once_and_afresh_in_a_preview(settings):
    rendered = []
    template = Template('{% load fragments %}{% keep "part" n %}{{ count }}{% endkeep %}')

    def count():
        rendered.append(1)
        return len(rendered)

    assert template.render(Context({"n": 1, "count": count})) == "1"
    assert template.render(Context({"n": 1, "count": count})) == "1"  # kept
    assert template.render(Context({"n": 2, "count": count})) == "2"  # its own key
    assert template.render(Context({"n": 1, "count": count, "is_preview": True})) == "3"
    settings.FRAGMENT_CACHE_SECONDS = 0
    assert template.render(Context({"n": 1, "count": count})) == "4"  # off in development


def test_a_hole_in_a_kept_part_shows_each_requests_own_value_escaped():
    rendered = []
    template = Template(
        '{% load fragments %}{% keep "part" %}<p>{{ count }}: {% hole words %}</p>{% endkeep %}'
    )

    def count():
        rendered.append(1)
        return len(rendered)

    assert template.render(Context({"count": count, "words": "auto"})) == "<p>1: auto</p>"
    html = template.render(Context({"count": count, "words": "<b>moto</b> & bici"}))
    assert html == "<p>1: &lt;b&gt;moto&lt;/b&gt; &amp; bici</p>"  # kept, the hole its own
    assert template.render(Context({"count": count, "words": mark_safe("<mark>x</mark>")})) == (
        "<p>1: <mark>x</mark></p>"
    )
    html = template.render(Context({"count": count, "words": "bus", "is_preview": True}))
    assert html == "<p>2: bus</p>"


def test_a_kept_part_with_a_hole_is_filled_by_every_worker_that_reads_it():
    # Another worker, or this one after a restart, compiles the template anew
    # and finds the part in the shared cache, its hole marked the same way.
    source = '{% load fragments %}{% keep "shared" %}<p>{% hole words %}</p>{% endkeep %}'
    assert Template(source).render(Context({"words": "auto"})) == "<p>auto</p>"
    assert Template(source).render(Context({"words": "moto"})) == "<p>moto</p>"


@pytest.mark.parametrize(
    "source",
    [
        "<p>{% hole words %}</p>",
        '{% keep "a" %}{% for w in words %}{% hole w %}{% endfor %}{% endkeep %}',
        '{% keep "a" %}{% with w=words %}{% hole w %}{% endwith %}{% endkeep %}',
        '{% keep "a" %}{% keep "b" %}{% hole words %}{% endkeep %}{% endkeep %}',
        '{% keep_each w in words "a" w %}{% for x in w %}{% hole x %}{% endfor %}{% endkeep_each %}',
        '{% keep_each w in words "a" w %}{% keep "b" %}{% hole w %}{% endkeep %}{% endkeep_each %}',
    ],
)
def test_a_hole_that_could_not_be_filled_right_is_a_template_error(source):
    with pytest.raises(TemplateSyntaxError, match="hole"):
        Template("{% load fragments %}" + source)


def test_keep_each_keeps_every_item_and_reads_a_whole_list_in_one_go(monkeypatch):
    rendered = []
    template = Template(
        '{% load fragments %}{% keep_each n in numbers "item" n %}'
        "[{{ n }}:{{ count }}:{% hole words %}]{% endkeep_each %}"
    )

    def count():
        rendered.append(1)
        return len(rendered)

    html = template.render(Context({"numbers": [1, 2], "count": count, "words": "a<b"}))
    assert html == "[1:1:a&lt;b][2:2:a&lt;b]"
    reads, get, get_many = [], fragments.cache.get, fragments.cache.get_many

    def read_many(keys):
        reads.append(len(keys))
        with monkeypatch.context() as inside:  # local memory reads them one by one
            inside.setattr(fragments.cache, "get", get)
            return get_many(keys)

    monkeypatch.setattr(fragments.cache, "get_many", read_many)
    monkeypatch.setattr(
        fragments.cache, "get", lambda key, *a, **k: reads.append(key) or get(key, *a, **k)
    )
    html = template.render(Context({"numbers": [2, 1, 3], "count": count, "words": "bus"}))
    assert html == "[2:2:bus][1:1:bus][3:3:bus]"  # 1 and 2 kept, only 3 rendered
    # One read for the list, none per item (the clocks are asked once, for item 3).
    assert [r for r in reads if not str(r).startswith(pagecache.CLOCK_KEY)] == [3]
    preview = Context({"numbers": [1], "count": count, "words": "x", "is_preview": True})
    assert template.render(preview) == "[1:4:x]"
    assert template.render(Context({"numbers": [], "count": count})) == ""


def test_the_kept_header_marks_a_sections_own_page_and_shows_a_renamed_section_at_once(
    client, django_capture_on_commit_callbacks
):
    motori = _committed(django_capture_on_commit_callbacks, lambda: SectionFactory(name="Motori"))
    mercato = _committed(django_capture_on_commit_callbacks, lambda: SectionFactory(name="Mercato"))
    for _ in range(2):  # the second time from the kept header
        home = client.get("/").content.decode()
        page = client.get(motori.get_absolute_url()).content.decode()
        assert 'aria-current="page"' not in home
        assert f'<a href="{motori.get_absolute_url()}" aria-current="page">Motori</a>' in page
        assert f'<a href="{mercato.get_absolute_url()}">Mercato</a>' in page
    motori.name = "Motori e corse"
    _committed(django_capture_on_commit_callbacks, motori.save)
    for url in ("/", motori.get_absolute_url(), mercato.get_absolute_url()):
        assert ">Motori e corse</a>" in client.get(url).content.decode(), url


def test_a_hole_may_stand_in_a_condition_of_its_kept_part():
    source = '{% keep "c" %}{% if show %}[{% hole words %}]{% endif %}{% endkeep %}'
    template = Template("{% load fragments %}" + source)
    assert template.render(Context({"show": True, "words": "bus"})) == "[bus]"
    assert template.render(Context({"show": False, "words": "tram"})) == "[tram]"  # kept


def test_a_search_result_is_kept_for_every_search_but_its_snippet(
    client, django_capture_on_commit_callbacks
):
    article = _committed(
        django_capture_on_commit_callbacks,
        lambda: ArticleFactory(
            title="Batterie allo stato solido",
            standfirst="Le batterie allo stato solido arrivano sulle utilitarie.",
        ),
    )
    html = client.get("/cerca/", {"q": "batterie"}).content.decode()
    assert "<mark>batterie</mark> allo stato solido arrivano" in html.lower()
    # Changed behind the signals' back: a kept card goes on showing the title.
    Article.objects.filter(pk=article.pk).update(title="Batterie (titolo non avvisato)")
    html = client.get("/cerca/", {"q": "utilitarie"}).content.decode()
    assert "Batterie allo stato solido</a>" in html
    assert "<mark>utilitarie</mark>" in html and "<mark>batterie</mark>" not in html.lower()
    # An edit shows in every search at once.
    article.refresh_from_db()
    article.title = "Batterie a stato solido: i tempi"
    _committed(django_capture_on_commit_callbacks, lambda: services.article_save(article=article))
    html = client.get("/cerca/", {"q": "batterie"}).content.decode()
    assert "Batterie a stato solido: i tempi</a>" in html


def test_a_kept_search_card_costs_only_its_snippets_text_and_a_new_one_its_own_row(
    client, django_capture_on_commit_callbacks
):
    def article(title, standfirst):
        return _committed(
            django_capture_on_commit_callbacks,
            lambda: ArticleFactory(title=title, standfirst=standfirst, sponsor=None),
        )

    old = article("Ricarica veloce in autostrada", "Colonnine alpine ogni cinquanta chilometri.")
    new = article("Ricarica lenta a casa", "Una wallbox basta a chi percorre pochi chilometri.")
    assert "Ricarica veloce" in client.get("/cerca/", {"q": "alpine"}).content.decode()
    # The search met lately by this worker (one it meets for the first time
    # reads its articles whole: test_search_bounds.py).
    len(search.search(search.parse("chilometri"), search.parse_filters({})))

    def card_rows():
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/cerca/", {"q": "chilometri"}).content.decode()
        rows = [q["sql"] for q in queries.captured_queries if "articles_section" in q["sql"]]
        return html, rows

    html, rows = card_rows()  # the old card kept by the first search, the new one read
    assert "Ricarica veloce in autostrada</a>" in html and "Ricarica lenta a casa</a>" in html
    assert html.count("<mark>chilometri</mark>") == 2
    assert len(rows) == 1 and f"IN ({new.pk})" in rows[0] and str(old.pk) not in rows[0]
    html, rows = card_rows()  # both kept: no article read for a card
    assert rows == [] and html.count("<mark>chilometri</mark>") == 2


def test_the_search_forms_sections_are_kept_for_each_chosen_section(
    client, django_capture_on_commit_callbacks
):
    motori = _committed(django_capture_on_commit_callbacks, lambda: SectionFactory(name="Motori"))
    _committed(django_capture_on_commit_callbacks, lambda: SectionFactory(name="Mercato"))
    client.get("/cerca/", {"q": "auto"})
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/cerca/", {"q": "auto"}).content.decode()
    assert not any("articles_section" in q["sql"] for q in queries.captured_queries)
    assert "Motori</option>" in html and " selected" not in html
    html = client.get("/cerca/", {"q": "auto", "sezione": motori.slug}).content.decode()
    assert f'<option value="{motori.slug}" selected>Motori</option>' in html
    # A section renamed: the form shows it at once.
    motori.name = "Motori e corse"
    _committed(django_capture_on_commit_callbacks, motori.save)
    html = client.get("/cerca/", {"q": "auto", "sezione": motori.slug}).content.decode()
    assert f'<option value="{motori.slug}" selected>Motori e corse</option>' in html
