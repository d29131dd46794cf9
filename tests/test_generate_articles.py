"""manage.py generate_articles: realistic articles in bulk, for scale tests and the benchmark."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.utils.html import escape

from articles.models import Article, ArticleAuthor, TaggedArticle
from articles.workflow import Status
from media.models import Picture
from newsroom import pagecache

pytestmark = pytest.mark.django_db


def _generate(*args):
    out = StringIO()
    call_command("generate_articles", *args, "--pictures", "6", "--seed", "3", stdout=out)
    return out.getvalue()


def test_generated_articles_have_bylines_three_to_six_tags_and_shared_pictures():
    out = _generate("--count", "120", "--batch", "50")
    assert "120 / 120" in out and "Added 120 articles in" in out
    assert Article.objects.count() == 120
    tags = Article.objects.annotate(n=Count("tags")).values_list("n", flat=True)
    assert min(tags) >= 3 and max(tags) <= 6
    assert not Article.objects.filter(credits__isnull=True).exists()
    assert ArticleAuthor.objects.count() >= 120
    assert Picture.objects.count() == 6  # ingested once, then shared
    assert Article.objects.filter(lead_picture__isnull=False).count() > 60
    assert Article.objects.published().count() > 100
    assert Article.objects.filter(status=Status.DRAFT).exists()
    assert "<p>" in Article.objects.first().body


def test_a_second_run_adds_and_reuses_the_pictures_and_reset_starts_over():
    _generate("--count", "20")
    _generate("--count", "30")
    assert Article.objects.count() == 50
    assert Picture.objects.count() == 6
    _generate("--count", "10", "--reset")
    assert Article.objects.count() == 10
    assert TaggedArticle.objects.filter(content_object__isnull=True).count() == 0


def test_generating_retires_the_cached_pages(settings, tmp_path):
    settings.PAGE_CACHE_GENERATION_FILE = str(tmp_path / "generation")
    before = pagecache.generation()
    _generate("--count", "5")
    assert pagecache.generation() != before


def test_generated_articles_are_listed_on_the_public_pages(client):
    _generate("--count", "40")
    article = Article.objects.published().first()
    assert client.get("/").status_code == 200
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert escape(article.title) in response.content.decode()
