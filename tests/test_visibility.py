import pytest
from django.urls import reverse

from articles.models import Article
from tests.support.factories import ArticleFactory, AuthorFactory, SectionFactory

pytestmark = pytest.mark.django_db


def _everywhere(client, article):
    """Every public page that could list ``article``."""
    author = article.byline[0]
    return {
        "home": client.get(reverse("articles:home")),
        "section": client.get(article.section.get_absolute_url()),
        "author": client.get(author.get_absolute_url()),
        "tag": client.get(reverse("articles:tag", args=["segreto"])),
    }


def test_published_queryset_is_the_one_visibility_rule():
    live = ArticleFactory()
    ArticleFactory(draft=True)
    ArticleFactory(scheduled=True)
    assert list(Article.objects.published()) == [live]


@pytest.mark.parametrize("trait", ["draft", "scheduled"])
def test_unpublished_article_is_404_and_absent_from_every_list(client, trait):
    article = ArticleFactory(**{trait: True}, title="Titolo riservato", tags=["segreto"])
    ArticleFactory(section=article.section, authors=article.byline, tags=["segreto"])
    url = article.get_absolute_url()

    assert client.get(url).status_code == 404
    for name, response in _everywhere(client, article).items():
        assert response.status_code == 200, name
        assert "Titolo riservato" not in response.content.decode(), name


def test_published_article_is_on_every_list(client):
    article = ArticleFactory(title="Titolo pubblico", tags=["segreto"])
    assert client.get(article.get_absolute_url()).status_code == 200
    for name, response in _everywhere(client, article).items():
        assert "Titolo pubblico" in response.content.decode(), name


def test_lists_paginate_by_the_setting_and_out_of_range_page_is_404(client, settings):
    settings.ARTICLES_PER_PAGE = 3
    section = SectionFactory()
    author = AuthorFactory()
    ArticleFactory.create_batch(5, section=section, authors=[author], tags=["Ibrido"])
    for url in (section.get_absolute_url(), author.get_absolute_url(), "/tag/ibrido/"):
        assert len(client.get(url).context["articles"]) == 3, url
        page2 = client.get(url + "?page=2")
        assert page2.status_code == 200, url
        assert len(page2.context["articles"]) == 2, url
        assert client.get(url + "?page=3").status_code == 404, url


def test_unknown_section_tag_and_author_are_404(client):
    for url in ("/sezione/nessuna/", "/tag/nessuno/", "/autore/nessuno/"):
        response = client.get(url)
        assert response.status_code == 404
        assert "Pagina non trovata" in response.content.decode()


def test_permalink_with_wrong_date_redirects_permanently_to_the_canonical_one(client):
    article = ArticleFactory()
    response = client.get(f"/2001/01/01/{article.slug}/")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


def test_tag_worn_only_by_unpublished_articles_does_not_exist_for_readers(client):
    ArticleFactory(draft=True, tags=["Fusione segreta"])
    ArticleFactory(scheduled=True, tags=["Fusione segreta"])
    assert client.get("/tag/fusione-segreta/").status_code == 404
    assert client.get("/tag/fusione-segreta/feed/").status_code == 404
    assert b"fusione-segreta" not in client.get("/sitemap-tag.xml").content


def test_scheduled_is_exactly_what_published_leaves_out_of_published_status():
    live, waiting = ArticleFactory(), ArticleFactory(scheduled=True)
    ArticleFactory(draft=True)
    assert list(Article.objects.scheduled()) == [waiting]
    assert live.is_public and not waiting.is_public
