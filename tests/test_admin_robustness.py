"""Bad input and bad timing in the admin get a clear Italian answer, never a
500, and the editor's text is never thrown away."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article
from tests.support.admin_forms import change_form_data
from tests.support.factories import ArticleFactory, AuthorFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("posted", [("", ""), ("01/01/2030", "09:00:00"), ("01/01/2001", "09:00")])
def test_the_admin_form_cannot_move_the_publication_date_of_a_live_article(client, posted):
    article = ArticleFactory()
    live_since = article.published_at
    client.force_login(role_user("Caporedattore"))
    data = change_form_data(client, article, title="Titolo corretto")
    data["published_at_0"], data["published_at_1"] = posted
    response = client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Titolo corretto"
    assert article.published_at == live_since
    assert article.is_public
    assert not article.transitions.exists()


def test_rescheduling_goes_through_a_recorded_transition(client):
    article = ArticleFactory(scheduled=True, ready=True)
    desk = role_user("Caporedattore")
    client.force_login(desk)
    page = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert 'name="published_at' not in page
    assert 'value="reschedule"' in page
    later = timezone.localtime(article.published_at + timedelta(days=1)).replace(
        second=0, microsecond=0
    )
    data = change_form_data(
        client,
        article,
        _transition="reschedule",
        workflow_when=later.strftime("%Y-%m-%dT%H:%M"),
    )
    response = client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.published_at == later
    step = article.transitions.get()
    assert (step.name, step.by, step.from_status, step.to_status) == (
        "reschedule",
        desk,
        "published",
        "published",
    )


def test_contributor_whose_piece_was_published_meanwhile_gets_their_text_back(client):
    writer = role_user("Redattore")
    article = ArticleFactory(
        draft=True, ready=True, authors=[AuthorFactory(user=writer)], created_by=writer
    )
    client.force_login(writer)
    data = change_form_data(client, article, body="<p>Paragrafo scritto con fatica.</p>")
    services.article_transition(name="publish", article=article, by=role_user("Caporedattore"))

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
    assert client.get(preview + "?version=abc").status_code == 404
    response = client.post(
        reverse("admin:articles_article_transition", args=[article.pk]),
        {"_transition": "schedule", "workflow_when": "2026-13-45T10:00"},
        follow=True,
    )
    assert response.status_code == 200
    assert Article.objects.get(pk=article.pk).status == article.status


def test_swapping_the_order_of_two_authors_saves_the_new_order(client):
    first, second = AuthorFactory(), AuthorFactory()
    article = ArticleFactory(authors=[first, second])
    client.force_login(role_user("Caporedattore"))
    data = change_form_data(client, article)
    data["credits-0-author"], data["credits-1-author"] = second.pk, first.pk
    response = client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).byline == [second, first]


def test_the_same_author_twice_in_a_byline_is_a_form_error_not_a_crash(client):
    first, second = AuthorFactory(), AuthorFactory()
    article = ArticleFactory(authors=[first, second])
    client.force_login(role_user("Caporedattore"))
    data = change_form_data(client, article, title="Titolo da non perdere")
    data["credits-1-author"] = first.pk
    response = client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert response.status_code == 200
    assert "Titolo da non perdere" in response.content.decode()
    assert Article.objects.get(pk=article.pk).byline == [first, second]
