"""After submitting, the writer reads their piece as readers will, and can
take it back while the desk has not started on it."""

import pytest
from django.urls import reverse

from articles import services
from articles.models import Article
from articles.workflow import Status
from tests.support.admin_forms import change_form_data
from tests.support.factories import ArticleFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted():
    writer = role_user("Redattore", "giulia")
    article = ArticleFactory(
        draft=True, created_by=writer, body="<p>Un testo <strong>vero</strong>.</p><h2>Prova</h2>"
    )
    services.article_transition(name="submit", article=article, by=writer)
    return writer, article


def test_a_submitted_piece_is_shown_rendered_not_as_raw_html(client, submitted):
    writer, article = submitted
    client.force_login(writer)
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "<strong>vero</strong>" in html
    assert "&lt;p&gt;" not in html and "&lt;h2&gt;" not in html
    assert "Versione" not in html
    assert "qui puoi leggerlo ma non modificarlo" in html


def test_the_writer_withdraws_it_while_the_desk_has_not_started(client, submitted):
    writer, article = submitted
    client.force_login(writer)
    page = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Ritira dalla revisione" in page
    client.post(
        reverse("admin:articles_article_transition", args=[article.pk]),
        {"_transition": "withdraw"},
    )
    assert Article.objects.get(pk=article.pk).status == Status.DRAFT


def test_once_the_desk_saved_it_withdrawal_is_refused_with_a_reason(client, submitted):
    writer, article = submitted
    desk = role_user("Caporedattore")
    client.force_login(desk)
    data = change_form_data(client, article, title="Titolo sistemato dalla redazione")
    client.post(reverse("admin:articles_article_change", args=[article.pk]), data)

    client.force_login(writer)
    page = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Ritira dalla revisione" not in page
    response = client.post(
        reverse("admin:articles_article_transition", args=[article.pk]),
        {"_transition": "withdraw"},
        follow=True,
    )
    assert "La redazione ci sta già lavorando" in response.content.decode()
    assert Article.objects.get(pk=article.pk).status == Status.REVIEW


def test_the_desk_is_not_offered_the_writers_withdrawal(client, submitted):
    _writer, article = submitted
    client.force_login(role_user("Caporedattore"))
    page = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert 'value="withdraw"' not in page
    assert 'value="reopen"' in page


def test_the_return_note_is_at_the_top_of_the_form_for_its_author(client, submitted):
    writer, article = submitted
    desk = role_user("Caporedattore")
    desk.first_name, desk.last_name = "Anna", "Ferri"
    desk.save()
    services.article_transition(
        name="return", article=article, by=desk, note="Manca la fonte del prezzo."
    )
    client.force_login(writer)
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Restituito da Anna Ferri" in html
    assert html.index("Manca la fonte del prezzo.") < html.index('id="id_title"')
