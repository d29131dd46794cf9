from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from django.utils import timezone

from consent import policy
from consent.models import (
    CategoryKey,
    ConsentCategory,
    ConsentPolicy,
    ConsentScript,
    ConsentService,
)
from tests.support.consent_support import (
    ElementFinder,
    banner_shown,
    choose,
)
from tests.support.factories import ArticleFactory, AuthorFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("banner_rendered_or_kept")]
ROOT = Path(__file__).resolve().parents[1]


def test_first_visit_shows_the_banner_and_sets_no_cookie(client, demo_consent):
    response = client.get("/")
    html = response.content.decode()
    assert banner_shown(html)
    assert "Accetta tutti" in html and "Rifiuta tutti" in html and "Personalizza" in html
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


def test_reject_accept_and_customize_are_the_same_element_with_the_same_classes(
    client, demo_consent
):
    html = client.get("/").content.decode()
    banner = html.split('id="consent-banner"', 1)[1].split("</section>", 1)[0]
    reject = ElementFinder.find(banner, value="reject_all")
    accept = ElementFinder.find(banner, value="accept_all")
    customize = ElementFinder.find(banner, **{"data-consent-customize": None})
    assert len(reject) == len(accept) == len(customize) == 1
    (rtag, rattrs), (atag, aattrs), (ctag, cattrs) = reject[0], accept[0], customize[0]
    assert rtag == atag == ctag == "button"
    assert rattrs["class"] == aattrs["class"] == cattrs["class"]
    assert rattrs["type"] == aattrs["type"] == cattrs["type"] == "submit"


def test_banner_is_a_labelled_dialog_with_an_x_that_rejects_and_says_so(client, demo_consent):
    html = client.get("/").content.decode()
    dialog = ElementFinder.find(html, id="consent-banner")[0][1]
    assert dialog["role"] == "dialog"
    assert 'id="consent-title"' in html and dialog["aria-labelledby"] == "consent-title"
    close = ElementFinder.find(html, value="close")[0][1]
    assert close["aria-label"] == "Chiudi e continua senza accettare"
    assert "Chiudere questo banner con la X significa continuare senza accettare" in html
    assert 'href="/cookie-policy/"' in html.split('id="consent-banner"', 1)[1]
    # No pre-ticked optional boxes, no JS needed: plain forms posting to the consent view.
    assert 'action="/cookie/scelta/"' in html
    for key in CategoryKey.STATISTICS, CategoryKey.MARKETING, CategoryKey.THIRD_PARTY:
        box = ElementFinder.find(html, id=f"panel-cat-{key}")[0][1]
        assert "checked" not in box


def test_no_optional_service_configured_means_no_banner_at_all(client, demo_consent):
    ConsentService.objects.exclude(category__key=CategoryKey.NECESSARY).delete()
    ConsentScript.objects.all().delete()
    assert not banner_shown(client.get("/").content.decode())


def test_every_public_page_type_sets_no_cookie_before_a_choice(client, demo_consent, embed_article):
    author = AuthorFactory(slug="firma")
    article = ArticleFactory(authors=[author], tags=["Elettriche"])
    urls = [
        "/",
        embed_article.get_absolute_url(),
        article.section.get_absolute_url(),
        "/tag/elettriche/",
        "/autore/firma/",
        "/cookie-policy/",
        "/privacy/",
        "/cookie/preferenze/",
        "/pagina-che-non-esiste/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert not response.cookies, (url, response.cookies)
    assert not client.cookies


def test_public_templates_never_ask_for_a_csrf_cookie():
    for template in (ROOT / "templates").rglob("*.html"):
        if "admin" in template.parts:
            continue
        assert "csrf_token" not in template.read_text(), template


def test_pages_stay_cacheable_and_vary_on_the_consent_cookie(client, demo_consent):
    response = client.get("/")
    assert "Cookie" in response.headers["Vary"]
    assert "private" not in response.headers.get("Cache-Control", "")


def _with_choice(client, action="reject_all"):
    response = choose(client, action)
    assert response.status_code == 302
    return response


def test_banner_is_not_shown_again_while_the_choice_is_current(client, demo_consent):
    _with_choice(client)
    for url in ("/", "/cookie-policy/", "/"):
        assert not banner_shown(client.get(url).content.decode())


def test_banner_returns_after_six_months_and_not_a_day_before(client, demo_consent):
    start = timezone.now().replace(microsecond=0)
    with time_machine.travel(start, tick=False):
        _with_choice(client)
    boundary = policy.add_months(start, 6)
    with time_machine.travel(boundary - timedelta(days=1), tick=False):
        assert not banner_shown(client.get("/").content.decode())
    with time_machine.travel(boundary + timedelta(days=1), tick=False):
        assert banner_shown(client.get("/").content.decode())


def test_banner_returns_when_admins_bump_the_policy_version(client, demo_consent):
    _with_choice(client)
    assert not banner_shown(client.get("/").content.decode())
    policy_row = ConsentPolicy.load()
    policy_row.version += 1
    policy_row.save()
    assert banner_shown(client.get("/").content.decode())


def test_banner_returns_when_the_consent_cookie_is_gone_or_forged(client, demo_consent):
    _with_choice(client)
    del client.cookies[policy.COOKIE_NAME]
    assert banner_shown(client.get("/").content.decode())
    client.cookies[policy.COOKIE_NAME] = '{"c": ["marketing"], "v": 1}'
    assert banner_shown(client.get("/").content.decode())


def test_footer_of_every_page_links_to_the_preferences(client, demo_consent, embed_article):
    _with_choice(client)
    for url in ("/", embed_article.get_absolute_url(), "/cookie-policy/"):
        html = client.get(url).content.decode()
        footer = html.split('class="site-footer"', 1)[1]
        assert "Preferenze cookie" in footer
        assert 'href="/cookie/preferenze/?next=' in footer


def test_content_security_policy_allows_configured_script_hosts_and_embed_frames(
    client, demo_consent
):
    ConsentScript.objects.create(
        category=ConsentCategory.objects.get(key=CategoryKey.STATISTICS),
        name="Analytics esterno",
        src="https://stats.example.com/a.js",
    )
    header = client.get("/").headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in header.split(";") if d.strip())
    assert directives["script-src"] == "'self' https://stats.example.com"
    assert "https://www.youtube-nocookie.com" in directives["frame-src"]
    assert "'unsafe-inline'" not in header


def _box(html, key, prefix="panel"):
    return ElementFinder.find(html, id=f"{prefix}-cat-{key}")[0][1]


def test_each_reader_sees_the_banner_of_their_own_consent_on_the_same_page(client, demo_consent):
    from django.test import Client

    deciding, browser_refusing = Client(), Client()
    first = client.get("/").content.decode()
    choose(deciding, "save", categories=[CategoryKey.STATISTICS], via="preferences")
    decided = deciding.get("/").content.decode()
    refused = browser_refusing.get("/", HTTP_SEC_GPC="1").content.decode()
    again = client.get("/").content.decode()

    assert banner_shown(first) and banner_shown(again) and banner_shown(refused)
    assert not banner_shown(decided)
    assert "checked" in _box(decided, CategoryKey.STATISTICS)
    for html in (first, again, refused):
        assert "checked" not in _box(html, CategoryKey.STATISTICS)
    assert "disabled" in _box(refused, CategoryKey.MARKETING)
    assert "disabled" not in _box(again, CategoryKey.MARKETING)
    assert "Rifiutati dal tuo browser" in refused and "Rifiutati dal tuo browser" not in again


def test_the_banner_returns_each_page_to_itself_with_its_address_escaped(client, demo_consent):
    article = ArticleFactory(title="Una notizia")
    pages = {
        "/": "/",
        article.get_absolute_url(): article.get_absolute_url(),
        '/cerca/?q="auto"<b>&pagina=2': "/cerca/?q=%22auto%22%3Cb%3E&amp;pagina=2",
    }
    for url, returned in pages.items():
        html = client.get(url).content.decode()
        assert html.count(f'name="next" value="{returned}"') == 2  # the banner and its panel
        assert "\ue000" not in html


def test_a_category_changed_by_admins_shows_in_the_banner_at_once(client, demo_consent):
    assert "Statistiche anonime del sito" not in client.get("/").content.decode()
    category = ConsentCategory.objects.get(key=CategoryKey.STATISTICS)
    category.name = "Statistiche anonime del sito"
    category.save()  # in a test the page cache's on-commit retirement never runs
    assert "Statistiche anonime del sito" in client.get("/").content.decode()
