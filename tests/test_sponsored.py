"""Article types and sponsored content: the label readers see, the schema.org
type, and a sponsored piece said to be one everywhere it travels (IAP)."""

import extruct
import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import checks, services
from articles.models import ArticleKind, Sponsor
from articles.workflow import Status
from tests.support.factories import ArticleFactory, PictureFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def sponsor():
    return Sponsor.objects.create(
        name="Voltaria Energia",
        link="https://www.voltaria.example/",
        disclaimer="Contenuto realizzato in collaborazione con Voltaria Energia.",
    )


@pytest.fixture
def sponsored(sponsor):
    return ArticleFactory(
        kind=ArticleKind.SPONSORED,
        sponsor=sponsor,
        title="Ricaricare a casa",
        standfirst="Come scegliere la wallbox.",
        body=(
            '<p>Le offerte su <a href="https://www.voltaria.example/wallbox">Voltaria</a>, '
            'le notizie sulla <a href="/sezione/auto/">ricarica</a>.</p>'
        ),
    )


def _ld(html):
    return extruct.extract(html, syntaxes=["json-ld"], uniform=True)["json-ld"]


def test_a_sponsored_article_says_sponsored_by_instead_of_a_byline(client, sponsored):
    html = client.get(sponsored.get_absolute_url()).content.decode()
    assert (
        'Sponsorizzato da <a href="https://www.voltaria.example/" rel="sponsored noopener">' in html
    )
    assert "Contenuto realizzato in collaborazione con Voltaria Energia." in html
    assert 'class="byline__by"' not in html


def test_a_sponsored_search_result_names_its_sponsor_without_a_query_of_its_own(client, sponsored):
    plain = ArticleFactory(title="Ricaricare in viaggio")
    for n in range(3):
        picture = PictureFactory() if n == 0 else None
        ArticleFactory(title=f"Ricaricare ovunque {n}", section=plain.section, lead_picture=picture)

    def search(words):
        client.get("/cerca/", {"q": words})  # the stems and the ranking's estimate, kept
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/cerca/", {"q": words}).content.decode()
        return html, len(queries)

    html, one_result = search("viaggio")
    assert html.count('class="result ') == 1  # neither sponsored nor pictured
    html, five_results = search("ricaricare")
    assert html.count('class="result ') == 5
    assert "Sponsorizzato da Voltaria Energia" in html
    assert 'class="result__thumb"' in html
    assert five_results == one_result  # section, picture and sponsor come with the rows


def test_links_in_a_sponsored_body_are_marked_sponsored_when_rendered(client, sponsored):
    html = client.get(sponsored.get_absolute_url()).content.decode()
    assert '<a href="https://www.voltaria.example/wallbox" rel="sponsored">Voltaria</a>' in html
    assert '<a href="/sezione/auto/">ricarica</a>' in html  # our own pages are not advertising
    sponsored.refresh_from_db()
    assert "sponsored" not in sponsored.body  # the stored body is untouched


def test_absolute_links_to_our_own_site_are_not_marked_sponsored(client, sponsor):
    # tests.settings: SITE_URL is https://www.newsroom-prova.it
    piece = ArticleFactory(
        kind=ArticleKind.SPONSORED,
        sponsor=sponsor,
        body=(
            '<p><a href="https://WWW.newsroom-prova.it/sezione/auto/">la nostra guida</a> '
            '<a href="https://www.newsroom-prova.it.example/">un sosia</a> '
            '<a href="http://newsroom-prova.it/">altro host</a></p>'
        ),
    )
    html = client.get(piece.get_absolute_url()).content.decode()
    assert '<a href="https://WWW.newsroom-prova.it/sezione/auto/">la nostra guida</a>' in html
    assert '<a href="https://www.newsroom-prova.it.example/" rel="sponsored">' in html
    assert '<a href="http://newsroom-prova.it/" rel="sponsored">' in html


def test_a_plain_news_article_links_are_left_alone(client):
    article = ArticleFactory(body='<p><a href="https://www.example.com/">fonte</a></p>')
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<a href="https://www.example.com/">fonte</a>' in html


def test_sponsored_cards_carry_the_label_not_the_authors(client, sponsored):
    html = client.get(sponsored.section.get_absolute_url()).content.decode()
    card = html[html.index('class="card') :]
    assert "Sponsorizzato da Voltaria Energia" in card
    assert sponsored.byline[0].name not in card


def test_feeds_say_a_piece_is_sponsored_before_its_title_and_description(client, sponsored):
    for url in ("/feed/", "/feed/atom/"):
        entry = feedparser.parse(client.get(url).content).entries[0]
        assert entry.summary.startswith("Sponsorizzato da Voltaria Energia — Come scegliere")
        # Readers that show titles only see it too, and no journalist signs it.
        assert entry.title.startswith("Sponsorizzato da Voltaria Energia — Ricaricare a casa")
        assert not entry.get("authors") and not entry.get("author")


def test_share_previews_say_a_piece_is_sponsored(client, sponsored):
    html = client.get(sponsored.get_absolute_url()).content.decode()
    assert (
        '<meta property="og:title" content="Sponsorizzato da Voltaria Energia — Ricaricare a casa">'
        in html
    )
    assert '<meta name="twitter:label1" content="Sponsorizzato da">' in html
    assert '<meta name="twitter:data1" content="Voltaria Energia">' in html


def test_sponsored_pieces_are_left_out_of_the_google_news_sitemap(client, sponsored):
    news = ArticleFactory(title="Una notizia vera")
    xml = client.get("/news-sitemap.xml").content.decode()
    assert news.slug in xml and sponsored.slug not in xml
    assert sponsored.slug in client.get("/sitemap-articoli.xml").content.decode()


def test_a_sponsored_piece_without_a_sponsor_cannot_be_published():
    article = ArticleFactory(
        status=Status.REVIEW, published_at=None, ready=True, kind=ArticleKind.SPONSORED
    )
    failing = {c.code for c in checks.prepublish_checks(article) if not c.ok}
    assert failing == {"sponsor"}
    with pytest.raises(services.ArticleError, match="scegli lo sponsor"):
        services.article_transition(name="publish", article=article, by=role_user("Caporedattore"))


def test_a_sponsored_piece_with_a_sponsor_passes_the_checks(sponsor):
    article = ArticleFactory(draft=True, ready=True, kind=ArticleKind.SPONSORED, sponsor=sponsor)
    assert all(c.ok for c in checks.prepublish_checks(article))


@pytest.mark.parametrize(
    ("kind", "schema_type", "label"),
    [
        (ArticleKind.NEWS, "NewsArticle", None),
        (ArticleKind.REVIEW, "ReviewNewsArticle", "Prova su strada"),
        (ArticleKind.OPINION, "OpinionNewsArticle", "Opinione"),
        (ArticleKind.ANALYSIS, "AnalysisNewsArticle", "Analisi"),
        (ArticleKind.GALLERY, "NewsArticle", "Fotogallery"),
    ],
)
def test_each_type_has_its_visible_label_and_schema_org_type(client, kind, schema_type, label):
    article = ArticleFactory(kind=kind)
    html = client.get(article.get_absolute_url()).content.decode()
    assert [i["@type"] for i in _ld(html)][0] == schema_type
    home = client.get("/").content.decode()
    if label:
        assert label.lower() in html.lower()
        assert label.lower() in home.lower()
    else:
        assert 'class="kind-label' not in html


def test_a_sponsored_piece_is_advertiser_content_with_its_sponsor(client, sponsored):
    (item, *_rest) = _ld(client.get(sponsored.get_absolute_url()).content.decode())
    assert item["@type"] == "AdvertiserContentArticle"
    assert item["sponsor"] == {
        "@type": "Organization",
        "name": "Voltaria Energia",
        "url": "https://www.voltaria.example/",
    }


def test_public_pages_allow_large_image_previews_for_discover(client):
    article = ArticleFactory()
    for path in ("/", article.get_absolute_url(), "/chi-siamo/"):
        html = client.get(path).content.decode()
        assert '<meta name="robots" content="max-image-preview:large">' in html, path


def test_the_desk_keeps_the_sponsors():
    assert role_user("Caporedattore").has_perm("articles.change_sponsor")
    assert not role_user("Redattore").has_perm("articles.change_sponsor")


def test_the_sponsors_logo_stands_next_to_the_label(client, sponsored):
    from media.services import ensure_renditions
    from tests.support.factories import PictureFactory

    logo = PictureFactory(alt="")
    ensure_renditions(logo, ("full",))
    Sponsor.objects.filter(pk=sponsored.sponsor_id).update(logo=logo)
    html = client.get(sponsored.get_absolute_url()).content.decode()
    box = html[html.index('class="sponsored"') :].split("</div>\n</div>")[0]
    assert 'class="sponsored__logo"' in box and 'alt="Voltaria Energia"' in box
