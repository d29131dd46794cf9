"""Rights expiry: the day after a picture's rights end it leaves every public
page (lead image, cards, body, galleries, social and search metadata, feeds)
without anyone editing an article, and the desk is warned."""

import json
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from media.models import Picture
from tests.support.factories import ArticleFactory, GalleryFactory, PictureFactory, image_file
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def _folders(picture) -> set[str]:
    """Where the picture's files are: none of these may appear on a page."""
    picture.refresh_from_db()
    paths = [s["jpg"] for sizes in picture.renditions.values() for s in sizes]
    assert paths
    return {path.rsplit("/", 1)[0] + "/" for path in paths} | {picture.file.name}


@pytest.fixture
def expired():
    picture = PictureFactory(
        image=image_file("scaduta.jpg"),
        title="Foto con i diritti scaduti",
        credit="Agenzia Scaduta",
    )
    Picture.objects.filter(pk=picture.pk).update(
        rights_expire_on=timezone.localdate() - timedelta(days=1)
    )
    return Picture.objects.get(pk=picture.pk)


def test_an_expired_lead_picture_leaves_the_article_page_the_cards_and_the_metadata(
    client, expired
):
    article = ArticleFactory(lead_picture=expired, featured=True)
    ArticleFactory(lead_picture=PictureFactory())  # another card, with its picture
    page = client.get(article.get_absolute_url()).content.decode()
    home = client.get("/").content.decode()
    feed = client.get("/feed/").content.decode()
    assert feed.count("<enclosure") == 1  # the other article's
    for html in (page, home, feed):
        assert not [folder for folder in _folders(expired) if folder in html]
        assert "Agenzia Scaduta" not in html
    assert 'property="og:image"' not in page
    news = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[1]
    )
    assert "image" not in news


def test_expiry_is_inclusive_of_its_last_day(client):
    picture = PictureFactory()
    Picture.objects.filter(pk=picture.pk).update(rights_expire_on=timezone.localdate())
    article = ArticleFactory(lead_picture=picture)
    html = client.get(article.get_absolute_url()).content.decode()
    assert [folder for folder in _folders(picture) if folder in html]


def test_an_expired_picture_leaves_bodies_and_galleries_the_rest_stays(client, expired):
    kept = PictureFactory(credit="Agenzia Valida")
    gallery = GalleryFactory(pictures=[kept, expired])
    body = (
        f'<p>Prima.</p><figure class="picture" data-picture="{expired.pk}"><img src="/media/x.jpg" alt="x">'
        f"<figcaption>Didascalia scaduta</figcaption></figure><p>Dopo.</p>"
        f'<figure class="gallery" data-gallery="{gallery.pk}"><figcaption>G</figcaption></figure>'
    )
    article = ArticleFactory(body=body)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Prima." in html and "Dopo." in html
    assert "Didascalia scaduta" not in html and "Agenzia Scaduta" not in html
    assert not [folder for folder in _folders(expired) if folder in html]
    assert "Agenzia Valida" in html
    assert "1 di 1" in html  # the gallery counts only what readers can see


def test_the_desk_is_warned_on_the_article_and_can_list_expired_pictures(client, expired):
    article = ArticleFactory(lead_picture=expired)
    client.force_login(role_user("Caporedattore"))
    page = client.get(reverse("admin:articles_article_change", args=[article.pk]))
    warnings = [str(m) for m in page.context["messages"]]
    assert any("Foto con i diritti scaduti" in w and "scadut" in w for w in warnings), warnings
    listed = client.get(reverse("admin:media_picture_changelist") + "?rights=expired")
    assert list(listed.context["cl"].result_list) == [expired]
    expiring = client.get(reverse("admin:media_picture_changelist") + "?rights=expiring")
    assert list(expiring.context["cl"].result_list) == []
