"""How single WordPress fields become article fields, on small exports."""

import pytest

from articles.models import Article, Section
from articles.workflow import State
from authors.models import Author
from importer.mapping import yoast
from tests.support.wordpress import item, run_import, write_export

pytestmark = pytest.mark.django_db


def _import(tmp_path, *items, replace=("", "")):
    path = write_export(tmp_path / "export.xml", *items)
    path.write_text(path.read_text().replace(*replace))
    return run_import(path, media_dir=None)


def test_punctuation_only_and_accented_category_names_get_ascii_section_slugs(tmp_path):
    _import(
        tmp_path,
        item(id=1, extra='<category domain="category" nicename="%21%21%21"><![CDATA[!!!]]></category>'),
        item(id=2, extra='<category domain="category" nicename="qualit%c3%a0"><![CDATA[Qualità]]></category>'),
    )  # fmt: skip
    odd, accented = Section.objects.get(name="!!!"), Section.objects.get(name="Qualità")
    assert odd.slug.startswith("sezione-") and odd.slug.isascii()
    assert accented.slug == "qualita"


def test_an_authors_bio_comes_along_when_the_export_has_one(tmp_path):
    _import(
        tmp_path,
        item(id=1),
        replace=(
            "<wp:author_display_name><![CDATA[Anna Conti]]></wp:author_display_name>",
            "<wp:author_display_name><![CDATA[Anna Conti]]></wp:author_display_name>"
            "<wp:author_description><![CDATA[Scrive di motori dal 1998.]]></wp:author_description>",
        ),
    )
    assert Author.objects.get(slug="anna").bio == "Scrive di motori dal 1998."


def test_a_post_scheduled_for_a_time_already_past_is_published_and_noted(tmp_path):
    report = _import(tmp_path, item(id=1, status="future"))
    assert Article.objects.get().state == State.PUBLISHED
    assert "programmato su WordPress per una data già passata: pubblicato" in report


def test_a_post_in_an_unknown_state_is_skipped(tmp_path):
    report = _import(tmp_path, item(id=1, status="archiviato"))
    assert "(ID 1): stato WordPress sconosciuto «archiviato»" in report
    assert not Article.objects.exists()


def test_without_the_gmt_date_the_local_date_is_read_in_the_sites_time_zone(tmp_path):
    _import(tmp_path, item(id=1, date="2024-07-01 10:00:00", date_gmt="0000-00-00 00:00:00"))
    assert Article.objects.get().published_at.isoformat() == "2024-07-01T08:00:00+00:00"


def test_two_posts_with_the_same_slug_both_get_a_page(tmp_path, client):
    _import(tmp_path, item(id=1, slug="stesso"), item(id=2, slug="stesso", title="Altro"))
    slugs = sorted(Article.objects.values_list("slug", flat=True))
    assert slugs == ["stesso", "stesso-2"]
    for piece in Article.objects.all():
        assert client.get(piece.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    ("raw", "result"),
    [
        ("%%title%% %%sep%% %%sitename%%", ""),
        ("Prova Tesla %%sep%% %%sitename%%", "Prova Tesla"),
        ("%%title%%: tutti i prezzi %%page%%", "Titolo: tutti i prezzi"),
        ("Prezzi &amp; listini", "Prezzi & listini"),
        ("", ""),
    ],
)
def test_yoast_variables_are_resolved_and_defaults_left_empty(raw, result):
    assert yoast(raw, "Titolo") == result
