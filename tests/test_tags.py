"""Whatever an editor types as a tag, it gets an ASCII slug the public route
matches; old slugs (before transliteration, renamed, merged) are remembered."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from articles import services
from articles.models import Article, Tag, TagRedirect
from articles.tags import tag_save, tags_merge
from newsroom.slugs import slugify
from tests.support.factories import ArticleFactory
from tests.support.roles import role_user

ODD_NAMES = ["Città 30", "Fiscalità", "Micromobilità", "€", "!!!", "🚗⚡", "مرحبا", "l'elettrica"]


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Città 30", "citta-30"),
        ("Fiscalità", "fiscalita"),
        ("l'elettrica", "l-elettrica"),
        ("dell’auto", "dell-auto"),
        ("Škoda Enyaq", "skoda-enyaq"),
        ("Straße", "strasse"),
        ("€", "euro"),
        ("R&D", "r-e-d"),
        ("  Già   fatto!  ", "gia-fatto"),
    ],
)
def test_italian_names_get_readable_ascii_slugs(name, slug):
    assert slugify(name) == slug


def test_a_name_without_letters_gets_a_stable_fallback():
    assert slugify("!!!", fallback="tag") == slugify("!!!", fallback="tag")
    assert slugify("!!!", fallback="tag").startswith("tag-")
    assert slugify("!!!") != slugify("???")
    assert slugify("🚗⚡").isascii()


@pytest.mark.django_db
def test_every_odd_tag_has_a_working_page_and_the_article_shows_it(client):
    article = ArticleFactory(tags=ODD_NAMES)
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    for tag in Tag.objects.all():
        assert tag.slug.isascii(), tag.name
        assert client.get(tag.get_absolute_url()).status_code == 200, tag.name
        assert client.get(reverse("articles:tag_feed", args=[tag.slug])).status_code == 200
    assert Tag.objects.count() == len(ODD_NAMES)


@pytest.mark.django_db
def test_a_renamed_slug_is_remembered_and_an_empty_one_is_made_from_the_name():
    tag = tag_save(tag=Tag(name="Città 30"))
    assert tag.slug == "citta-30"
    tag.slug = "zone-30"
    tag_save(tag=tag)
    assert TagRedirect.objects.get(old_slug="citta-30").tag == tag


@pytest.mark.django_db
def test_merging_tags_remembers_the_merged_slugs():
    kept, other = Tag.objects.create(name="Polestar"), Tag.objects.create(name="polestar 4")
    ArticleFactory(tags=["Polestar"])
    tags_merge(tags=[kept, other], by=role_user("Amministratore"))
    assert TagRedirect.objects.get(old_slug="polestar-4").tag == kept


@pytest.mark.django_db
def test_a_contributor_does_not_see_tags_that_exist_only_on_others_unpublished_pieces(client):
    writer = role_user("Redattore")
    ArticleFactory(tags=["Pubblico"])
    ArticleFactory(draft=True, tags=["Fusione segreta"])
    ArticleFactory(draft=True, tags=["Il mio tag"], created_by=writer)
    client.force_login(writer)
    page = client.get(reverse("admin:articles_tag_changelist")).content.decode()
    assert "Pubblico" in page and "Il mio tag" in page
    assert "Fusione segreta" not in page


@pytest.mark.django_db(transaction=True)
def test_the_migration_gives_existing_tags_ascii_slugs_and_keeps_the_old_ones():
    executor = MigrationExecutor(connection)
    before = [("articles", "0005_amministratore_manages_consent")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    section = old.get_model("articles", "Section").objects.create(name="Mobilità", slug="mobilita")
    article = old.get_model("articles", "Article").objects.create(
        title="Zone 30", slug="zone-30", section=section, status="draft"
    )
    taggit_tag = old.get_model("taggit", "Tag").objects.create(name="Città 30", slug="città-30")
    old.get_model("articles", "TaggedArticle").objects.create(
        content_object=article, tag=taggit_tag
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    tag = Tag.objects.get(name="Città 30")
    assert tag.slug == "citta-30"
    assert tag.pk == taggit_tag.pk
    assert list(tag.tagged_articles.values_list("content_object_id", flat=True)) == [article.pk]
    assert TagRedirect.objects.get(old_slug="città-30").tag == tag
    services.article_save(article=Article.objects.get(pk=article.pk), tags=["Città 30", "Nuovo"])
    assert Tag.objects.count() == 2  # the copied ids left room for new tags


@pytest.mark.django_db
@pytest.mark.parametrize("suffix", ["", "feed/"])
def test_old_accented_and_merged_slugs_answer_301_to_the_tag_now(client, suffix):
    ArticleFactory(tags=["Città 30", "Polestar"])
    kept = Tag.objects.get(name="Città 30")
    TagRedirect.objects.create(old_slug="città-30", tag=kept)
    TagRedirect.objects.create(old_slug="zone-30", tag=kept)
    for old in ("città-30", "citt%C3%A0-30", "zone-30"):
        response = client.get(f"/tag/{old}/{suffix}")
        assert response.status_code == 301, old
        assert response["Location"] == f"/tag/citta-30/{suffix}"
    assert client.get(f"/tag/citta-30/{suffix}").status_code == 200
    assert client.get(f"/tag/mai-esistito/{suffix}").status_code == 404
