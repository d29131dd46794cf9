"""A WordPress newsroom moves in: the realistic export in tests/data/wordpress
(22 posts in every status, 3 authors, nested categories, messy data, a broken
item) becomes articles readers find at their new addresses, and every old
address answers 301."""

import html
import re
import shutil
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError

from articles.models import Article, ArticleKind, ArticleTransition, Section, Tag, TagRedirect
from articles.workflow import State, Status
from authors.models import Author
from importer.models import ImportedPost, OldPermalink
from media.models import Picture
from tests.support.crawl import assert_clean, crawl
from tests.support.wordpress import EXPORT, UPLOADS, run_import

pytestmark = pytest.mark.django_db

OLD_SITE = "https://www.motori-ieri.example"
# WordPress ID → (title, section slug, author slug, tags, lead image?) of each published post.
PUBLISHED = {
    10: ("Tesla Model 3 – la prova “definitiva” sulle strade di casa", "auto", "giulia-ferri",
         {"Tesla", "Ricarica", "Elettriche"}, True),
    11: ("Usato, i prezzi salgono ancora: +8% in un anno", "mercato", "marco-bianchi",
         {"Tesla", "Milano", "Usato"}, True),
    12: ("Fiat Grande Panda: la prova in tre scatti", "prove", "l-esposito", {"Tesla", "Fiat"}, True),
    13: ("Bologna Città 30, un anno dopo: meno incidenti", "mobilita", "redazione",
         {"Città 30", "Bologna"}, True),
    14: ("Toyota Yaris Hybrid, arriva la serie speciale", "auto", "giulia-ferri", {"Ibride"}, False),
    20: ("Caro carburante: il prezzo sale & i listini pure", "mercato", "marco-bianchi",
         {"€", "!!!"}, False),
    21: ("Richiami: 40.000 auto in officina", "auto", "l-esposito", set(), False),
    24: ("Immatricolazioni di marzo: le ibride superano le diesel", "mercato", "marco-bianchi",
         {"Ricarica", "Auto", "Ibride"}, False),
    25: ("Colonnine di ricarica: in Italia sono 55.000", "auto", "giulia-ferri",
         {"Ricarica", "Elettriche"}, True),
    26: ("Patente, le nuove regole per i neopatentati", "senza-categoria", "l-esposito", set(), False),
    27: ("Alfa Romeo Junior: l’anteprima", "auto", "giulia-ferri", {"Alfa Romeo"}, False),
    28: ("Autostrade, i pedaggi aumentano del 2,3%", "mobilita", "marco-bianchi", {"Milano"}, False),
    29: ("Volkswagen ID.3, prova del restyling", "prove", "l-esposito", {"Prova"}, True),
    30: ("Auto aziendali, la nuova tassazione", "mercato", "marco-bianchi", {"Incentivi"}, False),
    31: ("Dacia Spring, la più economica delle elettriche", "auto", "giulia-ferri",
         {"Tesla", "Elettriche"}, True),
}  # fmt: skip


@pytest.fixture
def imported():
    return run_import()


def article(wp_id: int) -> Article:
    return ImportedPost.objects.select_related("article").get(wp_id=wp_id).article


def test_each_published_post_is_on_the_site_with_title_author_tags_section_and_lead_image(
    client, imported
):
    for wp_id, (title, section, author, tags, lead) in PUBLISHED.items():
        piece = article(wp_id)
        assert piece.is_public, wp_id
        page = client.get(piece.get_absolute_url())
        assert page.status_code == 200, wp_id
        text = html.unescape(page.content.decode())
        assert title in text
        assert piece.title == title
        assert piece.section.slug == section
        assert [a.slug for a in piece.byline] == [author]
        assert Author.objects.get(slug=author).name in text
        assert set(piece.tags.names()) == tags, wp_id
        for tag in piece.tags.all():
            assert tag.get_absolute_url() in text
        assert (piece.lead_picture is not None) == lead, wp_id
        if lead and piece.gallery is None:  # a photo gallery opens with its photos instead
            assert "article__lead" in text
            assert piece.lead_image_renditions["lead"], wp_id
            assert piece.lead_picture.credit in text


def test_published_dates_bodies_and_standfirsts_come_from_wordpress(client, imported):
    tesla = article(10)
    assert tesla.published_at == datetime(2024, 3, 4, 8, 30, tzinfo=UTC)
    assert tesla.get_absolute_url() == "/2024/03/04/tesla-model-3-prova-definitiva/"
    assert tesla.standfirst == "Una settimana con la berlina elettrica più venduta d’Italia."
    assert "Abbiamo guidato la <strong>Tesla Model 3</strong>" in tesla.body
    assert not tesla.was_updated  # written when it was published, as on WordPress
    page = client.get(tesla.get_absolute_url()).content.decode()
    assert "Abbiamo guidato la <strong>Tesla Model 3</strong>" in page


def test_statuses_follow_the_workflow_and_private_or_trashed_posts_are_skipped(imported):
    assert article(15).state == State.SCHEDULED
    assert not article(15).is_public
    assert article(16).status == Status.DRAFT and article(16).published_at is None
    assert article(17).status == Status.REVIEW
    assert not ImportedPost.objects.filter(wp_id__in=[18, 19, 50, 60]).exists()
    assert Article.objects.count() == len(PUBLISHED) + 3
    assert "«Nota interna sulla redazione» (ID 18): privato su WordPress" in imported
    assert "«Articolo cestinato» (ID 19): nel cestino di WordPress" in imported
    assert "voci di menu 1, pagine 1" in imported


def test_every_import_is_in_the_articles_history_under_the_import_account(imported):
    piece = article(10)
    step = ArticleTransition.objects.get(article=piece)
    assert (step.name, step.from_status, step.to_status) == ("import", "draft", "published")
    assert "10" in step.note and "publish" in step.note
    assert step.by.username == "importazione-wordpress"
    assert not step.by.is_active and not step.by.has_usable_password()
    assert piece.created_by == step.by


def test_broken_items_bad_dates_and_unknown_authors_are_skipped_with_their_reason(imported):
    assert "Articoli creati: 18" in imported
    assert "Articoli saltati: 5" in imported
    assert "«Articolo di un autore sconosciuto» (ID 22): autore sconosciuto «fantasma»" in imported
    assert "«Data impossibile» (ID 23): data di pubblicazione non valida" in imported
    assert "«Elemento rotto senza ID» (ID ?): elemento senza un ID WordPress valido" in imported
    assert not Article.objects.filter(title__in=["Data impossibile", "Chi siamo"]).exists()


def test_a_post_without_author_is_signed_by_the_desk_and_the_report_says_so(imported):
    assert [a.name for a in article(13).byline] == ["Redazione"]
    assert "(ID 13): senza autore su WordPress: firmato dalla redazione" in imported


def test_authors_become_profiles_and_no_user_is_made_unless_asked(imported):
    made = Author.objects.filter(slug__in=["giulia-ferri", "marco-bianchi", "l-esposito"])
    assert sorted(made.values_list("name", flat=True)) == [
        "Giulia Ferri",
        "Lucia Esposito",
        "Marco Bianchi",
    ]
    assert not made.filter(user__isnull=False).exists()
    assert not get_user_model().objects.filter(username="giulia.ferri").exists()


def test_with_create_users_each_author_gets_an_account_without_a_password():
    run_import(EXPORT, "--create-users")
    user = Author.objects.get(slug="giulia-ferri").user
    assert user.username == "giulia.ferri"
    assert user.email == "giulia.ferri@motori-ieri.example"
    assert not user.has_usable_password()
    assert list(user.groups.values_list("name", flat=True)) == ["Redattore"]


def test_nested_categories_make_top_level_sections_and_the_rest_tags(imported):
    assert set(Section.objects.values_list("slug", flat=True)) == {
        "auto", "mercato", "prove", "mobilita", "senza-categoria",
    }  # fmt: skip
    assert Section.objects.get(slug="mercato").name == "Mercato & Vendite"
    assert Section.objects.get(slug="auto").description == "Novità, listini e anteprime."
    # Yoast's primary category decides among several.
    assert article(24).section.slug == "mercato"


def test_tags_differing_only_in_case_are_one_tag_and_odd_names_get_ascii_slugs(client, imported):
    assert Tag.objects.filter(name__iexact="tesla").count() == 1
    assert Tag.objects.get(name__iexact="tesla").tagged_articles.count() == 4
    assert Tag.objects.get(name="Città 30").slug == "citta-30"
    assert Tag.objects.get(name="€").slug == "euro"
    assert Tag.objects.get(name="!!!").slug.startswith("tag-")
    assert all(slug.isascii() for slug in Tag.objects.values_list("slug", flat=True))
    # WordPress's own tag addresses lead to the tag's page.
    assert TagRedirect.objects.get(old_slug="città-30").tag.name == "Città 30"
    moved = client.get("/tag/citt%C3%A0-30/")
    assert (moved.status_code, moved["Location"]) == (301, "/tag/citta-30/")


def test_old_wordpress_addresses_answer_301_to_the_new_ones(client, imported):
    tesla = article(10).get_absolute_url()
    for old in (
        "/auto/elettriche/tesla-model-3-prova-definitiva/",
        "/auto/elettriche/tesla-model-3-prova-definitiva",
        "/auto/elettriche/tesla-model-3-prova-definitiva/amp/",
        "/auto/elettriche/tesla-model-3-prova-definitiva/?amp=1",
        "/?p=10",
        "/?p=10&utm_source=facebook",
    ):
        response = client.get(old)
        assert (response.status_code, response.get("Location")) == (301, tesla), old
    accented = client.get("/mobilit%C3%A0/bologna-citta-30-un-anno-dopo/")
    assert accented["Location"] == article(13).get_absolute_url()
    assert "Reindirizzamenti dai vecchi indirizzi creati: 33" in imported


def test_old_addresses_of_articles_not_public_yet_stay_404(client, imported):
    assert client.get("/?p=15").status_code == 200  # the home page, not the scheduled piece
    assert client.get("/?p=15")["Content-Type"].startswith("text/html")
    assert OldPermalink.objects.filter(query="p=15").exists()
    assert client.get("/?p=999").status_code == 200
    assert client.get("/auto/senza-senso/").status_code == 404


def test_a_second_run_creates_nothing_and_changes_nothing(imported):
    versions = dict(Article.objects.values_list("pk", "version"))
    counts = {model: model.objects.count() for model in (Article, Tag, Section, Author)}
    again = run_import()
    assert "Articoli creati: 0" in again
    assert "Articoli aggiornati: 0" in again
    assert "Articoli invariati: 18" in again
    assert "Reindirizzamenti dai vecchi indirizzi creati: 0" in again
    assert dict(Article.objects.values_list("pk", "version")) == versions
    assert {model: model.objects.count() for model in counts} == counts
    # What was missing is still said, until the file turns up.
    assert "2024/03/mancante.jpg (immagine in evidenza)" in again


def test_a_post_changed_on_wordpress_is_updated_by_the_next_run(tmp_path, imported):
    changed = tmp_path / "export.xml"
    changed.write_bytes(
        EXPORT.read_bytes().replace(b"Autonomia reale</h2>", b"Autonomia vera</h2>")
    )
    before = article(10).version
    again = run_import(changed)
    assert "Articoli creati: 0" in again
    assert "Articoli aggiornati: 1" in again
    assert "Autonomia vera" in article(10).body
    assert article(10).version == before + 1


def test_an_article_the_desk_edited_since_is_not_overwritten(tmp_path, imported):
    piece = article(10)
    Article.objects.filter(pk=piece.pk).update(title="Titolo della redazione", version=99)
    changed = tmp_path / "export.xml"
    changed.write_bytes(EXPORT.read_bytes().replace(b"430 km", b"450 km"))
    again = run_import(changed)
    assert "(ID 10): modificato in redazione dopo l'importazione" in again
    assert article(10).title == "Titolo della redazione"


def test_a_missing_picture_found_later_is_imported_by_the_next_run(tmp_path, imported):
    assert article(14).lead_picture is None
    assert "(ID 14): 2024/03/mancante.jpg (immagine in evidenza)" in imported
    uploads = tmp_path / "uploads"
    shutil.copytree(UPLOADS, uploads)
    shutil.copy(uploads / "2024/03/citta-30.jpg", uploads / "2024/03/mancante.jpg")
    again = run_import(EXPORT, media_dir=uploads)
    assert "Articoli aggiornati: 1" in again
    assert article(14).lead_picture.alt == "Una Toyota Yaris Hybrid"


def test_dry_run_reports_and_writes_nothing(settings):
    models = (Article, ArticleTransition, Tag, TagRedirect, Section, Author, ImportedPost,
              OldPermalink, get_user_model())  # fmt: skip
    report = run_import(EXPORT, "--dry-run")
    assert "SIMULAZIONE (--dry-run): nessuna modifica è stata salvata." in report
    assert "Articoli da creare: 18" in report
    assert "Articoli saltati: 5" in report
    assert all(model.objects.count() == 0 for model in models)
    media = settings.MEDIA_ROOT
    assert not media.exists() or not any(path.is_file() for path in media.rglob("*"))


def test_without_media_dir_articles_come_without_pictures_and_the_report_says_why():
    report = run_import(EXPORT, media_dir=None)
    assert "Articoli creati: 18" in report
    assert not Article.objects.filter(lead_picture__isnull=False).exists()
    assert not Picture.objects.exists()
    assert "nessuna cartella indicata con --media-dir" in report


def test_a_default_section_takes_the_posts_without_a_category():
    news = Section.objects.create(name="Notizie", slug="notizie")
    run_import(EXPORT, "--default-section", "notizie")
    assert article(26).section == news
    assert not Section.objects.filter(slug="senza-categoria").exists()
    with pytest.raises(CommandError, match="La sezione «nessuna» non esiste."):
        run_import(EXPORT, "--default-section", "nessuna")


def test_the_imported_site_passes_the_crawl(client, imported):
    result = crawl(client)
    assert_clean(result)
    for wp_id in PUBLISHED:
        assert result.statuses.get(article(wp_id).get_absolute_url()) == 200, wp_id
    assert article(12).kind == ArticleKind.GALLERY
    assert article(12).gallery.items.count() >= 2  # its gallery is the piece


def test_a_featured_image_removed_on_wordpress_leaves_the_article_too(tmp_path, imported):
    picture = article(10).lead_picture
    assert picture is not None
    changed = tmp_path / "export.xml"
    changed.write_bytes(
        EXPORT.read_bytes().replace(
            b"<![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[101]",
            b"<![CDATA[_edit_last]]></wp:meta_key><wp:meta_value><![CDATA[101]",
        )
    )
    assert "Articoli aggiornati: 1" in run_import(changed)
    assert article(10).lead_picture is None
    assert Picture.objects.filter(pk=picture.pk).exists()  # it stays in the library


def test_control_characters_and_html_entities_never_reach_the_articles(imported):
    controls = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
    for piece in Article.objects.all():
        for text in (piece.title, piece.standfirst, piece.body):
            assert not controls.search(text), (piece.slug, text)
        assert "&#" not in piece.title and "&amp;" not in piece.title
    carburante = article(20)
    assert carburante.title == "Caro carburante: il prezzo sale & i listini pure"
    assert carburante.standfirst == "Benzina e diesel di nuovo in aumento."
    assert "Testo incollato da Word" in carburante.body
