"""The data migration moves every existing image into the media library and
loses nothing: lead images with their texts and renditions, every picture of
ours shown in a body (once, however many bodies show it)."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from articles.models import Article, ArticleMedia
from media.models import Picture
from newsroom.images import ARTICLE_RENDITIONS, build_renditions
from tests.support.factories import jpeg_bytes

BEFORE = [("articles", "0007_article_kind")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


def _store(name, width=1600, height=900) -> str:
    return default_storage.save(name, ContentFile(jpeg_bytes(width, height)))


@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_every_existing_image_into_the_library_and_loses_nothing(client):
    executor = _migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    Section = old.get_model("articles", "Section")
    OldArticle = old.get_model("articles", "Article")
    section = Section.objects.create(name="Prove", slug="prove")

    lead = _store("articles/2026/03/apertura.jpg")
    renditions = build_renditions(lead, only=ARTICLE_RENDITIONS)
    inside = _store("articles/body/2026/03/dentro.jpg", 1200, 800)
    inline = _store("articles/body/2026/03/in-riga.jpg", 800, 600)
    body = (
        "<p>Introduzione.</p>"
        f'<figure><img src="/media/{inside}" alt="Il motore"><figcaption>Il 1.2 &amp; il cambio</figcaption></figure>'
        f'<p>Una riga con <img src="/media/{inline}" alt="Un dettaglio"> in mezzo.</p>'
        '<figure><img src="/media/articles/body/2020/01/sparita.jpg" alt="Persa"></figure>'
        '<figure class="embed" data-embed-provider="youtube" '
        'data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ">'
        '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">video</a></figure>'
    )
    first = OldArticle.objects.create(
        title="Prova della Junior",
        slug="prova-junior",
        section=section,
        status="published",
        published_at="2026-03-05T10:00:00+01:00",
        body=body,
        lead_image=lead,
        lead_image_alt="La Junior rossa in montagna",
        lead_image_caption="In montagna",
        lead_image_credit="Ufficio stampa Alfa Romeo",
        lead_image_renditions=renditions,
    )
    second = OldArticle.objects.create(
        title="Ancora il motore",
        slug="ancora-motore",
        section=section,
        status="draft",
        body=f'<figure><img src="/media/{inside}" alt="Lo stesso motore"></figure>',
    )

    _migrate(executor.loader.graph.leaf_nodes())

    assert Picture.objects.count() == 3  # the lead, and each body file once
    migrated = Article.objects.get(pk=first.pk)
    picture = migrated.lead_picture
    assert picture.file.name == lead
    assert (picture.alt, picture.caption, picture.credit) == (
        "La Junior rossa in montagna",
        "In montagna",
        "Ufficio stampa Alfa Romeo",
    )
    assert picture.renditions == renditions
    assert (picture.width, picture.height) == (1600, 900)
    assert migrated.lead_image_renditions == renditions

    shown = Picture.objects.get(file=inside)
    in_line = Picture.objects.get(file=inline)
    assert (shown.alt, shown.caption, shown.width) == ("Il motore", "Il 1.2 & il cambio", 1200)
    assert (
        f'<figure class="picture" data-picture="{shown.pk}"><img src="/media/{inside}"'
        in migrated.body
    )
    assert (
        f'<img data-picture="{in_line.pk}" src="/media/{inline}" alt="Un dettaglio">'
        in migrated.body
    )
    # Nothing is lost: the missing file's figure and the embed are left as they were.
    assert '<img src="/media/articles/body/2020/01/sparita.jpg" alt="Persa">' in migrated.body
    assert 'data-embed-provider="youtube"' in migrated.body and "Introduzione." in migrated.body
    again = Article.objects.get(pk=second.pk)
    assert f'data-picture="{shown.pk}"' in again.body and 'alt="Lo stesso motore"' in again.body

    assert set(ArticleMedia.objects.values_list("article_id", "picture_id")) == {
        (first.pk, shown.pk),
        (first.pk, in_line.pk),
        (second.pk, shown.pk),
    }
    for name in (lead, inside, inline, *(s["jpg"] for v in renditions.values() for s in v)):
        assert default_storage.exists(name), name

    page = client.get(migrated.get_absolute_url()).content.decode()
    assert renditions["lead"][0]["webp"] in page and "Ufficio stampa Alfa Romeo" in page
    shown.refresh_from_db()
    assert shown.renditions["full"][0]["webp"] in page  # made on first view, then kept
    assert "Il 1.2 &amp; il cambio" in page
