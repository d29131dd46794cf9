"""Publishing is guarded: the checks are shown before, enforced by the
service, and the desk may override a soft one with a note in the log."""

import pytest
from django.urls import reverse

from articles import checks, services
from articles.models import Article
from articles.workflow import Status
from tests.support.admin_forms import change_form_data
from tests.support.factories import ArticleFactory, PictureFactory, image_file
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def _uncredited_wide_picture():
    return PictureFactory(image=image_file(width=1280, height=720), credit="")


def _failing(article):
    return {c.code for c in checks.prepublish_checks(article) if not c.ok}


def test_a_ready_article_passes_every_check():
    assert _failing(ArticleFactory(draft=True, ready=True)) == set()


def test_each_missing_piece_fails_its_own_check():
    bare = ArticleFactory(
        draft=True,
        standfirst="",
        body="<h2></h2><p>Testo.</p>",
        lead_picture=PictureFactory(
            image=image_file("stretta.jpg", width=800, height=450), alt="", credit=""
        ),
    )
    assert _failing(bare) == {
        "lead_image",
        "lead_image_alt",
        "lead_image_credit",
        "standfirst",
        "seo_description",
        "headings",
    }


def test_a_lead_image_narrower_than_1200_pixels_cannot_be_published():
    article = ArticleFactory(
        status=Status.REVIEW,
        published_at=None,
        ready=True,
        lead_picture=PictureFactory(image=image_file(width=1199, height=700)),
    )
    with pytest.raises(services.ArticleError, match="1199 pixel"):
        services.article_transition(name="publish", article=article, by=role_user("Caporedattore"))
    assert Article.objects.get(pk=article.pk).status == Status.REVIEW


def test_links_to_drafts_previews_or_the_admin_are_found_links_to_live_pieces_are_not():
    live = ArticleFactory()
    draft = ArticleFactory(draft=True)
    body = (
        f'<p><a href="{live.get_absolute_url()}">ok</a> '
        f'<a href="https://www.newsroom-prova.it{draft.get_absolute_url()}">bozza</a> '
        '<a href="/anteprima/abc/">anteprima</a> <a href="/admin/">admin</a> '
        '<a href="https://www.example.com/">fuori</a></p>'
    )
    bad = checks.unpublished_links(body)
    assert len(bad) == 3
    assert not any(live.get_absolute_url() in href for href in bad)


def test_a_soft_failure_needs_a_note_that_goes_in_the_log():
    desk = role_user("Caporedattore")
    article = ArticleFactory(
        status=Status.REVIEW, published_at=None, ready=True, lead_picture=_uncredited_wide_picture()
    )
    with pytest.raises(services.ArticleError, match="spiega in una nota"):
        services.article_transition(name="publish", article=article, by=desk)
    services.article_transition(
        name="publish", article=article, by=desk, override="Foto d'agenzia, credito in arrivo."
    )
    step = article.transitions.get()
    assert "Credito dell'immagine d'apertura" in step.note
    assert "Foto d'agenzia, credito in arrivo." in step.note


def test_publishing_from_the_form_asks_first_naming_the_article_with_its_checks(client):
    desk = role_user("Caporedattore")
    article = ArticleFactory(status=Status.REVIEW, published_at=None, ready=True, title="Pronta")
    client.force_login(desk)
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = change_form_data(client, article, _transition="publish")

    question = client.post(url, data)
    html = question.content.decode()
    assert question.status_code == 200
    assert "Approva e pubblica ora: «Pronta»?" in html
    assert "Controlli prima della pubblicazione" in html
    assert "Correggi" not in html  # a question, not an error
    assert Article.objects.get(pk=article.pk).status == Status.REVIEW

    done = client.post(url, {**data, "confirmed": "publish"})
    assert done.status_code == 302
    assert Article.objects.get(pk=article.pk).is_public


def test_a_hard_failure_offers_no_confirmation_and_keeps_the_edit_in_the_form(client):
    article = ArticleFactory(status=Status.REVIEW, published_at=None, title="Senza foto")
    client.force_login(role_user("Caporedattore"))
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = change_form_data(
        client, article, standfirst="Un sommario nuovo.", _transition="publish", confirmed="publish"
    )
    response = client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Non può ancora uscire" in html
    assert "Un sommario nuovo." in html
    stored = Article.objects.get(pk=article.pk)
    assert stored.status == Status.REVIEW
    assert stored.standfirst != "Un sommario nuovo."  # nothing saved halfway


def test_a_link_to_a_draft_blocks_publication_until_it_is_removed():
    draft = ArticleFactory(draft=True)
    article = ArticleFactory(
        status=Status.REVIEW,
        published_at=None,
        ready=True,
        body=f'<p>Vedi <a href="{draft.get_absolute_url()}">il pezzo in arrivo</a>.</p>',
    )
    assert _failing(article) == {"links"}
    with pytest.raises(services.ArticleError, match="Nessun link ad articoli non pubblicati"):
        services.article_transition(name="publish", article=article, by=role_user("Caporedattore"))


def test_a_refused_step_says_why_even_when_it_would_ask_first(client):
    article = ArticleFactory(status=Status.REVIEW, published_at=None, ready=True)
    client.force_login(role_user("Caporedattore"))
    data = change_form_data(client, article, _transition="schedule", workflow_when="")
    response = client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    html = response.content.decode()
    assert "Scegli una data e un&#x27;ora di pubblicazione nel futuro." in html
    assert "data-confirmation" not in html


def test_a_soft_failure_after_confirming_asks_for_the_note_and_then_publishes(client):
    article = ArticleFactory(
        status=Status.REVIEW, published_at=None, ready=True, lead_picture=_uncredited_wide_picture()
    )
    client.force_login(role_user("Caporedattore"))
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = change_form_data(client, article, _transition="publish", confirmed="publish")
    again = client.post(url, data).content.decode()
    assert "spiega in una nota" in again and 'name="override"' in again
    done = client.post(url, {**data, "override": "Credito in arrivo dall'agenzia."})
    assert done.status_code == 302
    assert Article.objects.get(pk=article.pk).is_public
