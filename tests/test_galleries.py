"""Photo galleries for readers: a plain list of figures that works without
JavaScript, each photo with position, caption and credit and its own URL;
structured data for every photo; feeds carry the first photo and a link;
the gallery's script and styles only on pages that have one."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings

from articles.library import photo_url
from articles.models import ArticleKind
from tests.support.factories import ArticleFactory, GalleryFactory, PictureFactory
from tests.support.html_tools import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def gallery():
    pictures = [
        PictureFactory(
            caption=f"Didascalia della foto {n}",
            credit=f"Fotografo {n}",
            alt=f"Descrizione della foto {n}",
            copyright_holder="Casa automobilistica",
        )
        for n in range(1, 6)
    ]
    return GalleryFactory(title="Il salone in cinque foto", pictures=pictures)


@pytest.fixture
def article(gallery):
    return ArticleFactory(
        title="Fotogallery dal salone",
        kind=ArticleKind.GALLERY,
        gallery=gallery,
        lead_picture=gallery.items.first().picture,
    )


def _items(html):
    return [
        attrs
        for tag, attrs, _ in parse(html).tags
        if tag == "li" and "gallery__item" in attrs.get("class", "")
    ]


def test_gallery_is_a_list_of_figures_each_with_position_caption_credit_and_own_url(
    client, article, gallery
):
    html = client.get(article.get_absolute_url()).content.decode()
    items = _items(html)
    assert len(items) == 5
    for n, item in enumerate(items, start=1):
        assert item["data-url"] == photo_url(article, gallery.pk, n)
        assert f"{n} di 5" in html
        assert f"Didascalia della foto {n}" in html and f"Foto: Fotografo {n}" in html
    assert html.index("Didascalia della foto 1") < html.index("Didascalia della foto 5")
    imgs = [
        a
        for t, a, _ in parse(html).tags
        if t == "img" and "Descrizione della foto" in a.get("alt", "")
    ]
    # Explicit sizes (no layout shift) and lazy loading after the first photo.
    assert all(img.get("width") and img.get("height") for img in imgs)
    assert all(img.get("loading") == "lazy" for img in imgs[2:])


def test_each_photo_url_opens_the_article_at_that_photo_with_its_own_title_and_image(
    client, article, gallery
):
    url = photo_url(article, gallery.pk, 3)
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Foto 3 di 5: Fotogallery dal salone" in html
    assert f'<link rel="canonical" href="{settings.SITE_URL}{url}">' in html
    assert 'data-start="3"' in html
    assert f'href="#galleria-{gallery.pk}-foto-3"' in html  # "go to photo 3", without JavaScript
    og = re.search(r'<meta property="og:image" content="([^"]+)"', html)[1]
    picture = gallery.items.all()[2].picture
    picture.refresh_from_db()
    assert og.endswith(picture.renditions["social"][0]["jpg"])
    assert 'content="Didascalia della foto 3"' in html  # the description


@pytest.mark.parametrize("number", [0, 6, 9999])
def test_a_photo_that_is_not_there_is_404(client, article, gallery, number):
    assert client.get(photo_url(article, gallery.pk, number)).status_code == 404


def test_a_gallery_not_in_the_article_has_no_photo_urls_there(client, article):
    other = GalleryFactory(size=2)
    assert client.get(photo_url(article, other.pk, 1)).status_code == 404


def test_a_gallery_inside_the_body_gets_photo_urls_too(client):
    gallery = GalleryFactory(size=2, title="Gli interni")
    article = ArticleFactory(
        body=f'<p>Testo.</p><figure class="gallery" data-gallery="{gallery.pk}"><figcaption>x</figcaption></figure>'
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Gli interni" in html and "Testo." in html
    assert client.get(photo_url(article, gallery.pk, 2)).status_code == 200


def test_structured_data_lists_every_photo_with_caption_credit_and_rights(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    news = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
    )
    photos = news["associatedMedia"]
    assert [p["position"] for p in photos] == [1, 2, 3, 4, 5]
    assert photos[1]["caption"] == "Didascalia della foto 2"
    assert photos[1]["creditText"] == "Fotografo 2"
    assert photos[1]["copyrightNotice"] == "Casa automobilistica"
    assert all(
        p["@type"] == "ImageObject" and p["contentUrl"].startswith("https://") for p in photos
    )
    assert photos[4]["url"].startswith(settings.SITE_URL) and photos[4]["url"].endswith("/foto/5/")


def test_news_article_image_lists_the_three_ratios_google_asks_for(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    news = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
    )
    assert len(news["image"]) == 3
    picture = article.lead_picture
    picture.refresh_from_db()
    ratios = []
    for name in ("lead", "wide4x3", "wide1x1"):
        size = picture.renditions[name][-1]
        assert news["image"][len(ratios)].endswith(size["jpg"])
        ratios.append(round(size["w"] / size["h"], 2))
    assert ratios == [1.78, 1.33, 1.0]


def test_feeds_carry_the_first_photo_and_a_link_to_the_gallery(client, article, gallery):
    root = ET.fromstring(client.get("/feed/").content)
    item = next(i for i in root.iter("item") if i.findtext("title") == article.title)
    description = item.findtext("description")
    first = gallery.items.first().picture
    first.refresh_from_db()
    assert first.renditions["full"][-1]["jpg"] in description
    assert f'{article.get_absolute_url()}#galleria-{gallery.pk}"' in description
    assert "Fotogallery: 5 foto" in description and "Foto: Fotografo 1" in description
    assert item.find("enclosure") is not None


def test_cards_of_a_photo_gallery_carry_its_marker(client, article):
    ArticleFactory(title="Una notizia qualunque")
    html = client.get("/").content.decode()
    assert html.count('class="card__marker"') == 1
    card = html[html.index('class="card__marker"') :]
    assert card.index("fotogallery") < card.index("Fotogallery dal salone")


def test_the_gallery_script_and_styles_only_load_on_pages_with_a_gallery(client, article):
    plain = ArticleFactory(title="Senza galleria")
    with_gallery = client.get(article.get_absolute_url()).content.decode()
    without = client.get(plain.get_absolute_url()).content.decode()
    for asset in ("js/gallery.js", "css/gallery.css", "css/gallery-nojs.css"):
        assert asset in with_gallery
        assert asset not in without
    assert "<noscript>" in with_gallery  # the plain list of figures without JavaScript
