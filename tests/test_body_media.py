"""Pictures, galleries and embeds inside an article body: what the editor
writes survives the sanitizer, pages draw it from the library with caption
and credit, uses are recorded, and a picture from elsewhere is never lost
without a word."""

import pytest
from django.urls import reverse

from articles import services
from articles.admin.forms import ArticleAdminForm
from articles.sanitize import clean_html
from tests.support.admin_forms import change_form_data
from tests.support.factories import ArticleFactory, GalleryFactory, PictureFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def _figure(picture, caption="Didascalia di questo articolo", alt="Alt di questo articolo"):
    return (
        f'<figure class="picture" data-picture="{picture.pk}"><img src="/media/x.jpg" alt="{alt}">'
        f"<figcaption>{caption}</figcaption></figure>"
    )


def test_the_sanitizer_keeps_the_editors_media_forms_and_nothing_more():
    kept = (
        '<figure class="picture" data-picture="12"><img src="/media/a.jpg" alt="A">'
        "<figcaption>C</figcaption></figure>"
        '<p>Testo <img data-picture="13" src="/media/b.jpg" alt="B"></p>'
        '<figure class="gallery" data-gallery="7"><figcaption>Galleria</figcaption></figure>'
    )
    assert clean_html(kept) == kept
    hostile = (
        '<figure class="picture evil" data-picture="1 or 1=1" data-gallery="x" onclick="a()">'
        '<img data-picture="-3" data-gallery="4" src="/media/a.jpg" alt="A"></figure>'
        '<figure class="gallery" data-gallery="07"></figure>'
    )
    assert (
        clean_html(hostile)
        == '<figure><img src="/media/a.jpg" alt="A"></figure><figure class="gallery"></figure>'
    )


def test_a_body_picture_is_drawn_from_the_library_with_this_uses_caption_and_the_credit(client):
    picture = PictureFactory(credit="Mario Rossi / Fiat Media", caption="Didascalia della libreria")
    article = ArticleFactory(body=f"<p>Prima.</p>{_figure(picture)}<p>Dopo.</p>")
    html = client.get(article.get_absolute_url()).content.decode()
    picture.refresh_from_db()
    assert picture.renditions["full"][0]["webp"] in html
    assert "Didascalia di questo articolo" in html and "Foto: Mario Rossi / Fiat Media" in html
    assert 'alt="Alt di questo articolo"' in html
    assert "/media/x.jpg" not in html  # the stored src was only for the editor
    assert html.index("Prima.") < html.index("Didascalia di questo articolo") < html.index("Dopo.")


def test_a_picture_deleted_from_the_library_leaves_no_hole_in_the_text(client):
    article = ArticleFactory(body=f"<p>Prima.</p>{_figure(PictureFactory())}<p>Dopo.</p>")
    article.body_media.all().delete()  # as if the row had gone
    article.body = article.body.replace('data-picture="', 'data-picture="9')
    type(article).objects.filter(pk=article.pk).update(body=article.body)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Prima." in html and "Dopo." in html and "Didascalia di questo articolo" not in html


def test_saving_records_which_pictures_and_galleries_the_body_shows():
    picture, gallery = PictureFactory(), GalleryFactory(size=1)
    article = ArticleFactory(
        body=_figure(picture)
        + f'<figure class="gallery" data-gallery="{gallery.pk}"><figcaption>G</figcaption></figure>'
        + '<figure class="picture" data-picture="999999"><img src="/media/z.jpg" alt="z"></figure>'
    )
    uses = {(u.picture_id, u.gallery_id) for u in article.body_media.all()}
    assert uses == {(None, gallery.pk), (picture.pk, None)}
    article.body = "<p>Niente.</p>"
    services.article_save(article=article)
    assert not article.body_media.exists()


def test_a_picture_pasted_from_another_site_is_named_and_the_text_kept(client):
    article = ArticleFactory(draft=True)
    client.force_login(role_user("Caporedattore"))
    body = (
        "<p>Il testo incollato da Google Docs.</p>"
        '<p><img src="https://lh7-rt.googleusercontent.com/docsz/foto.png" alt="foto"></p>'
    )
    url = reverse("admin:articles_article_change", args=[article.pk])
    response = client.post(url, change_form_data(client, article, body=body))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["body"]
    assert "non viene dalla libreria" in errors[0]
    assert "Il testo incollato da Google Docs." in response.content.decode()
    article.refresh_from_db()
    assert "Google Docs" not in article.body


def test_library_pictures_in_the_text_are_saved_from_the_admin(client):
    picture = PictureFactory()
    article = ArticleFactory(draft=True)
    client.force_login(role_user("Caporedattore"))
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = change_form_data(client, article, body=_figure(picture))
    assert client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert f'data-picture="{picture.pk}"' in article.body
    assert [u.picture for u in article.body_media.all()] == [picture]


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


def test_the_editor_offers_library_pictures_galleries_and_embeds_not_the_popup_picker(client):
    client.force_login(role_user("Redattore"))
    html = client.get(reverse("admin:articles_article_add")).content.decode()
    config = ArticleAdminForm().fields["body"].widget.get_config()
    extensions = config["extensions"]
    assert {"MediaPicture", "MediaGallery", "MediaEmbed"} <= set(extensions)
    assert not {"Figure", "Image", "Caption"} & set(extensions)
    assert extensions["MediaPicture"]["chooserUrl"] == reverse("admin:media_picture_chooser")
    assert any(module.endswith("js/editor-media.js") for module in config["js_modules"])
    assert "js/media-chooser.js" in html and "CKEditorFuncNum" not in html
