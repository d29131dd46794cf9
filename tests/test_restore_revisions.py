"""Restoring a revision brings back the lead image, the byline and the tags too."""

import pytest
from django.urls import reverse
from reversion.models import Version

from articles import revisions, services
from articles.models import Article
from tests.support.factories import ArticleFactory, AuthorFactory, PictureFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def test_restore_brings_back_image_byline_and_tags(client, django_capture_on_commit_callbacks):
    desk = role_user("Caporedattore")
    marco, giulia = AuthorFactory(name="Marco Bianchi"), AuthorFactory(name="Giulia Neri")
    first_picture = PictureFactory(title="Prima foto")
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(
            draft=True, tags=["Polestar"], lead_picture=first_picture, authors=[]
        )
        article = services.article_save(
            article=Article.objects.get(pk=article.pk), by=desk, byline=[marco]
        )
    first = Version.objects.get_for_object(article).first()

    with django_capture_on_commit_callbacks(execute=True):
        article.lead_picture = PictureFactory(title="Seconda foto")
        services.article_save(
            article=article, by=desk, tags=["Volvo", "Elettriche"], byline=[giulia, marco]
        )

    client.force_login(desk)
    url = reverse("admin:articles_article_restore", args=[article.pk, first.pk])
    confirm = client.get(url).content.decode()
    assert "<del>Giulia Neri, </del>Marco Bianchi" in confirm
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)

    article = Article.objects.get(pk=article.pk)
    assert article.lead_picture == first_picture
    assert article.lead_image_renditions
    assert article.byline == [marco]
    assert sorted(t.name for t in article.tags.all()) == ["Polestar"]


def test_a_diff_marks_changed_words_not_whole_paragraphs():
    lines = revisions.text_diff(
        "<p>La Polestar 4 costa 60.000 euro.</p>", "<p>La Polestar 4 costa 62.000 euro.</p>"
    )
    assert lines == [
        [
            {"kind": "same", "text": "La Polestar 4 costa "},
            {"kind": "del", "text": "60"},
            {"kind": "ins", "text": "62"},
            {"kind": "same", "text": ".000 euro."},
        ]
    ]
