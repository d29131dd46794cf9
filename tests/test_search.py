import re

import pytest
from django.db import connection

from articles import search, services
from articles.models import Article
from tests.support.factories import ArticleFactory

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search needs PostgreSQL"
)
on_fallback = pytest.mark.skipif(
    connection.vendor == "postgresql", reason="the fallback is for databases without FTS"
)


def _titles(client, q):
    response = client.get("/cerca/", {"q": q})
    assert response.status_code == 200
    return [a.title for a in response.context["results"]]


@pytest.mark.parametrize(
    "q",
    [
        "",
        "   ",
        "a",
        "x" * 500,
        "!!!???...;;;",
        "'; DROP TABLE articles_article; --",
        '" OR 1=1 --',
        "auto & | ! <-> :* ( )",
        "<script>alert(1)</script>",
        "%_%\\",
        "il e la di",
        "auto\x00elettrica",
        "ciao " * 100,
    ],
)
def test_bad_queries_return_a_normal_page_never_an_error(client, q):
    ArticleFactory(title="Auto elettriche in Italia")
    response = client.get("/cerca/", {"q": q})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert '<h1 class="list-header__title">Cerca</h1>' in html


@pytest.mark.parametrize(
    ("q", "message"),
    [
        ("a", "Scrivi almeno 2 lettere"),
        ("x" * 500, "La ricerca è troppo lunga"),
        ("!!!???", "Scrivi almeno una parola"),
    ],
)
def test_unsearchable_queries_explain_why_in_italian(client, q, message):
    assert message in client.get("/cerca/", {"q": q}).content.decode()


def test_search_results_are_only_published_articles(client):
    ArticleFactory(title="Batterie al sodio pubblicate")
    ArticleFactory(draft=True, title="Batterie al sodio in bozza")
    ArticleFactory(scheduled=True, title="Batterie al sodio programmate")
    assert _titles(client, "sodio") == ["Batterie al sodio pubblicate"]


def test_site_header_has_a_search_form_that_works_without_javascript(client):
    html = client.get("/").content.decode()
    assert 'role="search" action="/cerca/" method="get"' in html
    assert 'name="q"' in html


def test_results_are_paginated_by_the_setting_and_pages_keep_the_query(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    ArticleFactory.create_batch(3, title="Ibrido plug-in a confronto")
    response = client.get("/cerca/", {"q": "ibrido"})
    assert response.context["paginator"].count == 3
    assert len(response.context["results"]) == 2
    assert "?q=ibrido&amp;page=2" in response.content.decode()
    assert len(client.get("/cerca/", {"q": "ibrido", "page": 2}).context["results"]) == 1


@on_fallback
def test_fallback_finds_every_word_in_title_or_body_newest_first(client):
    ArticleFactory(title="Nuova Panda", body="<p>Motore ibrido e cambio manuale.</p>")
    ArticleFactory(title="Panda ibrida", body="<p>Versione più recente.</p>")
    ArticleFactory(title="Grande Punto", body="<p>Motore diesel.</p>")
    assert _titles(client, "panda ibrid") == ["Panda ibrida", "Nuova Panda"]
    assert _titles(client, "panda diesel") == []


@on_postgresql
def test_italian_stemming_finds_elettriche_when_searching_elettrica(client):
    ArticleFactory(
        title="Nuove batterie al sodio",
        standfirst="Costi più bassi.",
        body="<p>Le auto elettriche costeranno meno.</p>",
    )
    ArticleFactory(title="Motori diesel", body="<p>Niente di nuovo.</p>")
    assert _titles(client, "elettrica") == ["Nuove batterie al sodio"]


@on_postgresql
def test_title_matches_rank_above_standfirst_and_body_matches(client):
    ArticleFactory(title="Mercato in crescita", body="<p>Si parla anche di idrogeno.</p>")
    ArticleFactory(title="Idrogeno, la sfida dei camion", body="<p>Camion e logistica.</p>")
    ArticleFactory(title="Nuovi distributori", standfirst="Arriva l'idrogeno in autostrada.")
    assert _titles(client, "idrogeno") == [
        "Idrogeno, la sfida dei camion",
        "Nuovi distributori",
        "Mercato in crescita",
    ]


@on_postgresql
def test_tags_are_searched_and_kept_fresh_when_they_change(client):
    article = ArticleFactory(title="Una notizia", body="<p>Testo qualsiasi.</p>")
    assert _titles(client, "Polestar") == []
    services.article_save(article=article, tags=["Polestar"])
    assert _titles(client, "Polestar") == ["Una notizia"]


@on_postgresql
def test_snippet_highlights_matches_and_escapes_the_rest(client):
    ArticleFactory(
        title="Prezzi",
        body="<p>Le &lt;b&gt;batterie&lt;/b&gt; costano meno &amp; durano di più: batterie!</p>",
    )
    html = client.get("/cerca/", {"q": "batterie"}).content.decode()
    assert "<mark>batterie</mark>" in html
    assert "&lt;b&gt;" in html and "<b>" not in html


@on_postgresql
def test_snippet_marks_the_words_the_search_matched_by_their_stem(client):
    ArticleFactory(
        title="Accumulatori",
        standfirst="Le Batterie nuove",
        body="<p>Una batteria dura, la battuta no: della ricarica si parla poco.</p>",
    )
    html = client.get("/cerca/", {"q": "batterie della"}).content.decode()
    snippet = html[html.index('class="result__snippet"') :].split("</p>", 1)[0]
    assert "<mark>Batterie</mark>" in snippet and "<mark>batteria</mark>" in snippet
    # Another stem, and a stop word (PostgreSQL searches neither).
    assert "<mark>battuta</mark>" not in snippet and "<mark>della</mark>" not in snippet


@on_postgresql
def test_snippet_of_a_long_body_shows_no_markup_where_the_reading_stops(client, monkeypatch):
    # Only the start of the body is read for the snippet: a link cut in half
    # there must not show its address as text.
    monkeypatch.setattr(search, "SNIPPET_TEXT", 60)
    monkeypatch.setattr(search, "SNIPPET_MARKUP", 80)
    link = '<a href="https://example.com/batterie-segrete">batterie segrete</a>'
    ArticleFactory(
        title="Accumulatori",
        standfirst="",
        body=f"<p>Le batterie allo stato solido arrivano {link}</p>" + "<p>Altro testo.</p>" * 2000,
    )
    html = client.get("/cerca/", {"q": "batterie"}).content.decode()
    snippet = html[html.index('class="result__snippet"') :].split("</p>", 1)[0]
    assert "<mark>batterie</mark> allo stato solido" in snippet
    assert "href" not in snippet and "example.com" not in snippet and "&lt;" not in snippet


@on_postgresql
def test_edits_through_the_service_refresh_the_vector(client):
    from articles import services

    article = ArticleFactory(title="Titolo iniziale")
    article.title = "Titolo con turbina"
    services.article_save(article=article)
    assert _titles(client, "turbina") == ["Titolo con turbina"]


def test_an_excerpt_lets_only_its_own_mark_tags_through():
    text = "<mark>auto</mark> <img src=x onerror=alert(1)> &amp; auto"
    excerpt = search.excerpt(text, lambda t: [(m.start(), m.end()) for m in re.finditer("auto", t)])
    assert excerpt == (
        "&lt;mark&gt;<mark>auto</mark>&lt;/mark&gt; &lt;img src=x onerror=alert(1)&gt; "
        "&amp;amp; <mark>auto</mark>"
    )


def test_matches_are_marked_in_any_case_even_where_lowercase_changes_a_texts_length():
    # "İ" lowercases to two characters: the spans must still be the text's own.
    for text in ("La FIAT Panda e la Fiat 500", "İSTANBUL: la Fiat Panda e la FIAT 500"):
        excerpt = search.highlight(text, ["Fiat"])
        assert excerpt.count("<mark>") == 2
        assert "<mark>FIAT</mark>" in excerpt and "<mark>Fiat</mark>" in excerpt
        assert search.highlight(text, ["fiat"]) == excerpt
    assert search.highlight("Volo per İstanbul", ["İstanbul"]) == "Volo per <mark>İstanbul</mark>"


def test_an_excerpt_shows_the_words_where_most_matches_are():
    words = ["prima"] * 50 + ["Polestar"] + ["mezzo"] * 50 + ["Polestar", "4", "Polestar"]
    excerpt = search.highlight(" ".join(words + ["dopo"] * 50), ["polestar"], words=20)
    assert excerpt.count("<mark>Polestar</mark>") == 2
    assert excerpt.startswith("… mezzo") and excerpt.endswith(" …")


@on_postgresql
def test_tags_added_in_the_admin_are_searchable_at_once(admin_user_client):
    from articles import services
    from articles.models import Article
    from tests.support.admin_forms import article_add_data
    from tests.support.factories import AuthorFactory, PictureFactory, SectionFactory, image_file

    section, author = SectionFactory(), AuthorFactory()
    picture = PictureFactory(image=image_file("salone.jpg", width=1280, height=720))
    response = admin_user_client.post(
        "/admin/articles/article/add/",
        article_add_data(
            section,
            author,
            title="Notizia dal salone",
            slug="notizia-dal-salone",
            tags="Maserati, Grecale",
            lead_picture=picture.pk,
            seo_description="Le novità del salone: Maserati presenta la Grecale rinnovata.",
        ),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="notizia-dal-salone")
    # The admin saves a draft: status changes go through the workflow.
    services.article_transition(name="publish", article=article, by=admin_user_client.user)
    assert [a.pk for a in search.search(search.parse("Grecale"))] == [article.pk]


@on_postgresql
def test_demo_article_with_only_elettriche_is_found_by_elettrica(client):
    from django.core.management import call_command

    from articles.models import Article

    call_command("seed_demo", verbosity=0)
    article = Article.objects.get(slug="batterie-sodio-auto-piu-economiche")
    text = f"{article.title} {article.standfirst} {article.body}".lower()
    assert "elettriche" in text and "elettrica" not in text
    response = client.get("/cerca/", {"q": "elettrica"})
    assert article.pk in [found.pk for found in response.context["paginator"].object_list]


@on_postgresql
def test_the_last_word_of_a_paragraph_is_found_and_bulk_fills_agree(client):
    article = ArticleFactory(
        title="Scheda",
        body="<p>Motore <em>ibrido</em>.</p><p>Batterie</p><ul><li>sodio</li><li>litio</li></ul>",
    )
    for word in ("ibrido", "batterie", "sodio", "litio"):
        assert _titles(client, word) == ["Scheda"], word
    # The vector the bulk fill makes (migrations, generated archives) is the same.
    saved = Article.objects.values_list("search_vector", flat=True).get(pk=article.pk)
    with connection.cursor() as cursor:
        cursor.execute(search.FILL_SEARCH_VECTORS + " WHERE a.id = %s", [article.pk])
    assert Article.objects.values_list("search_vector", flat=True).get(pk=article.pk) == saved


@on_postgresql
def test_an_accented_word_is_marked_whichever_way_the_reader_typed_it(client):
    ArticleFactory(title="Traffico", body="<p>Nella Città di Torino arriva la zona 30.</p>")
    for typed in ("città", "CITTÀ", "citta"):
        html = client.get("/cerca/", {"q": typed}).content.decode()
        snippet = html[html.index('class="result__snippet"') :].split("</p>", 1)[0]
        assert "<mark>Città</mark>" in snippet, typed


def _met(q):
    """The search as a worker that met it lately runs it (on PostgreSQL a
    search met for the first time reads its articles whole, see
    test_search_bounds): the result rows first, each card's article apart."""
    len(search.search(search.parse(q), search.parse_filters({})))


def test_a_result_shown_outside_a_kept_list_reads_its_article_by_itself(
    django_assert_num_queries,
):
    article = ArticleFactory(title="Idrogeno per i camion", standfirst="Il pieno in dieci minuti.")
    _met("idrogeno")
    results = search.search(search.parse("idrogeno"), search.parse_filters({}))
    (found,) = results[0:1]
    assert found.standfirst == "Il pieno in dieci minuti."  # read with the results
    with django_assert_num_queries(1):
        assert (found.title, found.section.name) == (article.title, article.section.name)
        assert found.get_absolute_url() == article.get_absolute_url()


@pytest.mark.parametrize("kept", [0, 3600], ids=["nothing kept", "cards kept"])
def test_an_article_deleted_while_its_search_page_renders_is_left_out(
    client, settings, monkeypatch, kept
):
    settings.FRAGMENT_CACHE_SECONDS = kept
    stays = ArticleFactory(title="Idrogeno in città", standfirst="Autobus a idrogeno.")
    goes = ArticleFactory(title="Idrogeno in autostrada", standfirst="Camion a idrogeno.")
    read = search.ResultPage.prepare_rendered

    def deleted_first(page, found):
        Article.objects.filter(pk=goes.pk).delete()  # after the page's rows were read
        return read(page, found)

    monkeypatch.setattr(search.ResultPage, "prepare_rendered", deleted_first)
    _met("idrogeno")
    response = client.get("/cerca/", {"q": "idrogeno"})
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{stays.get_absolute_url()}"' in html
    assert "Idrogeno in autostrada" not in html and html.count('class="result ') == 1


def test_a_result_whose_article_is_gone_shows_nothing_and_asks_once(django_assert_num_queries):
    article = ArticleFactory(title="Idrogeno per i treni", standfirst="Il treno a idrogeno.")
    _met("idrogeno")
    (found,) = search.search(search.parse("idrogeno"), search.parse_filters({}))[0:1]
    Article.objects.filter(pk=article.pk).delete()
    with django_assert_num_queries(1):
        for _ in range(2):
            with pytest.raises(AttributeError):
                getattr(found, "title")  # noqa: B009 (the lookup is the test)
