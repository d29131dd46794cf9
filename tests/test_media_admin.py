"""The library's admin: bulk upload, the caption table, the chooser, galleries
in order, and who may do what."""

import json
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from media.admin.forms import CAPTION_FIELDS
from media.models import Gallery, Picture
from tests.support.factories import ArticleFactory, GalleryFactory, PictureFactory, jpeg_bytes
from tests.support.images import IPTC_CREDIT, press_photo
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db

UPLOAD = reverse("admin:media_picture_upload")
CAPTIONS = reverse("admin:media_picture_captions")
CHOOSER = reverse("admin:media_picture_chooser")


@pytest.fixture
def writer(client):
    client.force_login(role_user("Redattore"))
    return client


def _jpeg(name="foto.jpg", **kwargs):
    return SimpleUploadedFile(name, jpeg_bytes(**kwargs), content_type="image/jpeg")


def test_one_file_upload_answers_with_what_the_chooser_needs(writer):
    response = writer.post(
        UPLOAD, {"file": _jpeg(width=800, height=600)}, headers={"accept": "application/json"}
    )
    assert response.status_code == 201
    data = json.loads(response.content)["picture"]
    picture = Picture.objects.get()
    assert data["id"] == picture.pk and (data["width"], data["height"]) == (800, 600)
    assert data["thumb"].endswith(".jpg") and data["src"].endswith(".jpg")
    assert data["complete"] is False  # no alt text, no credit yet
    assert picture.uploaded_by.username == "utente-redattore"


def test_a_press_kit_posted_without_javascript_goes_to_one_caption_table(writer):
    files = [_jpeg(f"kit-{n}.jpg", width=400, height=300) for n in range(4)]
    response = writer.post(UPLOAD, {"file": files})
    ids = sorted(Picture.objects.values_list("pk", flat=True))
    assert response.status_code == 302
    assert response["Location"] == CAPTIONS + "?ids=" + ",".join(map(str, ids))
    page = writer.get(response["Location"])
    assert len(page.context["formset"].forms) == 4
    assert "Didascalie di 4 foto" in page.content.decode()


def _caption_data(pictures, **rows):
    data = {
        "form-TOTAL_FORMS": str(len(pictures)),
        "form-INITIAL_FORMS": str(len(pictures)),
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
    }
    for i, picture in enumerate(pictures):
        data[f"form-{i}-id"] = picture.pk
        for field in CAPTION_FIELDS[:-1]:  # all but the expiry date
            data[f"form-{i}-{field}"] = rows.get(field, [""] * len(pictures))[i]
        data[f"form-{i}-rights_expire_on"] = ""
    return data


def test_the_caption_table_fills_empty_credits_and_rights_from_the_common_row_and_makes_a_gallery(
    writer,
):
    pictures = [PictureFactory(alt="", credit="", caption="") for _ in range(3)]
    ids = ",".join(str(p.pk) for p in pictures)
    data = _caption_data(
        pictures,
        caption=["Il frontale", "La coda", "Gli interni"],
        alt=["Frontale di un'auto blu", "Coda di un'auto blu", "Plancia con schermo"],
        credit=["", "Mario Rossi", ""],
    )
    data.update(
        {
            "all-credit": "Ufficio stampa Fiat",
            "all-usage_terms": "Solo uso editoriale",
            "all-rights_expire_on": "2027-06-30",
            "all-make_gallery": "on",
            "all-gallery_title": "La nuova Grande Panda",
        }
    )
    response = writer.post(f"{CAPTIONS}?ids={ids}", data)
    gallery = Gallery.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:media_gallery_change", args=[gallery.pk])
    assert gallery.title == "La nuova Grande Panda" and gallery.created_by is not None
    assert gallery.ordered_pictures() == pictures
    saved = {p.caption: p for p in Picture.objects.all()}
    assert saved["Il frontale"].credit == "Ufficio stampa Fiat"
    assert saved["La coda"].credit == "Mario Rossi"  # what the row says wins
    assert all(p.usage_terms == "Solo uso editoriale" for p in saved.values())
    assert all(p.rights_expire_on == date(2027, 6, 30) for p in saved.values())


def test_the_caption_table_refuses_rows_without_alt_text_in_italian_and_keeps_what_was_typed(
    writer,
):
    pictures = [PictureFactory(alt="", credit="") for _ in range(2)]
    ids = ",".join(str(p.pk) for p in pictures)
    data = _caption_data(pictures, caption=["Una didascalia da non perdere", ""], alt=["", "x"])
    data["all-credit"] = "Agenzia"
    response = writer.post(f"{CAPTIONS}?ids={ids}", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "il testo alternativo è obbligatorio" in html
    assert "Una didascalia da non perdere" in html
    assert not Picture.objects.exclude(alt="").exists()


def test_chooser_searches_words_and_credit_and_pages_its_results(writer):
    PictureFactory(caption="La Panda in città", credit="Stellantis")
    PictureFactory(caption="La Junior in montagna", credit="Alfa Romeo Press")
    for n in range(30):
        Picture.objects.create(
            file=f"pictures/x{n}.jpg", width=10, height=10, title=f"Riempitivo {n}"
        )
    found = writer.get(CHOOSER, {"q": "panda città", "part": "results"})
    assert [data["caption"] for data, _ in found.context["choices"]] == ["La Panda in città"]
    by_credit = writer.get(CHOOSER, {"q": "alfa press", "part": "results"})
    assert [d["caption"] for d, _ in by_credit.context["choices"]] == ["La Junior in montagna"]
    first = writer.get(CHOOSER)
    assert first.context["page"].has_next() and len(first.context["choices"]) == 24
    html = first.content.decode()
    assert 'data-chooser-more="2"' in html and "Trascina qui le foto" in html


def test_chooser_lists_galleries_for_the_gallery_button(writer):
    GalleryFactory(title="Salone di Ginevra", size=2)
    response = writer.get(CHOOSER, {"mode": "gallery"})
    [(data, _)] = response.context["choices"]
    assert data["title"] == "Salone di Ginevra" and data["count"] == 2


def test_a_picture_is_completed_from_the_chooser_before_use(writer):
    picture = PictureFactory(alt="", credit="")
    url = reverse("admin:media_picture_complete", args=[picture.pk])
    refused = writer.post(url, {"alt": " ", "credit": "Agenzia"})
    assert refused.status_code == 400
    assert "alt" in json.loads(refused.content)["errors"]
    done = writer.post(url, {"alt": "Un'auto rossa", "credit": "Agenzia", "caption": "Al salone"})
    assert json.loads(done.content)["picture"]["complete"] is True
    picture.refresh_from_db()
    assert (picture.alt, picture.credit, picture.caption) == (
        "Un'auto rossa",
        "Agenzia",
        "Al salone",
    )


def test_the_embed_button_accepts_the_five_providers_and_refuses_anything_else(writer):
    url = reverse("admin:media_picture_embed")
    ok = json.loads(writer.get(url, {"url": "https://youtu.be/dQw4w9WgXcQ"}).content)
    assert ok == {
        "provider": "youtube",
        "name": "YouTube",
        "src": "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "original": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    }
    for address in (
        "https://x.com/fiat/status/1234567890",
        "https://www.instagram.com/p/ABCdef123/",
        "https://www.facebook.com/fiat/posts/12345",
        "https://www.tiktok.com/@fiat/video/1234567890",
    ):
        assert writer.get(url, {"url": address}).status_code == 200, address
    refused = writer.get(url, {"url": "https://www.example.com/video"})
    assert refused.status_code == 400
    assert "non si può incorporare" in json.loads(refused.content)["error"]


def test_gallery_pictures_are_saved_in_the_order_the_desk_chose(writer):
    gallery = GalleryFactory(size=3)
    a, b, c = gallery.ordered_pictures()
    url = reverse("admin:media_gallery_change", args=[gallery.pk])
    response = writer.post(url, {"title": "Riordinata", "pictures": f"{c.pk},{a.pk},{b.pk}"})
    assert response.status_code == 302
    gallery.refresh_from_db()
    assert gallery.title == "Riordinata" and gallery.ordered_pictures() == [c, a, b]
    empty = writer.post(url, {"title": "Vuota", "pictures": ""})
    assert "Aggiungi almeno una foto" in empty.content.decode()


def test_a_contributor_uploads_and_captions_but_only_the_desk_deletes_unused_pictures(client):
    picture = PictureFactory()
    client.force_login(role_user("Redattore"))
    assert client.get(reverse("admin:media_picture_delete", args=[picture.pk])).status_code == 403
    client.force_login(role_user("Caporedattore"))
    response = client.post(
        reverse("admin:media_picture_delete", args=[picture.pk]), {"post": "yes"}
    )
    assert response.status_code == 302 and not Picture.objects.exists()


def test_the_library_list_filters_unused_pictures_and_searches_credits(client):
    used, unused = PictureFactory(credit="Agenzia Uno"), PictureFactory(credit="Agenzia Due")
    ArticleFactory(lead_picture=used)
    client.force_login(role_user("Caporedattore"))
    listing = reverse("admin:media_picture_changelist")
    assert list(client.get(listing + "?use=unused").context["cl"].result_list) == [unused]
    assert list(client.get(listing + "?use=used").context["cl"].result_list) == [used]
    assert list(client.get(listing + "?q=uno").context["cl"].result_list) == [used]


def test_adding_a_picture_goes_through_the_upload_that_reads_credits(writer):
    assert writer.get(reverse("admin:media_picture_add"))["Location"] == UPLOAD
    writer.post(
        UPLOAD,
        {
            "file": SimpleUploadedFile(
                "k.jpg", press_photo({IPTC_CREDIT: "Ferrari Media"}), "image/jpeg"
            )
        },
        headers={"accept": "application/json"},
    )
    assert Picture.objects.get().credit == "Ferrari Media"
