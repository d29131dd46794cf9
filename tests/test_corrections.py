"""Corrections are records of their own: kept in order, public, never lost."""

import json

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article, Correction
from tests.support.admin_forms import change_form_data
from tests.support.factories import ArticleFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def _correct(article, text, by):
    services.article_transition(name="correct", article=article, by=by, correction=text)


def test_two_corrections_are_shown_in_order_each_with_its_time(client):
    desk = role_user("Caporedattore")
    article = ArticleFactory()
    _correct(article, "Il prezzo corretto è 39.900 euro.", desk)
    _correct(article, "L'autonomia è di 410 km, non 450.", desk)

    html = client.get(article.get_absolute_url()).content.decode()
    first = html.index("Il prezzo corretto è 39.900 euro.")
    second = html.index("L&#x27;autonomia è di 410 km, non 450.")
    assert first < second
    assert html.count("Aggiornato il") == 2
    assert reverse("articles:corrections") in html


def test_the_public_text_and_the_private_note_are_different_fields(client):
    desk = role_user("Caporedattore")
    article = ArticleFactory()
    services.article_transition(
        name="correct",
        article=article,
        by=desk,
        correction="La data di lancio è marzo.",
        note="Segnalato dall'ufficio stampa.",
    )
    assert article.corrections.get().text == "La data di lancio è marzo."
    assert article.transitions.get().note == "Segnalato dall'ufficio stampa."
    html = client.get(article.get_absolute_url()).content.decode()
    assert "La data di lancio è marzo." in html
    assert "ufficio stampa" not in html


def test_a_correction_without_its_public_text_is_refused():
    article = ArticleFactory()
    with pytest.raises(services.ArticleError, match="correzione pubblica"):
        services.article_transition(
            name="correct", article=article, by=role_user("Caporedattore"), note="solo nota"
        )
    assert not article.corrections.exists()


def test_adding_a_correction_saves_the_pending_edit_with_it(client):
    article = ArticleFactory(body="<p>Costa 45.900 euro.</p>")
    client.force_login(role_user("Caporedattore"))
    data = change_form_data(
        client,
        article,
        body="<p>Costa 39.900 euro.</p>",
        correction="Il prezzo era sbagliato: costa 39.900 euro.",
        _transition="correct",
    )
    response = client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.body == "<p>Costa 39.900 euro.</p>"
    assert article.corrections.get().text == "Il prezzo era sbagliato: costa 39.900 euro."


def test_a_refused_correction_keeps_the_text_and_saves_nothing(client):
    article = ArticleFactory(body="<p>Costa 45.900 euro.</p>")
    client.force_login(role_user("Caporedattore"))
    data = change_form_data(
        client, article, body="<p>Costa 39.900 euro.</p>", _transition="correct"
    )
    response = client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Scrivi la correzione pubblica" in html
    assert "Costa 39.900 euro." in html  # still in the form
    article.refresh_from_db()
    assert article.body == "<p>Costa 45.900 euro.</p>"
    assert not article.corrections.exists()


def test_the_corrections_page_lists_every_public_correction_with_links(client):
    desk = role_user("Caporedattore")
    live = ArticleFactory(title="Pezzo corretto")
    _correct(live, "Corretto il nome del modello.", desk)
    hidden = ArticleFactory(title="Pezzo ritirato")
    _correct(hidden, "Correzione di un pezzo poi ritirato.", desk)
    services.article_transition(name="unpublish", article=hidden, by=desk)

    html = client.get("/correzioni/").content.decode()
    assert "Corretto il nome del modello." in html
    assert f'href="{live.get_absolute_url()}"' in html
    assert "poi ritirato" not in html  # only what readers can open


def test_structured_data_carries_each_correction(client):
    article = ArticleFactory()
    _correct(article, "Corretto il prezzo.", role_user("Caporedattore"))
    html = client.get(article.get_absolute_url()).content.decode()
    blocks = [
        json.loads(chunk.split("</script>")[0])
        for chunk in html.split('<script type="application/ld+json">')[1:]
    ]
    news = next(b for b in blocks if b.get("@type") == "NewsArticle")
    assert news["correction"][0]["@type"] == "CorrectionComment"
    assert news["correction"][0]["text"] == "Corretto il prezzo."


@pytest.mark.django_db(transaction=True)
def test_the_migration_turns_the_old_note_into_a_record_with_who_and_when():
    executor = MigrationExecutor(connection)
    before = [("articles", "0011_desk_editor")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    User = old.get_model("auth", "User")
    desk = User.objects.create(username="capo-storico")
    section = old.get_model("articles", "Section").objects.create(name="Mercato", slug="mercato")
    when = timezone.now().replace(microsecond=0)
    article = old.get_model("articles", "Article").objects.create(
        title="Vecchio pezzo",
        slug="vecchio-pezzo",
        section=section,
        status="published",
        published_at=when,
        correction_note="Corretto il nome dell'amministratore delegato.",
        corrected_at=when,
    )
    old.get_model("articles", "ArticleTransition").objects.create(
        article=article, name="correct", from_status="published", to_status="published", by=desk
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    correction = Correction.objects.get()
    assert correction.article_id == article.pk
    assert correction.text == "Corretto il nome dell'amministratore delegato."
    assert correction.created_at == when
    assert correction.created_by.username == "capo-storico"
    assert not hasattr(Article.objects.get(pk=article.pk), "correction_note")
