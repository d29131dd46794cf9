"""Writing aids: counters, search and social fields, our article links, clear scheduling."""

from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.admin.editor import editor_html
from tests.support.admin_forms import change_form_data
from tests.support.factories import ArticleFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def test_the_form_counts_characters_with_soft_limits_and_has_seo_fields(client):
    client.force_login(role_user("Redattore"))
    html = client.get(reverse("admin:articles_article_add")).content.decode()
    assert 'name="title"' in html and "headline-input" in html
    assert 'data-soft-limit="90"' in html  # the headline
    assert 'name="seo_description"' in html and 'data-soft-limit="160"' in html
    assert 'name="social_title"' in html
    assert "js/article-form.js" in html and "js/slugify.js" in html


def test_search_and_social_fields_reach_the_page_with_the_headline_as_fallback(client):
    plain = ArticleFactory(title="Titolo lungo per i lettori", standfirst="Sommario per i lettori.")
    html = client.get(plain.get_absolute_url()).content.decode()
    assert "<title>Titolo lungo per i lettori — " in html
    assert '<meta name="description" content="Sommario per i lettori.">' in html

    tuned = ArticleFactory(
        title="Titolo per i lettori",
        seo_title="Titolo per Google",
        seo_description="Descrizione per i motori di ricerca.",
        social_title="Titolo per i social",
        social_description="Descrizione per i social.",
    )
    html = client.get(tuned.get_absolute_url()).content.decode()
    assert "<title>Titolo per Google — " in html
    assert '<meta name="description" content="Descrizione per i motori di ricerca.">' in html
    assert '<meta property="og:title" content="Titolo per i social">' in html
    assert '<meta property="og:description" content="Descrizione per i social.">' in html
    assert '<h1 class="article__title">Titolo per i lettori</h1>' in html


def test_the_link_search_finds_only_published_articles(client):
    ArticleFactory(title="Polestar 4 in Corea")
    ArticleFactory(draft=True, title="Polestar 5 segreta")
    client.force_login(role_user("Redattore"))
    found = client.get(reverse("admin:articles_article_link_search"), {"q": "polestar"}).json()
    titles = [item["title"] for item in found["results"]]
    assert titles == ["Polestar 4 in Corea"]
    assert found["results"][0]["url"].startswith("https://www.newsroom-prova.it/")


def test_the_link_search_is_for_editors_only(client):
    assert client.get(reverse("admin:articles_article_link_search")).status_code == 302


def test_the_panel_says_when_a_scheduled_piece_goes_live(client):
    when = timezone.make_aware(datetime(2030, 11, 29, 9, 0))  # a Friday
    article = ArticleFactory(scheduled=True, published_at=when)
    client.force_login(role_user("Caporedattore"))
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Sarà pubblicato venerdì 29 novembre alle 9:00." in html
    assert html.count('type="datetime-local"') == 1  # one date control
    assert 'value="correct"' not in html  # no public correction before it is live
    assert 'value="unschedule"' in html and 'value="reschedule"' in html


def test_a_public_correction_is_offered_only_once_live(client):
    live = ArticleFactory(published_at=timezone.now() - timedelta(hours=1))
    client.force_login(role_user("Caporedattore"))
    html = client.get(reverse("admin:articles_article_change", args=[live.pk])).content.decode()
    assert 'value="correct"' in html
    assert 'name="correction"' in html


def test_the_paragraph_kept_after_a_final_image_is_not_stored():
    body = '<p>Testo.</p><figure><img src="/media/a.jpg" alt="a"><figcaption>Didascalia</figcaption></figure><p></p>'
    assert editor_html(body).endswith("</figure>")


def test_a_transition_from_the_form_saves_the_pending_edit_too(client):
    writer = role_user("Redattore")
    article = ArticleFactory(draft=True, created_by=writer)
    client.force_login(writer)
    data = change_form_data(
        client, article, standfirst="Scritto poco prima di inviare.", _transition="submit"
    )
    client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    article.refresh_from_db()
    assert article.status == "review"
    assert article.standfirst == "Scritto poco prima di inviare."
    assert services.can_edit(writer, article) is False
