"""The media library: credits read from press photos before their metadata is
stripped, focal-point crops, renditions made once, where used, no deleting
what is used."""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, ImageDraw

from articles import services as article_services
from media import services
from media.models import Picture
from newsroom.images import ARTICLE_RENDITIONS, focal_box
from tests.support.factories import ArticleFactory, GalleryFactory, PictureFactory
from tests.support.images import (
    IPTC_BYLINE,
    IPTC_CAPTION,
    IPTC_COPYRIGHT,
    IPTC_CREDIT,
    IPTC_SOURCE,
    IPTC_TITLE,
    press_photo,
    xmp_packet,
)
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def _ingest(data: bytes, name="kit.jpg") -> Picture:
    return services.picture_ingest(upload=SimpleUploadedFile(name, data, "image/jpeg"))


def _all_files(picture):
    yield picture.file.name
    for sizes in picture.renditions.values():
        for size in sizes:
            yield from (v for k, v in size.items() if k not in ("w", "h"))


# --- Credits from the file -------------------------------------------------


def test_iptc_credits_prefill_the_picture():
    picture = _ingest(
        press_photo(
            {
                IPTC_TITLE: "Junior Ibrida",
                IPTC_BYLINE: "Mario Rossi",
                IPTC_CREDIT: "Stellantis Media",
                IPTC_SOURCE: "Cartella stampa Alfa Romeo",
                IPTC_COPYRIGHT: "© 2026 Stellantis",
                IPTC_CAPTION: "La nuova Junior sul lungomare di Genova",
            }
        )
    )
    assert picture.title == "Junior Ibrida"
    assert picture.credit == "Mario Rossi / Stellantis Media"
    assert picture.source == "Cartella stampa Alfa Romeo"
    assert picture.copyright_holder == "© 2026 Stellantis"
    assert picture.caption == "La nuova Junior sul lungomare di Genova"


def test_xmp_credits_prefill_the_picture_and_win_over_iptc():
    picture = _ingest(
        press_photo(
            {IPTC_BYLINE: "Nome vecchio", IPTC_CAPTION: "Didascalia IPTC"},
            xmp_packet(
                creator="Giulia Bianchi",
                credit="Ferrari Media",
                caption="La 12Cilindri a Maranello",
                rights="© Ferrari S.p.A.",
                usage="Solo uso editoriale",
            ),
        )
    )
    assert picture.credit == "Giulia Bianchi / Ferrari Media"
    assert picture.caption == "La 12Cilindri a Maranello"
    assert picture.copyright_holder == "© Ferrari S.p.A."
    assert picture.usage_terms == "Solo uso editoriale"
    assert picture.alt == ""  # never guessed: the desk writes it


def test_iptc_in_the_old_latin_encoding_keeps_its_accents():
    picture = _ingest(press_photo({IPTC_CAPTION: "Città di Torino, Mirafiori"}, encoding="cp1252"))
    assert picture.caption == "Città di Torino, Mirafiori"


def test_a_hostile_or_broken_xmp_block_is_ignored_and_the_photo_accepted():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><x:xmpmeta xmlns:x="adobe:ns:meta/">&b;</x:xmpmeta>'
    )
    for packet in (bomb, b"<x:xmpmeta><non chiuso"):
        picture = _ingest(press_photo(xmp=packet))
        assert picture.credit == "" and picture.width == 1600


def test_metadata_is_gone_from_every_stored_file_after_its_credits_were_read():
    picture = _ingest(
        press_photo(
            {IPTC_BYLINE: "Mario Rossi", IPTC_CAPTION: "Didascalia segreta"},
            xmp_packet(creator="Giulia Bianchi", credit="Ferrari Media"),
        )
    )
    services.ensure_renditions(picture, ARTICLE_RENDITIONS)
    picture.refresh_from_db()
    assert picture.credit == "Giulia Bianchi / Ferrari Media"
    names = list(_all_files(picture))
    assert len(names) >= 20
    for name in names:
        with default_storage.open(name) as fh:
            data = fh.read()
        for marker in (
            b"Photoshop 3.0",
            b"8BIM",
            b"xmpmeta",
            b"Mario Rossi",
            b"Giulia",
            b"segreta",
        ):
            assert marker not in data, (name, marker)


# --- Focal point -----------------------------------------------------------

MARK = (1450, 150)  # a red square near the top right corner of a 1600x900 photo


def _marked_photo() -> bytes:
    img = Image.new("RGB", (1600, 900), (235, 235, 235))
    x, y = MARK
    ImageDraw.Draw(img).rectangle([x - 40, y - 40, x + 40, y + 40], fill=(220, 0, 0))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=95)
    return out.getvalue()


def _shows_the_mark(name) -> bool:
    with default_storage.open(name) as fh, Image.open(fh) as img:
        colours = img.convert("RGB").getcolors(1 << 24)
        return any(r > 170 and g < 80 and b < 80 for _, (r, g, b) in colours)


CROPPED = ("card", "lead", "social", "wide4x3", "wide1x1", "thumb")


def test_every_crop_keeps_the_focal_point_in_the_frame():
    picture = _ingest(_marked_photo())
    picture.focus_x, picture.focus_y = MARK[0] / 1600, MARK[1] / 900
    services.picture_save(picture=picture)
    renditions = services.ensure_renditions(picture, ARTICLE_RENDITIONS)
    for name in CROPPED:
        for size in renditions[name]:
            assert _shows_the_mark(size["jpg"]), (name, size["w"])


def test_without_a_focal_point_the_square_crop_loses_the_corner():
    # The check above can fail: a centred square crop cuts the mark off.
    picture = _ingest(_marked_photo())
    renditions = services.ensure_renditions(picture, ARTICLE_RENDITIONS)
    assert not _shows_the_mark(renditions["wide1x1"][0]["jpg"])
    assert not _shows_the_mark(renditions["thumb"][0]["jpg"])


def test_focal_box_is_the_largest_frame_centred_on_the_point_within_the_picture():
    assert focal_box((1600, 900), (1, 1)) == (350, 0, 1250, 900)
    assert focal_box((1600, 900), (1, 1), (0.9, 0.2)) == (700, 0, 1600, 900)
    assert focal_box((900, 1600), (16, 9), (0.5, 0.1)) == (0, 0, 900, 506)


def test_moving_the_focal_point_in_the_admin_recrops_with_new_files_and_drops_the_old(
    client, django_capture_on_commit_callbacks
):
    client.force_login(role_user("Caporedattore"))
    picture = _ingest(_marked_photo())
    picture.alt, picture.credit = "Un quadrato rosso in alto a destra", "Redazione"
    ArticleFactory(lead_picture=services.picture_save(picture=picture))
    picture.refresh_from_db()
    old = dict(picture.renditions)
    url = reverse("admin:media_picture_change", args=[picture.pk])
    form = client.get(url).context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data["focal_point"] = f"{MARK[0] / 1600:.3f},{MARK[1] / 900:.3f}"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    picture.refresh_from_db()
    assert picture.focus == (pytest.approx(0.906, abs=0.001), pytest.approx(0.167, abs=0.001))
    assert _shows_the_mark(picture.renditions["wide1x1"][0]["jpg"])
    for name in ("card", "social", "wide1x1", "thumb"):
        assert not default_storage.exists(old[name][0]["jpg"]), name
    # The uncropped size does not depend on the point: kept as it was.
    assert picture.renditions["full"] == old["full"]
    assert default_storage.exists(old["full"][0]["jpg"])


def test_renditions_are_made_once_and_then_reused():
    picture = PictureFactory()
    first = services.ensure_renditions(picture, ARTICLE_RENDITIONS)
    stamps = {
        s["jpg"]: default_storage.get_modified_time(s["jpg"]) for v in first.values() for s in v
    }
    again = services.ensure_renditions(Picture.objects.get(pk=picture.pk), ARTICLE_RENDITIONS)
    assert again == first
    assert {name: default_storage.get_modified_time(name) for name in stamps} == stamps


# --- In use: where, and no deleting ----------------------------------------


def test_where_used_lists_articles_and_galleries(client):
    picture = PictureFactory()
    lead = ArticleFactory(title="Articolo con la foto in apertura", lead_picture=picture)
    body = ArticleFactory(
        title="Articolo con la foto nel testo",
        body=f'<figure class="picture" data-picture="{picture.pk}"><img src="/media/x.jpg" alt="x"></figure>',
    )
    gallery = GalleryFactory(title="Galleria del salone", pictures=[picture])
    client.force_login(role_user("Caporedattore"))
    page = client.get(reverse("admin:media_picture_change", args=[picture.pk])).content.decode()
    assert lead.title in page and body.title in page and gallery.title in page
    assert reverse("admin:articles_article_change", args=[body.pk]) in page
    assert list(Picture.objects.unused()) == []


@pytest.mark.parametrize("use", ["lead", "body", "gallery"])
def test_a_used_picture_cannot_be_deleted(client, use):
    picture = PictureFactory()
    if use == "lead":
        ArticleFactory(lead_picture=picture)
    elif use == "body":
        ArticleFactory(body=f'<img data-picture="{picture.pk}" src="/media/x.jpg" alt="x">')
    else:
        GalleryFactory(pictures=[picture])
    with pytest.raises(services.InUse):
        services.picture_delete(picture=picture)
    client.force_login(role_user("Caporedattore"))
    url = reverse("admin:media_picture_delete", args=[picture.pk])
    response = client.post(url, {"post": "yes"})
    assert response.status_code == 200  # the admin explains what protects it
    assert Picture.objects.filter(pk=picture.pk).exists()
    assert default_storage.exists(picture.file.name)


def test_a_picture_no_longer_in_the_body_can_be_deleted_with_its_files(
    django_capture_on_commit_callbacks,
):
    picture = PictureFactory()
    article = ArticleFactory(body=f'<img data-picture="{picture.pk}" src="/media/x.jpg" alt="x">')
    assert list(Picture.objects.used()) == [picture]
    article.body = "<p>Senza foto.</p>"
    article_services.article_save(article=article)
    assert list(Picture.objects.unused()) == [picture]
    files = list(_all_files(picture))
    with django_capture_on_commit_callbacks(execute=True):
        services.picture_delete(picture=picture)
    assert not any(default_storage.exists(name) for name in files)


def test_deleting_an_article_keeps_its_pictures_in_the_library():
    picture = PictureFactory()
    article = ArticleFactory(lead_picture=picture)
    article_services.article_delete(article=article)
    assert Picture.objects.filter(pk=picture.pk).exists()
    assert default_storage.exists(picture.file.name)
