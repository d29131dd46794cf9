"""The publisher's legal and transparency data: the P.IVA is checked, the legal
line is on every public page, the transparency pages show the record and the
staff, search engines read a NewsMediaOrganization, and production warns
while the data is missing."""

from datetime import date

import extruct
import pytest
from django.core.exceptions import ValidationError

from publisher import checks as publisher_checks
from publisher.models import Publisher
from publisher.vat import is_valid, validate_vat_number
from tests.support.factories import ArticleFactory, AuthorFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db

LEGAL = {
    "masthead": "Motori Oggi",
    "company": "Editrice Prova S.r.l.",
    "street_address": "Via Roma 1",
    "postal_code": "10121",
    "city": "Torino",
    "vat_number": "00743110157",
    "court": "Tribunale di Torino",
    "registration_number": "45/2020",
    "registration_date": date(2020, 5, 4),
    "editor_in_chief": "Laura Bianchi",
    "email": "redazione@motori-oggi.example",
    "phone": "+39 011 123456",
}


def make_publisher(**changes) -> Publisher:
    record = Publisher(**{**LEGAL, **changes})
    record.full_clean()
    record.save()
    return record


# P.IVA ---------------------------------------------------------------------


@pytest.mark.parametrize("number", ["00743110157", "12345678903", "IT 12345678903", "0123456789 7"])
def test_a_partita_iva_with_the_right_check_digit_is_valid(number):
    assert is_valid(number)
    validate_vat_number(number)


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("12345678901", "non è valida"),  # check digit should be 3
        ("00743110158", "non è valida"),
        ("1234567890", "11 cifre"),
        ("123456789012", "11 cifre"),
        ("1234567890A", "solo cifre"),
        ("ABCDEFGHIJK", "solo cifre"),
        ("00000000000", "non è valida"),
    ],
)
def test_a_wrong_partita_iva_is_refused_with_an_italian_reason(number, message):
    assert not is_valid(number)
    with pytest.raises(ValidationError, match=message):
        validate_vat_number(number)


def test_the_record_needs_a_court_registration_or_the_exemption():
    with pytest.raises(ValidationError, match="registrazione"):
        make_publisher(court="", registration_number="", registration_date=None)
    exempt = make_publisher(
        court="",
        registration_number="",
        registration_date=None,
        registration_exempt=True,
        exemption_note="Periodico esente da registrazione (art. 3-bis d.l. 63/2012)",
    )
    assert exempt.pk


def test_there_is_only_ever_one_record():
    make_publisher()
    with pytest.raises(ValidationError):
        make_publisher(masthead="Un'altra testata")
    assert Publisher.objects.get().masthead == "Motori Oggi"


# Footer and pages -----------------------------------------------------------


def test_the_transparency_pages_show_the_record_and_the_staff_with_their_roles(client):
    make_publisher(about_text="Siamo una redazione.\n\nSecondo paragrafo <b>.")
    AuthorFactory(name="Sara Verdi", role="Caporedattrice")
    AuthorFactory(name="Ex Collega", role="Redattore", is_active=False)
    about = client.get("/chi-siamo/").content.decode()
    assert "<p>Siamo una redazione.</p>" in about and "&lt;b&gt;" in about
    assert "Editrice Prova S.r.l." in about and "00743110157" in about
    masthead = client.get("/redazione/").content.decode()
    assert "Sara Verdi" in masthead and "Caporedattrice" in masthead
    assert "Laura Bianchi" in masthead  # the direttore responsabile
    assert "Ex Collega" not in masthead
    contacts = client.get("/contatti/").content.decode()
    assert 'href="mailto:redazione@motori-oggi.example"' in contacts
    policy = client.get("/policy-editoriale/").content.decode()
    assert 'id="correzioni"' in policy and 'href="/correzioni/"' in policy


def test_pages_and_footer_work_before_any_legal_data_exists(client):
    for path in ("/", "/chi-siamo/", "/redazione/", "/contatti/", "/policy-editoriale/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "legal-line" not in response.content.decode()


# Structured data ------------------------------------------------------------


def _json_ld(html: str) -> list[dict]:
    return extruct.extract(html, syntaxes=["json-ld"], uniform=True)["json-ld"]


def test_the_home_page_describes_the_publisher_as_a_news_media_organization(client):
    make_publisher()
    items = _json_ld(client.get("/").content.decode())
    org = next(i for i in items if i["@type"] == "NewsMediaOrganization")
    assert org["name"] == "Motori Oggi" and org["legalName"] == "Editrice Prova S.r.l."
    assert org["vatID"] == "IT00743110157"
    assert org["address"]["addressLocality"] == "Torino"
    assert org["publishingPrinciples"] == "https://www.newsroom-prova.it/policy-editoriale/"
    assert org["correctionsPolicy"].endswith("/policy-editoriale/#correzioni")
    assert org["masthead"] == "https://www.newsroom-prova.it/redazione/"
    assert org["contactPoint"]["email"] == "redazione@motori-oggi.example"
    assert org["logo"]["url"].startswith("https://")


def test_every_article_names_the_publisher_record_as_its_publisher(client):
    make_publisher()
    article = ArticleFactory()
    items = _json_ld(client.get(article.get_absolute_url()).content.decode())
    news = next(i for i in items if i["@type"] == "NewsArticle")
    assert news["publisher"]["@type"] == "NewsMediaOrganization"
    assert news["publisher"]["name"] == "Motori Oggi"
    assert news["publisher"]["vatID"] == "IT00743110157"


def test_without_a_record_articles_still_name_the_site_as_publisher(client, settings):
    article = ArticleFactory()
    items = _json_ld(client.get(article.get_absolute_url()).content.decode())
    news = next(i for i in items if i["@type"] == "NewsArticle")
    assert news["publisher"]["name"] == settings.SITE_NAME
    assert news["publisher"]["logo"]["url"].endswith(".png")
    assert "vatID" not in news["publisher"]


def test_saving_the_record_changes_the_footer_at_once(client):
    record = make_publisher()
    assert "Motori Oggi" in client.get("/").content.decode()
    record.masthead = "Motori Domani"
    record.save()
    assert "Motori Domani" in client.get("/").content.decode()


# System check and permissions ----------------------------------------------


def test_production_warns_while_the_legal_data_is_missing_or_incomplete(settings):
    settings.DEBUG = False
    assert [w.id for w in publisher_checks.legal_data_check()] == ["publisher.W001"]
    record = make_publisher()
    assert publisher_checks.legal_data_check() == []
    Publisher.objects.filter(pk=record.pk).update(editor_in_chief="")
    (warning,) = publisher_checks.legal_data_check()
    assert warning.id == "publisher.W002" and "direttore responsabile" in warning.msg


def test_development_and_an_unmigrated_database_get_no_warning(settings, monkeypatch):
    settings.DEBUG = True
    assert publisher_checks.legal_data_check() == []
    settings.DEBUG = False
    monkeypatch.setattr(publisher_checks, "_migrated", lambda: False)
    assert publisher_checks.legal_data_check() == []


def test_only_the_amministratore_edits_the_legal_data():
    assert role_user("Amministratore").has_perm("publisher.change_publisher")
    for role in ("Caporedattore", "Redattore"):
        assert not role_user(role).has_perm("publisher.change_publisher"), role


def test_the_admin_list_opens_the_one_record(admin_user_client):
    assert admin_user_client.get("/admin/publisher/publisher/")["Location"].endswith("/add/")
    record = make_publisher()
    response = admin_user_client.get("/admin/publisher/publisher/")
    assert response["Location"].endswith(f"/publisher/publisher/{record.pk}/change/")


def test_a_library_picture_is_the_organizations_logo_uncropped(client, settings):
    from media.services import ensure_renditions
    from tests.support.factories import PictureFactory

    picture = PictureFactory()
    ensure_renditions(picture, ("full",))
    make_publisher(logo=picture)
    items = _json_ld(client.get("/").content.decode())
    logo = next(i for i in items if i["@type"] == "NewsMediaOrganization")["logo"]
    full = picture.renditions["full"][-1]
    assert logo["url"] == settings.SITE_URL + settings.MEDIA_URL + full["jpg"]
    assert (logo["width"], logo["height"]) == (full["w"], full["h"])


def test_the_admin_refuses_a_wrong_partita_iva_in_italian_and_keeps_what_was_typed(
    admin_user_client,
):
    form = {
        **{k: v for k, v in LEGAL.items() if k != "registration_date"},
        "registration_date": "04/05/2020",
        "vat_number": "12345678901",
    }
    response = admin_user_client.post("/admin/publisher/publisher/add/", form)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Questa partita IVA non è valida" in html
    assert 'value="12345678901"' in html and 'value="Motori Oggi"' in html
    assert not Publisher.objects.exists()
    form["vat_number"] = "IT 00743110157"
    response = admin_user_client.post("/admin/publisher/publisher/add/", form)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Publisher.objects.get().vat_number == "00743110157"


def test_the_staff_order_left_empty_in_the_admin_falls_back_to_the_default(admin_user_client):
    from authors.models import Author

    response = admin_user_client.post(
        "/admin/authors/author/add/",
        {
            "name": "Sara Verdi",
            "slug": "sara-verdi",
            "role": "Caporedattrice",
            "is_active": "on",
            "masthead_order": "",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    sara = Author.objects.get(slug="sara-verdi")
    assert (sara.role, sara.masthead_order) == ("Caporedattrice", 100)
