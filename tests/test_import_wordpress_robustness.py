"""The import never half-writes a post, old addresses cost nothing to the rest
of the site, and the person running it sees progress and a report."""

import io
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import services
from articles.models import Article, Tag, TaggedArticle
from importer import mapping, posts
from importer.models import ImportedPost, OldPermalink
from importer.progress import ProgressBar
from tests.support.factories import ArticleFactory, SectionFactory
from tests.support.wordpress import EXPORT, UPLOADS, item, run_import, write_export

pytestmark = pytest.mark.django_db


def _stored_files():
    return [p for p in Path(default_storage.location).rglob("*") if p.is_file()]


def test_a_post_that_fails_halfway_is_rolled_back_alone_with_its_files(monkeypatch):
    original = posts.PostWriter._log

    def failing(self, article, before, plan):
        if plan.wp_id == 12:  # after its lead image and gallery were stored
            raise RuntimeError("disco pieno")
        return original(self, article, before, plan)

    monkeypatch.setattr(posts.PostWriter, "_log", failing)
    report = run_import()
    assert (
        "«Fiat Grande Panda: la prova in tre scatti» (ID 12): errore imprevisto (RuntimeError: disco pieno)"
        in report
    )
    assert "Articoli creati: 17" in report
    assert not ImportedPost.objects.filter(wp_id=12).exists()
    assert not Article.objects.filter(slug="fiat-grande-panda-prova").exists()
    stored = [str(p) for p in _stored_files()]
    for article in Article.objects.filter(lead_picture__isnull=False):
        assert any(s.endswith(article.lead_picture.file.name) for s in stored)
    # prova-1.jpg was its lead image and the first picture of its gallery, and
    # no other post's: neither the file nor its renditions stay behind.
    assert stored and not [s for s in stored if "prova-1" in s]


def test_the_next_run_imports_a_post_that_failed():
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(posts.PostWriter, "_log", lambda *args: (_ for _ in ()).throw(OSError()))
    run_import()
    monkeypatch.undo()
    assert not ImportedPost.objects.exists()
    assert "Articoli creati: 18" in run_import()


def test_yoast_title_and_description_are_kept_for_the_article():
    run_import()
    record = ImportedPost.objects.get(wp_id=10)
    assert record.seo_title == "Prova Tesla Model 3: autonomia reale e consumi"
    assert record.seo_description.startswith("Una settimana al volante della Model 3")
    # Yoast's default template says nothing of its own.
    assert ImportedPost.objects.get(wp_id=24).seo_title == ""
    fields = {f.name for f in Article._meta.get_fields()}
    if "seo_title" in fields:  # the article's own SEO fields, where the model has them
        assert record.article.seo_title == record.seo_title
        assert record.article.seo_description == record.seo_description


def test_an_old_address_never_hides_a_real_page(client):
    real = ArticleFactory(title="Pagina vera")
    other = ArticleFactory(title="Un'altra")
    OldPermalink.objects.create(path=real.get_absolute_url().rstrip("/"), article=other)
    OldPermalink.objects.create(path="/cerca", article=other)
    assert client.get(real.get_absolute_url()).status_code == 200
    assert b"Pagina vera" in client.get(real.get_absolute_url()).content
    assert client.get("/cerca/?q=auto").status_code == 200


def test_ordinary_requests_never_look_up_old_addresses(client):
    piece = ArticleFactory()
    OldPermalink.objects.create(path="/vecchio/indirizzo", article=piece)
    for url in (piece.get_absolute_url(), "/", "/?page=2", "/cerca/?q=auto", "/feed/"):
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        assert not [q for q in queries if "importer_" in q["sql"]], url
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/vecchio/indirizzo/").status_code == 301
    assert [q for q in queries if "importer_" in q["sql"]]


def test_only_reading_requests_are_redirected(client):
    piece = ArticleFactory()
    OldPermalink.objects.create(path="/vecchio", article=piece)
    assert client.get("/vecchio/")["Location"] == piece.get_absolute_url()
    assert client.head("/vecchio/").status_code == 301
    assert client.post("/vecchio/").status_code in (403, 404, 405)


def test_a_terminal_sees_a_progress_bar_and_a_log_file_does_not():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal, log = Terminal(), io.StringIO()
    for stream in (terminal, log):
        call_command(
            "import_wordpress", str(EXPORT), "--dry-run", "--media-dir", str(UPLOADS),
            stdout=io.StringIO(), stderr=stream,
        )  # fmt: skip
    assert "Importazione |" in terminal.getvalue()
    assert f"{33}/{33} elementi (100%" in terminal.getvalue()
    assert log.getvalue() == ""
    bar = ProgressBar(log)
    bar(1, 2)
    assert log.getvalue() == ""


def test_a_new_articles_tags_are_linked_in_one_insert():
    tesla, ricarica = Tag.objects.create(name="Tesla"), Tag.objects.create(name="Ricarica")
    piece = Article(title="Nuovo", slug="nuovo", section=SectionFactory())
    with CaptureQueriesContext(connection) as queries:
        services.article_save(article=piece, tags=[tesla, ricarica, tesla])
    assert sorted(piece.tags.names()) == ["Ricarica", "Tesla"]
    assert TaggedArticle.objects.filter(content_object=piece).count() == 2
    inserts = [q for q in queries if q["sql"].startswith('INSERT INTO "articles_taggedarticle"')]
    assert len(inserts) == 1
    # Editing goes through taggit as before: names, added and removed.
    services.article_save(article=piece, tags=["tesla", "Autonomia"])
    assert sorted(piece.tags.names()) == ["Autonomia", "Tesla"]


def test_a_post_without_title_takes_one_from_its_text(tmp_path):
    path = write_export(
        tmp_path / "export.xml",
        item(id=1, title="", content="Il <b>mercato</b> dell'usato cresce ancora a marzo."),
    )
    report = run_import(path, media_dir=None)
    assert Article.objects.get().title == "Il mercato dell'usato cresce ancora a marzo."
    assert "senza titolo su WordPress: titolo preso dall'inizio del testo" in report


def test_data_no_rule_foresaw_skips_that_item_only(tmp_path, monkeypatch):
    path = write_export(tmp_path / "export.xml", item(id=1), item(id=2, title="Strano"))
    real = mapping._kind

    def odd(item):
        if item.title == "Strano":
            raise KeyError("post_format")
        return real(item)

    monkeypatch.setattr(mapping, "_kind", odd)
    report = run_import(path, media_dir=None)
    assert "«Strano» (ID 2): errore imprevisto (KeyError: 'post_format')" in report
    assert list(Article.objects.values_list("title", flat=True)) == ["Una notizia"]
