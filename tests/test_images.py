import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from articles.models import Article
from tests.support.factories import (
    ArticleFactory,
    AuthorFactory,
    SectionFactory,
    image_file,
    jpeg_bytes,
)
from tests.support.images import (
    BAD_UPLOADS,
    METADATA_MARKERS,
    jpeg_with_gps,
    jpeg_with_metadata,
    png_bomb,
)

pytestmark = pytest.mark.django_db


def _form_data(section, author, **extra):
    data = {
        "kicker": "Prove",
        "title": "Prova su strada della nuova utilitaria",
        "slug": "prova-utilitaria",
        "standfirst": "Il sommario che non deve andare perso.",
        "body": "<p>Il testo che non deve andare perso.</p>",
        "lead_image_alt": "Un'auto rossa",
        "lead_image_caption": "",
        "lead_image_credit": "",
        "kind": "news",
        "section": section.pk,
        "tags": "Prove, Utilitarie",
        "status": "draft",
        "published_at_0": "",
        "published_at_1": "",
        "credits-TOTAL_FORMS": "1",
        "credits-INITIAL_FORMS": "0",
        "credits-MIN_NUM_FORMS": "1",
        "credits-MAX_NUM_FORMS": "1000",
        "credits-0-author": author.pk,
        "credits-0-position": "0",
    }
    data.update(extra)
    return data


@pytest.mark.parametrize("case", BAD_UPLOADS)
def test_bad_image_is_refused_in_the_admin_with_an_italian_message_and_nothing_lost(
    admin_user_client, case
):
    name, content, ctype = BAD_UPLOADS[case]
    content = content if content is not None else png_bomb()
    section, author = SectionFactory(), AuthorFactory()
    data = _form_data(
        section, author, lead_image=SimpleUploadedFile(name, content, content_type=ctype)
    )
    response = admin_user_client.post("/admin/articles/article/add/", data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["lead_image"]
    assert any(("immagine" in e.lower()) or ("svg" in e.lower()) for e in errors), errors
    html = response.content.decode()
    assert "Il sommario che non deve andare perso." in html
    assert "Il testo che non deve andare perso." in html
    assert "Prova su strada della nuova utilitaria" in html
    assert not Article.objects.exists()


def test_oversize_file_is_refused_by_bytes(admin_user_client, settings):
    settings.IMAGE_MAX_BYTES = 10_000
    section, author = SectionFactory(), AuthorFactory()
    upload = SimpleUploadedFile(
        "grande.jpg", jpeg_bytes(width=2000, height=1500), content_type="image/jpeg"
    )
    response = admin_user_client.post(
        "/admin/articles/article/add/", _form_data(section, author, lead_image=upload)
    )
    assert "troppo grande" in " ".join(response.context["adminform"].form.errors["lead_image"])
    assert not Article.objects.exists()


def test_image_without_alt_text_is_refused(admin_user_client):
    section, author = SectionFactory(), AuthorFactory()
    upload = SimpleUploadedFile("foto.jpg", jpeg_bytes(), content_type="image/jpeg")
    response = admin_user_client.post(
        "/admin/articles/article/add/",
        _form_data(section, author, lead_image=upload, lead_image_alt=""),
    )
    assert "lead_image_alt" in response.context["adminform"].form.errors
    assert not Article.objects.exists()


def test_valid_upload_is_saved_without_gps_and_with_renditions(admin_user_client):
    section, author = SectionFactory(), AuthorFactory()
    upload = SimpleUploadedFile("gps.jpg", jpeg_with_gps(), content_type="image/jpeg")
    response = admin_user_client.post(
        "/admin/articles/article/add/", _form_data(section, author, lead_image=upload)
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get()
    with default_storage.open(article.lead_image.name) as fh, Image.open(fh) as img:
        exif = img.getexif()
        assert not exif.get_ifd(0x8825)
        assert 0x010F not in exif
    assert {"card", "lead", "social"} <= set(article.lead_image_renditions)
    social = article.lead_image_renditions["social"][0]
    assert (social["w"], social["h"]) == (1200, 630)
    assert list(article.tags.names()) and article.byline == [author]


def test_orientation_is_applied_to_the_stored_image():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    article = ArticleFactory(lead_image=image_file(width=800, height=400, exif=exif))
    with default_storage.open(article.lead_image.name) as fh, Image.open(fh) as img:
        assert img.size == (400, 800)


def test_replacing_or_deleting_an_image_leaves_no_orphan_files(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(lead_image=image_file("prima.jpg"))
    first = [article.lead_image.name] + [
        e["jpg"] for sizes in article.lead_image_renditions.values() for e in sizes
    ]
    assert all(default_storage.exists(p) for p in first)

    from articles import services

    article.lead_image = image_file("seconda.jpg")
    with django_capture_on_commit_callbacks(execute=True):
        services.article_save(article=article)
    assert not any(default_storage.exists(p) for p in first)
    second = [article.lead_image.name] + [
        e["jpg"] for sizes in article.lead_image_renditions.values() for e in sizes
    ]
    assert all(default_storage.exists(p) for p in second)

    with django_capture_on_commit_callbacks(execute=True):
        services.article_delete(article=article)
    assert not any(default_storage.exists(p) for p in second)


def _stored_files(article):
    yield article.lead_image.name
    for sizes in article.lead_image_renditions.values():
        for entry in sizes:
            yield from (v for k, v in entry.items() if k not in ("w", "h"))


def test_no_metadata_survives_in_the_original_or_any_rendition():
    upload = SimpleUploadedFile("kit.jpg", jpeg_with_metadata(), content_type="image/jpeg")
    article = ArticleFactory(lead_image=upload)
    names = list(_stored_files(article))
    assert len(names) > 5
    for name in names:
        with default_storage.open(name) as fh:
            data = fh.read()
        for marker in METADATA_MARKERS:
            assert marker not in data, (name, marker)


@pytest.mark.parametrize("case", BAD_UPLOADS)
def test_bad_author_photo_is_refused_with_an_italian_message_and_the_form_kept(
    admin_user_client, case
):
    name, content, ctype = BAD_UPLOADS[case]
    content = content if content is not None else png_bomb()
    response = admin_user_client.post(
        "/admin/authors/author/add/",
        {
            "name": "Giulia Fotografa",
            "slug": "giulia-fotografa",
            "bio": "Una biografia da non perdere.",
            "is_active": "on",
            "photo": SimpleUploadedFile(name, content, content_type=ctype),
        },
    )
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "photo" in form.errors
    assert any(word in form.errors["photo"][0] for word in ("immagine", "SVG", "pixel"))
    assert "Una biografia da non perdere." in response.content.decode()
