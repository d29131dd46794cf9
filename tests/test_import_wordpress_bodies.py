"""WordPress post text made into article bodies: paragraphs as wpautop makes
them, shortcodes, block comments, embeds, pictures from --media-dir."""

import re
from collections import Counter

import pytest

from articles.sanitize import clean_html
from importer import shortcodes
from importer.body import BodyConverter
from importer.pictures import Pictures, Source
from importer.uploads import Uploads
from importer.wpautop import wpautop
from importer.wxr import read_catalogue
from media.models import Gallery, Picture
from media.render import render_body
from tests.support.wordpress import EXPORT, UPLOADS, jpeg_with_iptc


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("Uno.\n\nDue.", "<p>Uno.</p>\n<p>Due.</p>"),
        ("Riga uno\nriga due", "<p>Riga uno<br>\nriga due</p>"),
        ("Primo<br><br>secondo", "<p>Primo</p>\n<p>secondo</p>"),
        ("<h2>Titolo</h2>\nTesto", "<h2>Titolo</h2>\n<p>Testo</p>"),
        ("<p>Già fatto</p>", "<p>Già fatto</p>"),
        ('Un <a\nhref="/x">link</a>.', '<p>Un <a href="/x">link</a>.</p>'),
        ("<ul>\n<li>uno\ndue</li>\n</ul>", "<ul><li>uno<br>\ndue</li>\n</ul>"),
        ("<blockquote>Detto\n\nfatto</blockquote>",
         "<blockquote><p>Detto</p>\n<p>fatto</p>\n</blockquote>"),
        ("<pre>a\n\nb</pre>", "<pre>a\n\nb</pre>"),
        ("Prima<!--more-->\n\nDopo", "<p>Prima</p>\n<p>Dopo</p>"),
        ("  \n\n ", ""),
    ],
)  # fmt: skip
def test_paragraphs_are_made_as_wordpress_makes_them(text, html):
    assert wpautop(text) == html


def _expand(text):
    dropped = Counter()
    handlers = {"b": lambda sc: f"<b {sc.attrs}>{sc.content}</b>"}
    return shortcodes.expand(text, handlers, lambda name: dropped.update([name])), dropped


@pytest.mark.parametrize(
    ("text", "result", "dropped"),
    [
        ('[b x="1"]ciao[/b]', "<b {'x': '1'}>ciao</b>", []),
        ('[contact-form-7 id="5"] resto', " resto", ["contact-form-7"]),
        ("[su_note]testo tenuto[/su_note]", "testo tenuto", ["su_note"]),
        ("[vc_row][vc_column]dentro[/vc_column][/vc_row]", "dentro", ["vc_row", "vc_column"]),
        ("Refuso [sic] e [AGGIORNAMENTO ore 12]", "Refuso [sic] e [AGGIORNAMENTO ore 12]", []),
        ("[[caption]] si scrive così", "[caption] si scrive così", []),
        ('[audio src="/a.mp3"]', "", ["audio"]),
    ],
)
def test_unknown_shortcodes_are_dropped_and_reported_but_bracketed_words_stay(
    text, result, dropped
):
    assert _expand(text) == (result, Counter(dropped))


def test_shortcode_attributes_are_read_like_wordpress_reads_them():
    attrs, positional = shortcodes.parse_attrs(
        "id=\"attachment_12\" align='left' width=800 caption=&quot;Una foto&quot; solo"
    )
    assert attrs == {"id": "attachment_12", "align": "left", "width": "800", "caption": "Una foto"}
    assert positional == ["solo"]


@pytest.fixture
def converter():
    pictures = Pictures()
    return BodyConverter(read_catalogue(EXPORT), Uploads(UPLOADS), pictures), pictures


def _picture_ids(html):
    return [int(n) for n in re.findall(r'data-picture="(\d+)"', html)]


@pytest.mark.django_db
def test_a_caption_becomes_a_library_figure_with_the_files_credit(converter):
    body = converter[0].convert(
        '[caption id="attachment_102" width="1024"]<a href="https://www.motori-ieri.example/'
        'wp-content/uploads/2024/03/usato-piazzale.jpg"><img src="https://www.motori-ieri.example/'
        'wp-content/uploads/2024/03/usato-piazzale-1024x576.jpg" alt="Auto usate" class="wp-image-102">'
        "</a> Un piazzale[/caption]",
        11,
    )
    html = clean_html(body.html)
    assert re.match(r'<figure class="picture" data-picture="\d+"><img', html)
    assert "<figcaption>Un piazzale</figcaption>" in html
    picture = Picture.objects.get(pk=_picture_ids(html)[0])
    assert (picture.alt, picture.caption) == ("Auto usate", "Un piazzale")
    assert picture.credit == "Paolo Rossi / Agenzia Motori"
    # Readers see the caption of this use and the library's credit.
    shown = " ".join(render_body(html, lambda g, n: f"/g/{g}/{n}").html.split())
    assert "Un piazzale" in shown and "Paolo Rossi / Agenzia Motori" in shown
    assert not body.missing


@pytest.mark.django_db
def test_a_gallery_becomes_a_library_gallery_and_a_file_is_one_picture(converter):
    body_converter, pictures = converter
    body = body_converter.convert('[gallery ids="103,104,999"]', 12, title="Prova su strada")
    gallery = Gallery.objects.get()
    assert f'data-gallery="{gallery.pk}"' in clean_html(body.html)
    assert gallery.title == "Prova su strada"
    assert [p.caption for p in gallery.ordered_pictures()] == ["Il frontale", "Gli interni"]
    assert body.missing == ["allegato 999 (non presente nell'esportazione)"]
    # The same file through a resized copy's address: the same library picture.
    again = body_converter.convert(
        '<img src="https://www.motori-ieri.example/wp-content/uploads/2024/03/prova-1-300x169.jpg">',
        1,
    )
    assert _picture_ids(again.html) == [gallery.ordered_pictures()[0].pk]
    assert len(pictures.written) == Picture.objects.count() == 2
    # The same gallery again (a second run): the gallery made the first time.
    body_converter.convert('[gallery ids="103,104,999"]', 12, title="Prova su strada")
    assert Gallery.objects.count() == 1
    # Without ids: the pictures uploaded to the post, in their order.
    body_converter.convert("[gallery columns=3]", 12, title="Prova su strada")
    newest = Gallery.objects.order_by("-pk").first()
    captions = [p.caption for p in newest.ordered_pictures()]
    assert captions == ["Il frontale", "Gli interni", "Il posteriore"]


@pytest.mark.django_db
def test_block_comments_go_and_embeds_become_the_consent_gated_form(converter):
    body = converter[0].convert(
        "<!-- wp:paragraph -->\n<p>Prima</p>\n<!-- /wp:paragraph -->\n\n"
        '<!-- wp:embed {"url":"https://youtu.be/dQw4w9WgXcQ"} -->\n<figure class="wp-block-embed">'
        '<div class="wp-block-embed__wrapper">\nhttps://youtu.be/dQw4w9WgXcQ\n</div></figure>\n'
        "<!-- /wp:embed -->",
        1,
    )
    html = clean_html(body.html)
    assert "wp:" not in html and "<!--" not in html
    assert html.startswith("<p>Prima</p>")
    assert '<figure class="embed" data-embed-provider="youtube"' in html


@pytest.mark.parametrize(
    "content",
    [
        "Guardate:\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\nFine.",
        "[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]",
        "[youtube https://www.youtube.com/watch?v=dQw4w9WgXcQ]",
        '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560"></iframe>',
        '[video src="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]',
    ],
)
@pytest.mark.django_db
def test_every_way_wordpress_embeds_a_video_ends_as_the_embed_form(converter, content):
    html = clean_html(converter[0].convert(content, 1).html)
    assert html.count('data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"') == 1
    assert "<p></p>" not in html


@pytest.mark.django_db
def test_pictures_missing_or_from_other_sites_are_left_out_and_listed(converter):
    body = converter[0].convert(
        '<img src="https://www.motori-ieri.example/wp-content/uploads/2024/03/non-ce.jpg" alt="x">'
        '<img src="https://cdn.altro.example/foto.jpg"><iframe src="https://mappe.example/x"></iframe>',
        1,
    )
    assert "<img" not in body.html
    assert body.missing == [
        "2024/03/non-ce.jpg",
        "https://cdn.altro.example/foto.jpg (immagine di un altro sito)",
    ]
    assert body.dropped == Counter(["<iframe>"])


def test_an_upload_outside_the_media_folder_is_never_opened(tmp_path):
    (tmp_path / "segreto.jpg").write_bytes(jpeg_with_iptc())
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    assert Uploads(uploads).find("../segreto.jpg") is None
    assert Uploads(uploads).find("2024/03/../../../segreto.jpg") is None


@pytest.mark.django_db
def test_credits_come_from_the_files_iptc_data(tmp_path):
    both, one, none = (tmp_path / f"{n}.jpg" for n in ("both", "one", "none"))
    both.write_bytes(jpeg_with_iptc("Anna Bruni", "Agenzia Sud"))
    one.write_bytes(jpeg_with_iptc("", "Ufficio stampa"))
    none.write_bytes(jpeg_with_iptc())
    pictures = Pictures()
    credits = [pictures.picture(Source(p, p.name)).credit for p in (both, one, none)]
    assert credits == ["Anna Bruni / Agenzia Sud", "Ufficio stampa", ""]


@pytest.mark.django_db
def test_a_captions_entities_are_text_in_the_library(converter):
    body = converter[0].convert(
        '[caption id="attachment_102"]<img src="https://www.motori-ieri.example/wp-content/'
        'uploads/2024/03/usato-piazzale.jpg" class="wp-image-102"> Prova &amp; confronto&#8217;s'
        "[/caption]",
        11,
    )
    picture = Picture.objects.get(pk=_picture_ids(body.html)[0])
    assert picture.caption == "Prova & confronto’s"
