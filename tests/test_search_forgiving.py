"""Search that forgives: filters by section and dates with Italian messages for
bad values, thumbnails and highlighted snippets everywhere, and on PostgreSQL
typo tolerance with "Forse cercavi"."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from articles import search
from tests.support.factories import ArticleFactory, PictureFactory, SectionFactory

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="typo tolerance needs PostgreSQL's pg_trgm"
)


def _get(client, **params):
    response = client.get("/cerca/", params)
    assert response.status_code == 200
    return response


def _titles(response):
    return [a.title for a in response.context["results"]]


def test_results_can_be_narrowed_to_a_section(client):
    prove = SectionFactory(name="Prove", slug="prove")
    ArticleFactory(title="Panda ibrida alla prova", section=prove)
    ArticleFactory(title="Panda ibrida: i prezzi")
    assert len(_titles(_get(client, q="panda"))) == 2
    assert _titles(_get(client, q="panda", sezione="prove")) == ["Panda ibrida alla prova"]


def test_results_can_be_narrowed_to_a_range_of_days(client):
    now = timezone.now()
    ArticleFactory(title="Panda di ieri", published_at=now - timedelta(days=1))
    ArticleFactory(title="Panda del mese scorso", published_at=now - timedelta(days=40))
    since = (timezone.localdate() - timedelta(days=7)).isoformat()
    assert _titles(_get(client, q="panda", dal=since)) == ["Panda di ieri"]
    until = (timezone.localdate() - timedelta(days=30)).isoformat()
    assert _titles(_get(client, q="panda", al=until)) == ["Panda del mese scorso"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"sezione": "non-esiste"}, "Questa sezione non esiste"),
        ({"dal": "ieri"}, "La data «ieri» in «Pubblicati dal» non è valida"),
        ({"al": "2026-13-45"}, "La data «2026-13-45» in «Pubblicati fino al» non è valida"),
        ({"dal": "2026-03-10", "al": "2026-03-01"}, "La data di inizio viene dopo quella di fine"),
        ({"dal": "x" * 5000}, "non è valida"),
        # A NUL (PostgreSQL refuses it in any text) and a year no clock reckons.
        ({"sezione": "mercato\x00"}, "Questa sezione non esiste"),
        ({"dal": "0001-01-01"}, "La data «0001-01-01» in «Pubblicati dal» non è valida"),
    ],
)
def test_bad_filters_are_explained_in_italian_and_the_search_still_runs(client, params, message):
    ArticleFactory(title="Panda ibrida")
    response = _get(client, q="panda", **params)
    assert message in response.content.decode()
    assert _titles(response) == ["Panda ibrida"]
    assert 'value="panda"' in response.content.decode()  # nothing typed is lost


def test_filters_are_kept_in_the_form_and_the_pages(client, settings):
    settings.ARTICLES_PER_PAGE = 1
    prove = SectionFactory(name="Prove", slug="prove")
    ArticleFactory.create_batch(2, title="Panda alla prova", section=prove)
    html = _get(client, q="panda", sezione="prove", dal="2020-01-01").content.decode()
    assert '<option value="prove" selected>' in html
    assert 'name="dal" value="2020-01-01"' in html
    assert "?q=panda&amp;sezione=prove&amp;dal=2020-01-01&amp;page=2" in html


def test_results_show_a_thumbnail_of_the_lead_image(client):
    ArticleFactory(title="Panda con foto", lead_picture=PictureFactory(alt="Una Panda"))
    html = _get(client, q="panda").content.decode()
    assert 'class="result__thumb"' in html and "<img" in html[html.index("result__thumb") :]


def test_snippets_mark_the_words_found_and_escape_everything_else(client):
    ArticleFactory(
        title="Batterie",
        standfirst="Il sodio <script>x</script> & le batterie",
        body="<p>" + "parola " * 60 + "Una batteria al <b>sodio</b> costa meno.</p>",
    )
    html = _get(client, q="sodio").content.decode()
    snippet = html[html.index('class="result__snippet"') :].split("</p>")[0]
    assert "<mark>sodio</mark>" in snippet
    assert "<script>" not in snippet and "<b>" not in snippet
    assert "&amp;" in snippet and "&lt;script&gt;" in snippet


def test_snippets_read_like_the_text_around_links_and_between_paragraphs(client):
    ArticleFactory(
        title="Crossover",
        standfirst="",
        body='<p>La nuova <a href="/x/"><strong>Cross</strong></a>: ibrida.</p><p>Seconda frase.</p>',
    )
    html = _get(client, q="ibrida").content.decode()
    snippet = html[html.index('class="result__snippet"') :].split("</p>")[0]
    assert "Cross: <mark>ibrida</mark>. Seconda frase." in snippet


def test_highlight_keeps_only_its_own_mark_tags():
    text = search.highlight('<mark onclick="x">Polestar</mark> 4 e la polestar 3', ["polestar"])
    assert text.count("<mark>") == 2
    assert "&lt;mark onclick=&quot;x&quot;&gt;" in text


def test_a_long_text_is_cut_around_the_first_match():
    text = search.highlight(" ".join(["prima"] * 100 + ["Polestar"] + ["dopo"] * 100), ["polestar"])
    assert text.startswith("… ") and text.endswith(" …")
    assert "<mark>Polestar</mark>" in text and text.count(" ") < 40


@on_postgresql
def test_a_typo_finds_the_article_and_suggests_the_right_spelling(client):
    ArticleFactory(title="Renault Korea produrrà la Polestar 4 a Busan")
    ArticleFactory(title="Nuova Panda ibrida")
    response = _get(client, q="polestr")
    assert _titles(response) == ["Renault Korea produrrà la Polestar 4 a Busan"]
    html = response.content.decode()
    assert "Forse cercavi" in html
    assert '<a href="?q=polestar">polestar</a>' in html


@on_postgresql
def test_a_correct_query_gets_no_suggestion(client):
    ArticleFactory(title="La Polestar 4 arriva in Italia")
    response = _get(client, q="polestar")
    assert response.context["suggested"] is None
    assert "Forse cercavi" not in response.content.decode()


@on_postgresql
def test_suggestions_come_only_from_published_articles(client):
    ArticleFactory(draft=True, title="Fusione segretissima Stellantis")
    assert search.suggestion(search.parse("segretisima")) is None
    assert "Forse cercavi" not in _get(client, q="segretisima").content.decode()


@on_postgresql
def test_a_typo_with_a_section_filter_keeps_the_filter(client):
    prove = SectionFactory(name="Prove", slug="prove")
    ArticleFactory(title="Polestar 2 alla prova", section=prove)
    ArticleFactory(title="Polestar 4: i prezzi")
    response = _get(client, q="polestr", sezione="prove")
    assert _titles(response) == ["Polestar 2 alla prova"]
    assert "?q=polestar&amp;sezione=prove" in response.content.decode()
