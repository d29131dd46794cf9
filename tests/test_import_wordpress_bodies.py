"""WordPress post text made into article bodies: paragraphs as wpautop makes
them, shortcodes, block comments, embeds, pictures from --media-dir."""

import re
from collections import Counter

import pytest

from articles.sanitize import clean_html
from importer import shortcodes
from importer.body import BodyConverter
from importer.pictures import Pictures, credit_of
from importer.uploads import Uploads
from importer.wpautop import wpautop
from importer.wxr import read_catalogue
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


@pytest.mark.django_db
def test_a_caption_becomes_figure_and_figcaption_with_the_files_credit(converter):
    body = converter[0].convert(
        '[caption id="attachment_102" width="1024"]<a href="https://www.motori-ieri.example/'
        'wp-content/uploads/2024/03/usato-piazzale.jpg"><img src="https://www.motori-ieri.example/'
        'wp-content/uploads/2024/03/usato-piazzale-1024x576.jpg" alt="Auto usate" class="wp-image-102">'
        "</a> Un piazzale[/caption]",
        11,
    )
    html = clean_html(body.html)
    assert html.startswith('<figure><img src="/media/articles/body/')
    assert 'alt="Auto usate"' in html
    assert (
        "<figcaption>Un piazzale <small>Foto: Paolo Rossi / Agenzia Motori</small></figcaption>"
        in html
    )
    assert not body.missing


@pytest.mark.django_db
def test_a_gallery_becomes_the_imported_pictures_and_a_picture_is_stored_once(converter):
    body_converter, pictures = converter
    gallery = body_converter.convert('[gallery ids="103,104,999"]', 12)
    assert gallery.html.count("<figure>") == 2
    assert "<figcaption>Il frontale</figcaption>" in gallery.html
    assert gallery.missing == ["allegato 999 (non presente nell'esportazione)"]
    # The same file through a resized copy's address: the stored one again.
    again = body_converter.convert(
        '<img src="https://www.motori-ieri.example/wp-content/uploads/2024/03/prova-1-300x169.jpg">',
        1,
    )
    assert again.html.split('src="')[1].split('"')[0] in gallery.html
    assert len(pictures.written) == 2
    # Without ids: the pictures uploaded to the post, in their order.
    uploaded = body_converter.convert("[gallery columns=3]", 12)
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", uploaded.html)
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


def test_credits_come_from_the_files_iptc_data(tmp_path):
    both, one, none = (tmp_path / f"{n}.jpg" for n in ("both", "one", "none"))
    both.write_bytes(jpeg_with_iptc("Anna Bruni", "Agenzia Sud"))
    one.write_bytes(jpeg_with_iptc("", "Ufficio stampa"))
    none.write_bytes(jpeg_with_iptc())
    assert credit_of(both) == "Anna Bruni / Agenzia Sud"
    assert credit_of(one) == "Ufficio stampa"
    assert credit_of(none) == ""
    assert credit_of(tmp_path / "assente.jpg") == ""
