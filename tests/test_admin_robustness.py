"""Bad input and bad timing in the admin get a clear Italian answer, never a
500, and the editor's text is never thrown away."""

import pytest
from django.urls import reverse

from articles import services
from articles.models import Article
from tests.support.admin_forms import change_form_data
from tests.support.factories import ArticleFactory, AuthorFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def test_clearing_the_date_of_a_published_article_is_a_form_error_not_a_crash(client):
    article = ArticleFactory()
    client.force_login(role_user("Caporedattore"))
    data = change_form_data(client, article, published_at_0="", published_at_1="")
    response = client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["published_at"]
    assert "data di pubblicazione" in errors[0]
    article.refresh_from_db()
    assert article.published_at is not None


def test_contributor_whose_piece_was_published_meanwhile_gets_their_text_back(client):
    writer = role_user("Redattore")
    article = ArticleFactory(draft=True, authors=[AuthorFactory(user=writer)], created_by=writer)
    client.force_login(writer)
    data = change_form_data(client, article, body="<p>Paragrafo scritto con fatica.</p>")
    services.article_publish(article=article, by=role_user("Caporedattore"))

    response = client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Paragrafo scritto con fatica." in html
    assert "non sono state salvate" in html
    assert "Paragrafo scritto con fatica." not in Article.objects.get(pk=article.pk).body


def test_inactive_author_cannot_be_added_to_a_byline_but_old_bylines_stay(client):
    former = AuthorFactory(name="Ex Collaboratore", is_active=False)
    article = ArticleFactory(authors=[former])
    other = ArticleFactory()
    client.force_login(role_user("Caporedattore"))

    unchanged = change_form_data(client, article, title="Titolo ritoccato")
    response = client.post(reverse("admin:articles_article_change", args=[article.pk]), unchanged)
    assert response.status_code == 302

    data = change_form_data(client, other, **{"credits-0-author": former.pk})
    response = client.post(reverse("admin:articles_article_change", args=[other.pk]), data)
    assert response.status_code == 200
    assert "non è più un autore attivo" in response.content.decode()
    assert other.byline != [former]


def test_malformed_admin_urls_and_dates_are_handled(client):
    article = ArticleFactory(draft=True)
    client.force_login(role_user("Caporedattore"))
    preview = reverse("admin:articles_article_preview", args=[article.pk])
    assert client.get(preview + "?versione=abc").status_code == 404
    response = client.post(
        reverse("admin:articles_article_transition", args=[article.pk]),
        {"transition": "schedule", "when": "2026-13-45T10:00"},
        follow=True,
    )
    assert response.status_code == 200
    assert Article.objects.get(pk=article.pk).status == article.status
