"""A chosen file survives a validation error: kept for the form, sent once."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from authors.models import Author
from newsroom import keptfiles
from tests.support.admin_forms import article_add_data
from tests.support.factories import AuthorFactory, PictureFactory, SectionFactory, jpeg_bytes

pytestmark = pytest.mark.django_db


def _kept_reference(html, field):
    match = re.search(rf'name="{field}__kept" value="([^"]+)"', html)
    assert match, "no kept file in the form"
    return match.group(1)


def test_the_chosen_lead_picture_survives_a_form_error(admin_user_client):
    # The chooser puts the file in the library at once: the form only holds
    # its choice, which comes back with the errors.
    section, author = SectionFactory(), AuthorFactory()
    picture = PictureFactory(title="Citycar blu in piazza")
    response = admin_user_client.post(
        "/admin/articles/article/add/",
        article_add_data(section, author, title="", lead_picture=picture.pk),
    )
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "title" in form.errors
    assert str(form["lead_picture"].value()) == str(picture.pk)
    assert "Citycar blu in piazza" in response.content.decode()


def test_the_author_photo_survives_a_form_error(admin_user_client):
    upload = SimpleUploadedFile("ritratto.jpg", jpeg_bytes(400, 400), content_type="image/jpeg")
    data = {"name": "Giulia Neri", "slug": "", "is_active": "on"}
    first = admin_user_client.post("/admin/authors/author/add/", {**data, "photo": upload})
    reference = _kept_reference(first.content.decode(), "photo")
    second = admin_user_client.post(
        "/admin/authors/author/add/", {**data, "slug": "giulia-neri", "photo__kept": reference}
    )
    assert second.status_code == 302
    assert Author.objects.get(slug="giulia-neri").photo


def test_a_forged_reference_brings_back_nothing():
    assert keptfiles.restore("kept/not-signed.jpg") is None
    assert keptfiles.restore(keptfiles.signing.dumps("../settings.py", salt=keptfiles.SALT)) is None
