"""The reader's trust in a real browser: the footer's transparency pages, and a
search with a typo and filters; screenshots of a sponsored article, the staff
page and search results at phone and desktop widths."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import article_url

SPONSORED_SLUG = "ricaricare-casa-wallbox-guida"
PHONE_375 = {"width": 375, "height": 812}
DESKTOP_1280 = {"width": 1280, "height": 900}


def _on_postgresql(site) -> bool:
    return site.env["DATABASE_URL"].startswith(("postgres://", "postgresql://"))


def test_reader_opens_about_us_and_the_staff_from_the_footer(site, page):
    page.goto(site.url + "/")
    footer = page.locator("footer.site-footer")
    expect(footer.locator(".legal-line")).to_contain_text("P.IVA 12345678903")
    expect(footer.locator(".legal-line")).to_contain_text("Direttore responsabile: Marco Bellandi")
    footer.get_by_role("link", name="Chi siamo").click()
    expect(page).to_have_url(re.compile(r"/chi-siamo/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Chi siamo")
    expect(page.locator(".legal-data")).to_contain_text("Redazione Motori Digitale S.r.l.")
    expect(page.locator(".legal-data")).to_contain_text("Tribunale di Milano")
    page.locator("footer.site-footer").get_by_role("link", name="Redazione").click()
    expect(page).to_have_url(re.compile(r"/redazione/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Redazione")
    giulia = page.locator(".masthead__person", has_text="Giulia Ferraresi")
    expect(giulia.locator(".masthead__role")).to_have_text("Caporedattrice")
    giulia.get_by_role("link", name="Giulia Ferraresi").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Giulia Ferraresi")


def test_reader_searches_with_a_typo_and_narrows_by_section_and_date(site, page):
    page.goto(site.url + "/cerca/")
    box = page.locator("#search-q")
    if _on_postgresql(site):
        box.fill("polestr")
        box.press("Enter")
        expect(page.locator(".search-suggestion")).to_contain_text("Forse cercavi: polestar")
        expect(page.locator(".search-results")).to_contain_text("Polestar")
        page.locator(".search-suggestion").get_by_role("link", name="polestar").click()
        expect(page.locator("#search-q")).to_have_value("polestar")
    box = page.locator("#search-q")
    box.fill("auto")
    page.get_by_role("button", name="Cerca", exact=True).last.click()
    everything = page.locator(".search-message[role=status]").inner_text()
    page.locator("summary", has_text="Restringi la ricerca").click()
    page.get_by_label("Sezione").select_option(label="Mercato")
    page.get_by_label("Pubblicati dal").fill("2020-01-01")
    page.get_by_role("button", name="Cerca", exact=True).last.click()
    expect(page).to_have_url(re.compile(r"sezione=mercato&dal=2020-01-01"))
    kickers = page.locator(".search-results .result .card__meta")
    assert kickers.count() > 0
    assert page.locator(".search-message[role=status]").inner_text() != everything
    for i in range(kickers.count()):
        expect(kickers.nth(i)).to_contain_text("Mercato")
    expect(page.get_by_label("Sezione")).to_have_value("mercato")
    expect(page.locator(".result mark").first).to_be_visible()
    # A date typed by hand in the address: an Italian message, the words kept.
    page.goto(site.url + "/cerca/?q=elettrica&dal=ieri")
    expect(page.locator(".search-message--error")).to_contain_text("non è valida")
    expect(page.locator("#search-q")).to_have_value("elettrica")


def test_a_sponsored_article_is_labelled_and_its_links_are_sponsored(site, page):
    page.goto(site.url + article_url(site, SPONSORED_SLUG))
    label = page.locator(".article__intro .sponsored__label")
    expect(label).to_have_text(re.compile(r"Sponsorizzato da\s+Voltaria Energia"))
    expect(page.locator(".byline__by")).to_have_count(0)
    link = page.locator(".article__body a", has_text="voltaria-energia.example")
    expect(link).to_have_attribute("rel", "sponsored")


@pytest.mark.screenshots
@pytest.mark.parametrize(("label", "viewport"), [("phone", PHONE_375), ("desktop", DESKTOP_1280)])
def test_screenshots_of_the_readers_trust_pages(
    site, browser, browser_context_args, screenshot_dir, label, viewport
):
    phone = label == "phone"
    context = browser.new_context(
        **browser_context_args, viewport=viewport, is_mobile=phone, has_touch=phone
    )
    page = context.new_page()
    query = "polestr" if _on_postgresql(site) else "elettrica"
    shots = {
        "sponsored": article_url(site, SPONSORED_SLUG),
        "staff": "/redazione/",
        "about": "/chi-siamo/",
        "search": f"/cerca/?q={query}",
    }
    for name, path in shots.items():
        page.goto(site.url + path)
        banner = page.locator(".consent__close")
        if banner.count() and banner.first.is_visible():
            banner.first.click()
        page.screenshot(path=screenshot_dir / f"trust-{name}-{label}.png")
        page.screenshot(path=screenshot_dir / f"trust-{name}-{label}-full.png", full_page=True)
    context.close()
