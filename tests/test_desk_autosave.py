"""Automatic drafts keep unsaved work apart from the article, and come back."""

import pytest
from django.urls import reverse

from desk.models import AutosaveDraft
from tests.support.admin_forms import change_form_data
from tests.support.factories import ArticleFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def test_autosave_never_touches_the_published_text(client):
    article = ArticleFactory(title="Titolo pubblicato", body="<p>Testo pubblicato.</p>")
    client.force_login(role_user("Caporedattore"))
    response = client.post(
        reverse("admin:desk_autosave", args=[article.pk]),
        {
            "title": "Titolo in lavorazione",
            "body": "<p>Testo a metà.</p>",
            "version": article.version,
        },
    )
    assert response.status_code == 200
    assert "Bozza salvata automaticamente alle" in response.json()["text"]
    article.refresh_from_db()
    assert (article.title, article.body) == ("Titolo pubblicato", "<p>Testo pubblicato.</p>")
    assert AutosaveDraft.objects.get(article=article).data["title"] == "Titolo in lavorazione"


def test_reopening_offers_the_draft_with_its_time_and_what_it_changes(client):
    article = ArticleFactory(body="<p>La prova dura due giorni.</p>")
    desk = role_user("Caporedattore")
    client.force_login(desk)
    client.post(
        reverse("admin:desk_autosave", args=[article.pk]),
        {"body": "<p>La prova dura tre giorni.</p>", "version": article.version},
    )
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Ripristina la bozza automatica delle" in html
    assert "La prova dura <del>due</del><ins>tre</ins> giorni." in html
    assert 'id="desk-autosave-data"' in html


def test_a_real_save_discards_the_draft_and_a_draft_equal_to_the_article_is_not_offered(client):
    article = ArticleFactory()
    desk = role_user("Caporedattore")
    client.force_login(desk)
    url = reverse("admin:desk_autosave", args=[article.pk])
    client.post(url, {"title": article.title, "version": article.version})
    page = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Ripristina la bozza automatica" not in page  # it changed nothing

    client.post(url, {"title": "Titolo nuovo", "version": article.version})
    data = change_form_data(client, article, title="Titolo nuovo")
    client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert not AutosaveDraft.objects.filter(user=desk).exists()


def test_drafts_are_per_person_and_only_for_who_may_edit(client):
    article = ArticleFactory(draft=True)
    writer = role_user("Redattore", "giulia")
    client.force_login(writer)
    url = reverse("admin:desk_autosave", args=[article.pk])
    assert client.post(url, {"title": "Intruso"}).status_code == 403
    new = client.post(reverse("admin:desk_autosave_new"), {"title": "Un pezzo nuovo"})
    assert new.status_code == 200
    assert AutosaveDraft.objects.get(user=writer, article=None).data["title"] == "Un pezzo nuovo"
    page = client.get(reverse("admin:articles_article_add")).content.decode()
    assert "Ripristina la bozza automatica" in page


def test_a_discarded_draft_is_gone(client):
    article = ArticleFactory()
    desk = role_user("Caporedattore")
    client.force_login(desk)
    client.post(
        reverse("admin:desk_autosave", args=[article.pk]),
        {"title": "Da buttare", "version": article.version},
    )
    client.post(reverse("admin:desk_autosave_discard"), {"article": article.pk, "next": "/admin/"})
    assert not AutosaveDraft.objects.exists()
