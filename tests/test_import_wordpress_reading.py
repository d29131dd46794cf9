"""Reading WordPress exports: any WXR version, a stream in flat memory, control
characters tolerated, a broken file refused with the parser's line and column."""

import io
import tracemalloc

import pytest
from django.core.management import CommandError

from articles.models import Article
from importer import wxr
from importer.xmlsafe import XmlSafeReader
from tests.support.wordpress import DATA, EXPORT, item, run_import, write_export


def test_the_catalogue_holds_what_posts_refer_to():
    catalogue = wxr.read_catalogue(EXPORT)
    assert catalogue.site.wxr_version == "1.2"
    assert catalogue.site.base_blog_url == "https://www.motori-ieri.example"
    assert set(catalogue.authors) == {"giulia.ferri", "marco_bianchi", "l.esposito"}
    assert catalogue.categories["elettriche"].parent == "auto"
    assert catalogue.categories["mercato"].term_id == 5
    assert catalogue.attachments[102].file == "2024/03/usato-piazzale.jpg"
    assert catalogue.attachments[101].alt == "La Tesla Model 3 su una strada di collina"
    assert catalogue.attachments[103].caption == "Il frontale"
    assert [a.wp_id for a in catalogue.attachments_of(12)] == [103, 104, 105]
    assert catalogue.types["post"] == 23 and catalogue.types["page"] == 1
    assert catalogue.posts_without_author == 1


def test_items_stream_with_their_fields_terms_and_meta():
    items = [i for i in wxr.iter_items(EXPORT) if i.post_type == "post"]
    tesla = items[0]
    assert (tesla.wp_id, tesla.status, tesla.creator) == (10, "publish", "giulia.ferri")
    assert tesla.post_date_gmt == "2024-03-04 08:30:00"
    assert ("post_tag", "tesla", "Tesla") in [(t.domain, t.nicename, t.name) for t in tesla.terms]
    assert tesla.meta["_thumbnail_id"] == "101"
    assert tesla.comments == 2
    broken = next(i for i in items if i.title == "Elemento rotto senza ID")
    assert broken.wp_id is None  # kept, for the report to say why it was skipped


@pytest.mark.parametrize("version", ["1.1", "1.2", "1.0"])
def test_every_wxr_version_is_read(tmp_path, version):
    path = write_export(
        tmp_path / "export.xml", item(id=7, title="Vecchio formato"), version=version
    )
    posts = list(wxr.iter_items(path))
    assert wxr.read_catalogue(path).site.wxr_version == version
    assert [(p.wp_id, p.title, p.post_type) for p in posts] == [(7, "Vecchio formato", "post")]


@pytest.mark.django_db
def test_a_wxr_1_1_export_imports():
    report = run_import(DATA / "export-1.1.xml", media_dir=None)
    assert "Articoli creati: 2" in report
    assert Article.objects.get(slug="primo-articolo-wxr-11").is_public


@pytest.mark.django_db
def test_a_malformed_file_is_refused_with_the_parsers_line_and_column():
    with pytest.raises(CommandError) as refused:
        run_import(DATA / "malformed.xml")
    assert str(refused.value) == (
        "Il file non è XML ben formato: mismatched tag (riga 19, colonna 3)."
    )
    assert not Article.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('<?xml version="1.0"?><html><body/></html>', "manca <rss><channel>"),
        ('<?xml version="1.0"?><rss><channel><title>Un feed</title></channel></rss>',
         "manca wp:wxr_version"),
        ('<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/9.9/"><channel>'
         "<wp:wxr_version>9.9</wp:wxr_version></channel></rss>", "Versione WXR 9.9 non supportata"),
    ],
)  # fmt: skip
def test_a_file_that_is_not_a_wordpress_export_is_refused(tmp_path, content, message):
    path = tmp_path / "altro.xml"
    path.write_text(content)
    with pytest.raises(CommandError, match=message):
        run_import(path)


def test_control_characters_read_as_spaces_of_the_same_length_even_across_chunks():
    raw = b"<t>a\x0bb&#11;c&#x1F;d&#10;e&amp;f\x01</t>"
    for size in range(1, len(raw) + 2):
        reader = XmlSafeReader(io.BytesIO(raw))
        chunks = iter(lambda reader=reader, size=size: reader.read(size), b"")
        assert b"".join(chunks) == b"<t>a b     c      d&#10;e&amp;f </t>", size


def test_memory_stays_flat_however_long_the_export(tmp_path):
    body = "Paragrafo di prova con parole italiane. " * 250  # about 10 KB a post
    path = write_export(
        tmp_path / "grande.xml", *(item(id=n, content=body) for n in range(1, 2001))
    )
    assert path.stat().st_size > 20_000_000
    tracemalloc.start()
    count = sum(1 for _ in wxr.iter_items(path))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 2000
    assert peak < 2_000_000, peak  # a few posts' worth, not the file
