"""Search stays fast on a large archive: only the newest matches are ranked and
counted ("more than"), snippets are made for the page's rows only, and the
typo suggestion runs only when nothing was found."""

import math
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import search
from articles.models import Article
from tests.support.db import analyze
from tests.support.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="ranking and stems need PostgreSQL"
)


@pytest.fixture
def three_candidates(monkeypatch):
    monkeypatch.setattr(search, "CANDIDATES", 3)


def _article(days_ago, **fields):
    return ArticleFactory(published_at=timezone.now() - timedelta(days=days_ago), **fields)


def _titles(response):
    assert response.status_code == 200
    return [a.title for a in response.context["results"]]


def test_more_matches_than_the_cap_are_counted_as_more_than_in_italian(client, three_candidates):
    for n in range(5):
        _article(n, title=f"Ibrido numero {n}")
    response = client.get("/cerca/", {"q": "ibrido"})
    assert response.context["paginator"].count == 3
    html = response.content.decode()
    assert "Più di 3 risultati per «ibrido»" in html
    assert "Aggiungi parole, una sezione o delle date" in html


def test_the_cap_is_written_with_the_italian_thousands_separator(client, monkeypatch):
    # As if 1,001 articles matched (without making them).
    monkeypatch.setattr(search.Results, "__len__", lambda self: 1000)
    monkeypatch.setattr(search.Results, "more", True)
    _article(1, title="Ibrido al salone")
    html = client.get("/cerca/", {"q": "ibrido"}).content.decode()
    assert "Più di 1.000 risultati per «ibrido»" in html


def test_as_many_matches_as_the_cap_are_counted_exactly(client, three_candidates):
    for n in range(3):
        _article(n, title=f"Ibrido numero {n}")
    html = client.get("/cerca/", {"q": "ibrido"}).content.decode()
    assert "3 risultati per «ibrido»" in html and "Più di" not in html


def test_pages_stop_at_the_cap_and_a_page_past_it_shows_the_last(
    client, settings, three_candidates
):
    settings.ARTICLES_PER_PAGE = 2
    for n in range(5):
        _article(n, title=f"Ibrido numero {n}")
    first = client.get("/cerca/", {"q": "ibrido"})
    assert first.context["paginator"].num_pages == 2
    assert "Pagina 1 di 2" in first.content.decode()
    last = client.get("/cerca/", {"q": "ibrido", "page": 2})
    assert len(last.context["results"]) == 1 and not last.context["page_obj"].has_next()
    for page in ("3", "99"):
        beyond = client.get("/cerca/", {"q": "ibrido", "page": page})
        assert beyond.context["page_obj"].number == 2, page
        assert _titles(beyond) == _titles(last)
    assert client.get("/cerca/", {"q": "ibrido", "page": "abc"}).context["page_obj"].number == 1
    seen = _titles(first) + _titles(last)
    assert len(set(seen)) == 3  # every ranked result once, across the pages


def test_the_newest_matches_are_the_candidates(client, three_candidates):
    for n in range(5):
        _article(n, title=f"Ibrido numero {n}", body="<p>Motore.</p>")
    assert sorted(_titles(client.get("/cerca/", {"q": "ibrido"}))) == [
        "Ibrido numero 0",
        "Ibrido numero 1",
        "Ibrido numero 2",
    ]


def test_a_rare_word_finds_every_article_however_old(client, three_candidates):
    _article(2000, title="Wankel, il motore rotativo")
    _article(1000, title="Storia", body="<p>Il Wankel della RX-8.</p>")
    for n in range(6):
        _article(n, title=f"Notizia {n}")
    response = client.get("/cerca/", {"q": "wankel"})
    assert sorted(_titles(response)) == ["Storia", "Wankel, il motore rotativo"]
    assert "2 risultati per «wankel»" in response.content.decode()


def test_filters_apply_before_the_cap(client, three_candidates):
    prove = SectionFactory(name="Prove", slug="prove")
    _article(300, title="Ibrido alla prova", section=prove)
    for n in range(5):
        _article(n, title=f"Ibrido numero {n}")
    response = client.get("/cerca/", {"q": "ibrido", "sezione": "prove"})
    assert _titles(response) == ["Ibrido alla prova"]
    since = (timezone.now() - timedelta(days=400)).date().isoformat()
    until = (timezone.now() - timedelta(days=200)).date().isoformat()
    response = client.get("/cerca/", {"q": "ibrido", "dal": since, "al": until})
    assert _titles(response) == ["Ibrido alla prova"]


@on_postgresql
def test_a_title_match_ranks_above_newer_body_matches_among_the_candidates(
    client, three_candidates
):
    _article(900, title="Idrogeno: la guida", body="<p>Tutto.</p>")  # not a candidate
    _article(3, title="Idrogeno, la sfida dei camion", body="<p>Camion.</p>")
    _article(2, title="Mercato", body="<p>Si parla anche di idrogeno.</p>")
    _article(1, title="Listini", body="<p>E poi idrogeno.</p>")
    response = client.get("/cerca/", {"q": "idrogeno"})
    assert _titles(response) == ["Idrogeno, la sfida dei camion", "Listini", "Mercato"]
    assert "Più di 3 risultati" in response.content.decode()


def _snippet_reads(client, **params):
    """The page, the ranking's SQL, the other reads of articles by id, and
    the ids whose snippets' text came with the ranking."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/cerca/", {"q": "batterie", **params})
    assert response.status_code == 200
    sqls = [q["sql"] for q in queries.captured_queries]
    ranking = [sql for sql in sqls if "ts_rank" in sql]
    rows = [sql for sql in sqls if re.search(r'"articles_article"\."id" IN \(', sql)]
    read = response.context["paginator"].object_list._texts.keys()
    return response, ranking, rows, read


def _ids_read(sql):
    return sorted(
        int(i)
        for i in re.search(r'"articles_article"\."id" IN \(([^)]*)\)', sql).group(1).split(",")
    )


@on_postgresql
def test_snippets_are_made_for_the_rows_of_the_page_only(client, settings, monkeypatch):
    settings.ARTICLES_PER_PAGE = 2
    for n in range(5):
        _article(n, title=f"Notizia {n}", body="<p>Le batterie al sodio costano meno.</p>")
    client.get("/cerca/", {"q": "batterie"})
    monkeypatch.setattr(search, "_STEMS", {})  # no word stemmed yet
    with CaptureQueriesContext(connection) as queries:
        response, ranking, rows, read = _snippet_reads(client)
    assert response.content.decode().count("<mark>batterie</mark>") == 2
    sqls = [q["sql"] for q in queries.captured_queries]
    stems = [sql for sql in sqls if "ts_lexize" in sql]
    shown = sorted(a.pk for a in response.context["results"])
    # The snippets' text of the page comes with the ranking, for its two
    # places only; then (nothing is kept here) the cards' articles.
    assert len(ranking) == len(stems) == len(rows) == 1
    assert sorted(read) == shown and _ids_read(rows[0]) == shown
    # Of the body, only its start leaves the database, once.
    assert "LEFT(body" in ranking[0] and '"articles_article"."body"' not in rows[0]
    assert not any("COUNT(" in sql and "articles_article" in sql for sql in sqls)


@on_postgresql
def test_any_page_comes_with_its_snippets_text_and_a_page_past_the_end_reads_it_apart(
    client, settings
):
    settings.ARTICLES_PER_PAGE = 2
    for n in range(5):
        _article(n, title=f"Notizia {n}", body="<p>Le batterie al sodio costano meno.</p>")
    everything = [a.pk for a in search.search(search.parse("batterie"), shown=(0, 5))[0:5]]
    assert len(everything) == 5
    for page, expected in (("2", everything[2:4]), ("3", everything[4:])):
        response, _ranking, rows, read = _snippet_reads(client, page=page)
        assert [a.pk for a in response.context["results"]] == expected
        assert sorted(read) == sorted(expected) and len(rows) <= 1
        assert response.content.decode().count("<mark>batterie</mark>") == len(expected)
    # Past either end, or not a number: the paginator shows the last or the
    # first page, whose text is read apart when the ranking was not told of it.
    last, first = everything[4:], everything[:2]
    odd = {"9": last, "0": last, "-1": last, "abc": first, "²": first, "9" * 5000: first}
    for page, expected in odd.items():
        response, _ranking, rows, read = _snippet_reads(client, page=page)
        assert [a.pk for a in response.context["results"]] == expected, page
        assert response.content.decode().count("<mark>batterie</mark>") == len(expected), page
        # The ranking was told of the first page: only another one is read apart.
        apart = [sql for sql in rows if 'LEFT("articles_article"."body"' in sql]
        assert [_ids_read(sql) for sql in apart] == ([] if expected == first else [sorted(last)])


@on_postgresql
def test_a_word_is_stemmed_once_per_worker_and_the_kept_stems_stay_bounded(client, monkeypatch):
    monkeypatch.setattr(search, "_STEMS_KEPT", 4)
    _article(
        1,
        title="Batterie al sodio",
        body="<p>Le batterie al sodio costano meno della batteria.</p>",
    )

    def stem_queries(q):
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/cerca/", {"q": q})
        return response, [x["sql"] for x in queries.captured_queries if "ts_lexize" in x["sql"]]

    response, asked = stem_queries("batteria")
    assert len(asked) == 1
    assert response.content.decode().count("<mark>") >= 2  # batterie, batteria
    assert search._STEMS["batterie"] == search._STEMS["batteria"] != frozenset()
    response, asked = stem_queries("batteria")
    assert asked == []
    assert response.content.decode().count("<mark>") >= 2
    # Words past the bound: what was kept is given back, then filled again;
    # the words of the page kept before are still marked.
    response, asked = stem_queries("batterie sodio costano")
    assert len(asked) == 1
    assert 0 < len(search._STEMS) <= 4
    html = response.content.decode()
    assert "<mark>sodio</mark>" in html and "<mark>batterie</mark>" in html


@on_postgresql
def test_the_typo_suggestion_runs_only_when_nothing_was_found(client):
    _article(1, title="La Polestar 4 arriva in Italia")
    with CaptureQueriesContext(connection) as queries:
        client.get("/cerca/", {"q": "polestar"})
    assert not any("similarity(" in q["sql"] for q in queries.captured_queries)
    with CaptureQueriesContext(connection) as queries:
        client.get("/cerca/", {"q": "polestr"})
    assert sum("similarity(" in q["sql"] for q in queries.captured_queries) == 1


@on_postgresql
def test_the_typo_suggestion_looks_up_only_the_first_words(client):
    _article(1, title="La Polestar 4 arriva in Italia")
    typed = "polestr " + " ".join(f"zzqx{n}" for n in range(15))
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/cerca/", {"q": typed})
    lookups = sum("similarity(" in q["sql"] for q in queries.captured_queries)
    assert lookups == search.SUGGESTED_WORDS
    assert response.status_code == 200


def _plan_nodes(plan):
    yield plan
    for child in plan.get("Plans", []):
        yield from _plan_nodes(child)


def _ranks(node):
    return any("ts_rank" in column for column in node.get("Output", []))


def _ranks_here(node):
    # Where the rank is worked out, not only passed up from a child.
    return _ranks(node) and not any(_ranks(child) for child in node.get("Plans", []))


@on_postgresql
def test_only_the_newest_matches_are_ranked_whatever_plan_finds_them(client, three_candidates):
    # Ranking reads each article's stored vector again: when the planner
    # gathers every match and sorts them by date, a rank worked out beside
    # the match would read them all, not only the newest.
    for n in range(8):
        _article(n, title=f"Idrogeno numero {n}")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/cerca/", {"q": "idrogeno"})
    assert len(_titles(response)) == 3
    [ranking] = [q["sql"] for q in queries.captured_queries if "ts_rank" in q["sql"]]
    for scans in ("on", "off"):
        with connection.cursor() as cursor:
            # Off: no date index walk, so every match comes from a scan and a sort.
            cursor.execute(f"SET LOCAL enable_indexscan = {scans}")
            cursor.execute("EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) " + ranking)
            [[plan]] = cursor.fetchone()
        ranked = [node for node in _plan_nodes(plan["Plan"]) if _ranks_here(node)]
        assert ranked and all(node["Actual Rows"] <= 4 for node in ranked), plan


def _ranking_queries(client, q="ibrido"):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/cerca/", {"q": q})
    ranking = [q["sql"] for q in queries.captured_queries if "ts_rank" in q["sql"]]
    cutoffs = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith('SELECT "articles_article"."published_at" AS "published_at"')
    ]
    found = (_titles(response), "Più di 3 risultati" in response.content.decode())
    return found, ranking, cutoffs


def _way(sql: str) -> str:
    if "MATERIALIZED" not in sql:
        return search.WALK
    return search.WINDOW if '"published_at" >= ' in sql else search.GATHER


@on_postgresql
def test_every_way_to_find_the_newest_matches_finds_the_same_newest_ranked(
    client, three_candidates, monkeypatch
):
    for n in range(6):
        body = "<p>Ibrido, ancora ibrido.</p>" if n % 2 else "<p>Altro.</p>"
        _article(n, title=f"Ibrido numero {n}", body=body)
    # The newest three of six, the one with the word twice in its body first.
    expected = (["Ibrido numero 1", "Ibrido numero 0", "Ibrido numero 2"], True)
    ways = {
        "gathered": ((search.GATHER, 0, search.WALK), [search.GATHER]),
        "walked": ((search.WALK, 0, search.GATHER), [search.WALK]),
        # The newest four articles hold the four matches needed (three and
        # one to tell "more than").
        "window": ((search.WINDOW, 4, search.WALK), [search.WINDOW]),
        # Two hold too few: the rest is looked for the other way.
        "window too narrow": ((search.WINDOW, 2, search.GATHER), [search.WINDOW, search.GATHER]),
        # More than there are articles: no window at all.
        "window too wide": ((search.WINDOW, 100, search.WALK), [search.WALK]),
    }
    for name, (choice, queries) in ways.items():
        monkeypatch.setattr(search, "_CHOSEN", {})
        monkeypatch.setattr(search._Ranked, "chosen", lambda self, choice=choice: choice)
        found, ranking, _cutoffs = _ranking_queries(client)
        assert [_way(sql) for sql in ranking] == queries, name
        assert found == expected, name


@on_postgresql
def test_a_window_that_held_too_few_is_not_tried_again_for_that_search(
    client, three_candidates, monkeypatch
):
    for n in range(6):
        _article(n, title=f"Ibrido numero {n}" if n % 2 else f"Notizia {n}")
    # Estimates that send the search to a window of the newest four articles,
    # which hold two of the three matches.
    monkeypatch.setattr(search, "window_span", lambda matching, articles: 4)
    monkeypatch.setattr(
        search,
        "costs",
        lambda matching, articles: {search.GATHER: 9, search.WALK: 5, search.WINDOW: 1},
    )
    found, ranking, cutoffs = _ranking_queries(client)
    assert [_way(sql) for sql in ranking] == [search.WINDOW, search.WALK]
    assert len(cutoffs) == 1
    assert found == (["Ibrido numero 1", "Ibrido numero 3", "Ibrido numero 5"], False)
    found_again, ranking, cutoffs = _ranking_queries(client)
    assert [_way(sql) for sql in ranking] == [search.WALK] and cutoffs == []
    assert found_again == found


@on_postgresql
def test_the_date_a_window_starts_at_is_looked_up_once_for_every_search(client, monkeypatch):
    for n in range(6):
        _article(n, title=f"Ibrido numero {n}", standfirst="Un mercato in crescita.")
    monkeypatch.setattr(search, "CANDIDATES", 1)
    monkeypatch.setattr(search._Ranked, "chosen", lambda self: (search.WINDOW, 3, search.WALK))
    _found, ranking, cutoffs = _ranking_queries(client, "ibrido")
    assert [_way(sql) for sql in ranking] == [search.WINDOW] and len(cutoffs) == 1
    _found, ranking, cutoffs = _ranking_queries(client, "mercato")
    assert [_way(sql) for sql in ranking] == [search.WINDOW] and cutoffs == []


def test_at_100000_articles_rare_words_are_gathered_common_ones_walked_the_rest_windowed():
    def cheapest(matching):
        costs = search.costs(matching, 100_000)
        return min(costs, key=costs.get)

    assert [cheapest(m) for m in (50, 1_000)] == [search.GATHER] * 2
    assert [cheapest(m) for m in (2_500, 5_000, 12_000, 25_000)] == [search.WINDOW] * 4
    assert [cheapest(m) for m in (40_000, 90_000)] == [search.WALK] * 2
    # A window never spans more than the archive (nor more than needed twice
    # over, rounded up to a power of the square root of two).
    assert search.costs(100, 1_000)[search.WINDOW] == math.inf
    assert 2 * 201 * 20 <= search.window_span(5_000, 100_000) <= 2 * 201 * 20 * 2**0.5


@on_postgresql
def test_a_rare_word_is_gathered_from_the_index_and_a_common_one_walked_by_date(monkeypatch):
    monkeypatch.setattr(search, "CANDIDATES", 2)
    for n in range(80):
        _article(n, title=f"Notizia {n}" + (" rarissima" if n < 2 else ""))
    analyze(Article)
    rare = search.search(search.parse("rarissima"))._newest
    common = search.search(search.parse("notizia"))._newest
    assert rare.estimates()[0] < 10 < common.estimates()[0]
    assert rare.chosen()[0] == search.GATHER and common.chosen()[0] == search.WALK


@on_postgresql
def test_a_search_reads_its_cards_articles_once_whether_met_before_or_not(client, settings):
    settings.FRAGMENT_CACHE_SECONDS = 0  # nothing kept: every card is rendered
    for n in range(3):
        _article(n, title=f"Idrogeno numero {n}")

    def article_reads():
        with CaptureQueriesContext(connection) as queries:
            assert len(_titles(client.get("/cerca/", {"q": "idrogeno"}))) == 3
        return [
            q["sql"] for q in queries.captured_queries if '"articles_article"."id" IN' in q["sql"]
        ]

    first, again = article_reads(), article_reads()
    # The articles whole, their body's start having come with the ranking: at
    # once for a search met for the first time, as its cards are rendered
    # once met (none is kept here).
    for reads in (first, again):
        assert len(reads) == 1 and '"articles_section"' in reads[0]
        assert '"articles_article"."body"' not in reads[0]


@on_postgresql
def test_a_repeated_search_asks_the_planner_for_no_new_estimate(client):
    section = SectionFactory(slug="mercato")
    _article(1, title="Idrogeno verde", section=section)

    def estimates(**params):
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/cerca/", {"q": "idrogeno", **params}).status_code == 200
        return [q for q in queries.captured_queries if q["sql"].startswith("EXPLAIN")]

    assert len(estimates()) == 1
    assert estimates() == []
    assert estimates(q="IDROGENO") == []  # the same search, however typed
    assert len(estimates(sezione="mercato")) == 1  # fewer articles: a choice of its own
    # Another search: only its own matches are estimated, the articles are known.
    [matches_only] = estimates(q="verde")
    assert "UNION" not in matches_only["sql"] and "@@" in matches_only["sql"]


@on_postgresql
def test_an_articles_long_text_is_kept_out_of_the_table_the_search_gathers_dates_from():
    # Gathering a word's matches reads each matching row for its dates: rows
    # carrying their body and vector inline made that one page a match.
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'articles_article'")
        assert "toast_tuple_target=128" in cursor.fetchone()[0]

    def sizes():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_relation_size(oid), pg_relation_size(reltoastrelid) "
                "FROM pg_class WHERE relname = 'articles_article'"
            )
            return cursor.fetchone()

    # Bodies of a real article's length, which compress to under 2 KB: the
    # default would keep them in the row; only the target moves them out.
    sentences = [
        f"La versione {n} della berlina elettrica arriva nelle concessionarie "
        f"italiane con una batteria da {40 + n} kWh e un prezzo di listino "
        f"di {30 + n}.900 euro, incentivi esclusi."
        for n in range(24)
    ]
    table, toast = sizes()
    for n in range(30):
        body = "".join(f"<p>{s}</p>" for s in sentences[n % 5 :] + sentences[: n % 5])
        article = _article(n, body=body, standfirst="Un sommario. " * 20)
        search.refresh_search_vector(article.pk)
    grown_table, grown_toast = sizes()
    assert grown_toast - toast > 30 * 1000  # the text went somewhere…
    # …and not into the table's own pages (about 2,500 bytes a row without the target).
    assert grown_table - table < 30 * 1000
