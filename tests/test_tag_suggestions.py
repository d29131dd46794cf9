"""The article form suggests existing tags as the editor types, within what
the person may see; bylines pick authors by autocomplete; the article list
costs the same whatever the size of the archive."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Tag
from articles.tags import tag_save
from tests.support.admin_forms import article_add_data
from tests.support.factories import ArticleFactory, AuthorFactory, SectionFactory, UserFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db

URL = "/admin/articles/tag/suggestions/"


def suggestions(client, q) -> list[str]:
    response = client.get(URL, {"q": q})
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()["results"]


def tag(name: str, uses: int = 0) -> Tag:
    """A tag worn by ``uses`` published articles (or by none)."""
    for _ in range(uses):
        ArticleFactory(tags=[name])
    return Tag.objects.get(name=name) if uses else tag_save(tag=Tag(name=name))


@pytest.fixture
def desk(client):
    client.force_login(role_user("Caporedattore"))
    return client


def test_the_endpoint_lives_in_the_admin():
    assert reverse("admin:articles_tag_suggestions") == URL


def test_tags_match_anywhere_in_the_name_whatever_the_case_and_accents(desk):
    for name in ("Città 30", "Fiscalità", "Auto elettriche", "Fiat"):
        tag(name, uses=1)
    assert suggestions(desk, "città") == ["Città 30"]
    assert suggestions(desk, "CITTA") == ["Città 30"]
    assert suggestions(desk, "CITTÀ 3") == ["Città 30"]
    assert suggestions(desk, "fiscalita") == ["Fiscalità"]
    assert suggestions(desk, "lettrich") == ["Auto elettriche"]
    assert suggestions(desk, "  fIaT ") == ["Fiat"]


def test_names_starting_with_the_text_come_first_then_a_word_then_the_most_used(desk):
    tag("Elettriche", uses=1)
    tag("Elettrificazione")
    tag("Auto elettriche", uses=3)
    tag("Veicoli elettrici", uses=2)
    tag("Ibride non elettrificate", uses=1)
    tag("Nonelettrico", uses=4)
    assert suggestions(desk, "elettr") == [
        "Elettriche",
        "Elettrificazione",
        "Auto elettriche",
        "Veicoli elettrici",
        "Ibride non elettrificate",
        "Nonelettrico",
    ]


def test_one_or_two_letters_match_the_start_of_a_word_only(desk):
    for name in ("Elettriche", "Auto elettriche", "Città 30", "Nonelettrico", "Benzina"):
        tag(name, uses=1)
    assert suggestions(desk, "el") == ["Elettriche", "Auto elettriche"]
    assert suggestions(desk, "3") == ["Città 30"]
    assert suggestions(desk, "ele") == ["Elettriche", "Auto elettriche", "Nonelettrico"]


def test_at_most_ten_suggestions_come_back(desk):
    for n in range(15):
        tag(f"Batteria {n:02d}")
    assert suggestions(desk, "batter") == [f"Batteria {n:02d}" for n in range(10)]


def _tag_queries(client, q) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert suggestions(client, q) == ["Incentivi"]
    return [x["sql"] for x in queries.captured_queries if '"articles_tag"' in x["sql"]]


def test_the_desk_gets_its_suggestions_in_one_query(desk):
    tag("Incentivi", uses=2)
    (query,) = _tag_queries(desk, "incent")
    assert "LIMIT 10" in query


def test_a_contributor_gets_the_best_matches_then_a_check_of_those_alone(client):
    tag("Incentivi", uses=2)
    client.force_login(role_user("Redattore"))
    best, visible = _tag_queries(client, "incent")
    assert "LIMIT 50" in best and "published" not in best
    assert "published" in visible and " IN (" in visible


def test_a_contributor_is_suggested_public_tags_and_those_of_their_own_pieces_only(client):
    writer = role_user("Redattore")
    tag("Fusione pubblica", uses=1)
    ArticleFactory(draft=True, tags=["Fusione segreta"])
    ArticleFactory(scheduled=True, tags=["Fusione sotto embargo"])
    ArticleFactory(draft=True, tags=["Fusione mia"], created_by=writer)
    ArticleFactory(draft=True, tags=["Fusione firmata"], authors=[AuthorFactory(user=writer)])
    client.force_login(writer)
    assert sorted(suggestions(client, "fusione")) == [
        "Fusione firmata",
        "Fusione mia",
        "Fusione pubblica",
    ]
    client.force_login(role_user("Caporedattore", "capo"))
    assert len(suggestions(client, "fusione")) == 5


@pytest.mark.parametrize(
    "q",
    [
        "",
        "   ",
        "!!!",
        "%",
        "_",
        "\\",
        "'; DROP TABLE articles_tag; --",
        "🚗⚡",
        "مرحبا",
        "a\x00b\x1b[31m",
        "\u202eitta",
        "x" * 5000,
    ],
)
def test_odd_text_gets_an_answer_never_an_error(desk, q):
    tag("Fiat", uses=1)
    tag("🚗⚡ Elettrico")
    tag("مرحبا")
    assert "Fiat" not in suggestions(desk, q)


def test_odd_names_are_found_by_what_they_are_made_of(desk):
    tag("🚗⚡ Elettrico")
    tag("مرحبا")
    tag("100% elettrica")
    assert suggestions(desk, "🚗") == ["🚗⚡ Elettrico"]
    assert suggestions(desk, "رحب") == ["مرحبا"]
    assert suggestions(desk, "%") == ["100% elettrica"]


def test_broken_utf8_in_the_address_gets_an_answer(desk):
    tag("Fiat", uses=1)
    response = desk.get(URL + "?q=%ED%A0%80%FF")
    assert response.status_code == 200
    assert response.json() == {"results": []}


def test_only_people_of_the_newsroom_get_suggestions(client):
    tag("Incentivi", uses=1)
    login = reverse("admin:login")
    assert client.get(URL, {"q": "inc"})["Location"].startswith(login)
    client.force_login(UserFactory(username="lettore"))  # not staff
    assert client.get(URL, {"q": "inc"})["Location"].startswith(login)
    client.force_login(UserFactory(username="stagista", staff=True))  # no role
    assert client.get(URL, {"q": "inc"}).status_code == 403
    client.force_login(role_user("Redattore"))
    assert suggestions(client, "inc") == ["Incentivi"]


def test_the_tag_field_asks_for_suggestions_and_stays_a_text_field(client):
    client.force_login(role_user("Redattore"))
    html = client.get(reverse("admin:articles_article_add")).content.decode()
    assert f'data-tag-suggestions="{URL}"' in html
    assert 'name="tags"' in html and 'type="text"' in html
    assert "js/tag-suggestions.js" in html and "css/tag-suggestions.css" in html


def test_a_suggested_name_saved_in_another_case_keeps_the_existing_tag(client):
    existing = tag("Città 30", uses=1)
    client.force_login(role_user("Redattore"))
    data = article_add_data(SectionFactory(), AuthorFactory(), tags='"città 30", Fiat')
    response = client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 302, response.content
    assert Tag.objects.filter(name__iexact="città 30").get() == existing


def test_bylines_and_read_also_pick_from_an_autocomplete(client):
    AuthorFactory(name="Giulia Ferri")
    client.force_login(role_user("Redattore"))
    html = client.get(reverse("admin:articles_article_add")).content.decode()
    assert 'name="credits-0-author"' in html
    assert 'data-model-name="articleauthor"' in html and "admin-autocomplete" in html
    found = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "articles",
            "model_name": "articleauthor",
            "field_name": "author",
            "term": "ferri",
        },
    ).json()
    assert [row["text"] for row in found["results"]] == ["Giulia Ferri"]
    client.force_login(UserFactory(superuser=True))  # the desk's "Leggi anche" too
    html = client.get(reverse("admin:articles_article_add")).content.decode()
    assert 'data-model-name="readalso"' in html and 'data-field-name="target"' in html


def _list_queries(client) -> int:
    assert client.get("/admin/articles/article/").status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/articles/article/").status_code == 200
    return len(queries)


@pytest.mark.parametrize("role", ["Caporedattore", "Redattore"])
def test_the_article_list_costs_the_same_for_five_and_fifteen_articles(client, role):
    person = role_user(role)
    author = AuthorFactory(user=person)
    section = SectionFactory()

    def write(count):
        for n in range(count):
            ArticleFactory(
                section=section,
                created_by=person,
                authors=[author, AuthorFactory()],
                tags=[f"Tema {n % 4}", "Mercato"],
                draft=n % 2 == 0,
            )

    client.force_login(person)
    write(5)
    five = _list_queries(client)
    write(10)
    assert _list_queries(client) == five
