"""Every picture goes through one pipeline: verified, upright, without
metadata, rendered in named sizes. Library uploads and author photos alike."""

import io
import json

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from articles import checks, services
from articles.models import Article
from media.models import Picture
from newsroom import images
from tests.support.admin_forms import article_add_data
from tests.support.factories import (
    ArticleFactory,
    AuthorFactory,
    PictureFactory,
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
from tests.support.renditions import remembering
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db

UPLOAD = reverse("admin:media_picture_upload")


@pytest.fixture
def writer(client):
    client.force_login(role_user("Redattore"))
    return client


def _upload(client, name, content, ctype="image/jpeg"):
    return client.post(
        UPLOAD,
        {"file": SimpleUploadedFile(name, content, content_type=ctype)},
        headers={"accept": "application/json"},
    )


@pytest.mark.parametrize("case", BAD_UPLOADS)
def test_bad_image_is_refused_by_the_library_with_an_italian_message(writer, case):
    name, content, ctype = BAD_UPLOADS[case]
    response = _upload(writer, name, content if content is not None else png_bomb(), ctype)
    assert response.status_code == 400
    error = json.loads(response.content)["error"]
    assert ("immagine" in error.lower()) or ("svg" in error.lower()), error
    assert not Picture.objects.exists()


@pytest.mark.parametrize("case", BAD_UPLOADS)
def test_bad_image_in_a_plain_form_upload_is_named_and_the_good_ones_kept(writer, case):
    name, content, ctype = BAD_UPLOADS[case]
    files = [
        SimpleUploadedFile(name, content if content is not None else png_bomb(), ctype),
        SimpleUploadedFile("buona.jpg", jpeg_bytes(), "image/jpeg"),
    ]
    response = writer.post(UPLOAD, {"file": files}, follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert any(m.startswith(f"{name}: ") for m in messages), messages
    assert list(Picture.objects.values_list("original_name", flat=True)) == ["buona.jpg"]
    assert response.redirect_chain[-1][0].startswith(reverse("admin:media_picture_captions"))


def test_oversize_file_is_refused_by_bytes(writer, settings):
    settings.IMAGE_MAX_BYTES = 10_000
    response = _upload(writer, "grande.jpg", jpeg_bytes(width=2000, height=1500))
    assert "troppo grande" in json.loads(response.content)["error"]
    assert not Picture.objects.exists()


def test_an_incomplete_lead_picture_keeps_the_draft_and_blocks_only_publication(
    admin_user_client,
):
    # One rule, in the pre-publish checks: a draft may wait for its picture's
    # alt text and credit; publishing it may not (articles.checks).
    section, author = SectionFactory(), AuthorFactory()
    picture = PictureFactory(alt="", credit="")
    response = admin_user_client.post(
        "/admin/articles/article/add/", article_add_data(section, author, lead_picture=picture.pk)
    )
    assert response.status_code == 302
    article = Article.objects.get()
    failing = {c.code for c in checks.prepublish_checks(article) if not c.ok and c.hard}
    assert "lead_image_alt" in failing


def test_chosen_lead_picture_is_saved_with_its_slots_rendered(admin_user_client):
    section, author = SectionFactory(), AuthorFactory()
    picture = PictureFactory()
    response = admin_user_client.post(
        "/admin/articles/article/add/", article_add_data(section, author, lead_picture=picture.pk)
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get()
    assert article.lead_picture == picture
    assert {"card", "lead", "social", "wide4x3", "wide1x1"} <= set(article.lead_image_renditions)
    social = article.lead_image_renditions["social"][0]
    assert (social["w"], social["h"]) == (1200, 630)
    assert list(article.tags.names()) and article.byline == [author]


def test_upload_is_stored_without_gps(writer):
    response = _upload(writer, "gps.jpg", jpeg_with_gps())
    assert response.status_code == 201
    picture = Picture.objects.get()
    with default_storage.open(picture.file.name) as fh, Image.open(fh) as img:
        exif = img.getexif()
        assert not exif.get_ifd(0x8825)
        assert 0x010F not in exif


def test_orientation_is_applied_to_the_stored_image():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    picture = PictureFactory(image=image_file(width=800, height=400, exif=exif))
    assert (picture.width, picture.height) == (400, 800)
    with default_storage.open(picture.file.name) as fh, Image.open(fh) as img:
        assert img.size == (400, 800)


def _stored_files(picture):
    yield picture.file.name
    for sizes in picture.renditions.values():
        for entry in sizes:
            yield from (v for k, v in entry.items() if k not in ("w", "h"))


def test_no_metadata_survives_in_the_original_or_any_rendition():
    picture = PictureFactory(
        image=SimpleUploadedFile("kit.jpg", jpeg_with_metadata(), content_type="image/jpeg")
    )
    article = ArticleFactory(lead_picture=picture)
    picture.refresh_from_db()
    names = list(_stored_files(picture))
    assert set(article.lead_image_renditions) <= set(picture.renditions)
    assert len(names) > 15
    for name in names:
        with default_storage.open(name) as fh:
            data = fh.read()
        for marker in METADATA_MARKERS:
            assert marker not in data, (name, marker)


def test_an_article_saved_again_does_not_render_its_lead_picture_again():
    article = ArticleFactory(lead_picture=PictureFactory())
    files = {entry["jpg"] for sizes in article.lead_image_renditions.values() for entry in sizes}
    modified = {name: default_storage.get_modified_time(name) for name in files}
    article.title = "Un titolo nuovo"
    services.article_save(article=article)
    article.refresh_from_db()
    assert article.lead_image_renditions == Picture.objects.get().public_renditions
    assert {name: default_storage.get_modified_time(name) for name in files} == modified


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


def test_the_suites_remembered_renditions_are_those_the_real_function_makes(settings, tmp_path):
    # tests/support/renditions.py: a second picture of the same content gets
    # the first one's bytes under its own names; they must be what rendering
    # it would have made.
    real = images.build_renditions.real
    remembered = remembering(real)
    # A picture whose every crop looks different (one colour would hide a
    # wrong crop or focal point).
    out = io.BytesIO()
    Image.effect_mandelbrot((900, 600), (-2.2, -1.2, 1.0, 1.2), 60).convert("RGB").save(out, "JPEG")
    names = [default_storage.save(f"originals/{n}.jpg", ContentFile(out.getvalue())) for n in "abc"]
    focus = (0.3, 0.7)
    remembered(names[0])  # centred: rendered, and kept
    remembered(names[0], focus=focus)  # another focal point: rendered, and kept
    copied = remembered(names[1], focus=focus)  # written from what was kept
    made = real(names[2], focus=focus)
    assert copied.keys() == made.keys() == images.RENDITIONS.keys()
    for name in made:
        for copy, size in zip(copied[name], made[name], strict=True):
            assert (copy["w"], copy["h"]) == (size["w"], size["h"])
            for field in set(size) - {"w", "h"}:
                assert copy[field].startswith(images.rendition_folder(names[1]))
                with default_storage.open(copy[field]) as a, default_storage.open(size[field]) as b:
                    assert a.read() == b.read()
