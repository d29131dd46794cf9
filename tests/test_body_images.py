"""Images inside the body go through the same pipeline as the lead image."""

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from tests.support.admin_forms import change_form_data
from tests.support.factories import ArticleFactory, jpeg_bytes
from tests.support.images import BAD_UPLOADS, jpeg_with_gps, png_bomb
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db

URL = reverse("admin:articles_article_image_upload")


@pytest.fixture
def writer(client):
    client.force_login(role_user("Redattore"))
    return client


def test_body_image_is_stored_without_gps_and_handed_back_to_the_editor(writer):
    upload = SimpleUploadedFile("gps.jpg", jpeg_with_gps(), content_type="image/jpeg")
    response = writer.post(
        URL + "?CKEditorFuncNum=3",
        {"image": upload, "alt": "Una berlina in prova", "caption": "In pista"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    url = response.context["image_url"]
    assert 'data-func-num="3"' in html and 'data-alt="Una berlina in prova"' in html
    name = url.removeprefix("/media/")
    with default_storage.open(name) as fh, Image.open(fh) as img:
        assert img.getexif().get_ifd(0x8825) == {}
        assert 0x010F not in img.getexif()


def test_large_body_image_is_scaled_down(writer):
    upload = SimpleUploadedFile("grande.jpg", jpeg_bytes(3000, 2000), content_type="image/jpeg")
    response = writer.post(URL, {"image": upload, "alt": "Foto grande"})
    name = response.context["image_url"].removeprefix("/media/")
    with default_storage.open(name) as fh, Image.open(fh) as img:
        assert img.width == 1600


@pytest.mark.parametrize("kind", list(BAD_UPLOADS))
def test_bad_body_image_is_refused_with_an_italian_message(writer, kind):
    name, content, mime = BAD_UPLOADS[kind]
    content = content if content is not None else png_bomb()
    response = writer.post(
        URL, {"image": SimpleUploadedFile(name, content, content_type=mime), "alt": "Prova"}
    )
    assert response.status_code == 200
    assert "image_url" not in response.context
    assert response.context["errors"]
    assert 'class="errorlist"' in response.content.decode()


def test_body_image_needs_alt_text(writer):
    upload = SimpleUploadedFile("foto.jpg", jpeg_bytes(), content_type="image/jpeg")
    response = writer.post(URL, {"image": upload, "alt": " "})
    assert "testo alternativo è obbligatorio" in response.content.decode()


def test_body_from_the_editor_is_cleaned_on_the_server(client):
    desk = role_user("Caporedattore")
    article = ArticleFactory(draft=True)
    client.force_login(desk)

    pasted = (
        '<p class="MsoNormal" style="margin:0"><span style="mso-bidi-font-family:Calibri">'
        "Testo incollato da Word</span><o:p></o:p></p>"
        '<figure class="figure"><img src="/media/a.jpg" alt="Auto" data-file="9" '
        'onerror="alert(1)"><figcaption>Didascalia</figcaption></figure>'
        '<script>alert("x")</script><a href="javascript:alert(1)">link</a>'
    )
    url = reverse("admin:articles_article_change", args=[article.pk])
    assert client.post(url, change_form_data(client, article, body=pasted)).status_code == 302
    article.refresh_from_db()
    assert article.body == (
        "<p>Testo incollato da Word</p>"
        '<figure><img src="/media/a.jpg" alt="Auto"><figcaption>Didascalia</figcaption></figure>'
        "<a>link</a>"
    )
