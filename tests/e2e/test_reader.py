import re

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE, SEED_TITLE

SEED_BYLINE = "Elena Marchetti"


def test_reader_opens_the_seed_article_from_the_home_page_on_a_phone(site, phone_page):
    page = phone_page
    page.goto(site.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "it")
    page.get_by_role("link", name=re.compile(SEED_TITLE)).first.click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Busan")
    byline_date = page.locator(".byline time").inner_text()
    assert re.fullmatch(r"[a-zì]+ \d{1,2} [a-z]+ \d{4}, \d{2}:\d{2}", byline_date), byline_date

    lead = page.locator(".article__lead img")
    expect(lead).to_have_attribute("alt", re.compile("stabilimento"))
    current = lead.evaluate("img => img.currentSrc")
    assert "/renditions/" in current and "-lead-" in current, current
    natural_width = lead.evaluate("img => img.naturalWidth")
    assert natural_width <= 1600

    expect(page.locator(".author-box")).to_contain_text(SEED_BYLINE)
    expect(page.locator(".tags")).to_contain_text("Polestar")

    page.locator(".tags").get_by_role("link", name="Polestar 4").click()
    expect(page).to_have_url(re.compile(r"/tag/polestar-4/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Polestar 4")

    page.go_back()
    page.locator(".author-box").get_by_role("link", name=SEED_BYLINE).click()
    expect(page).to_have_url(re.compile(r"/autore/digitalvoice/$"))
    expect(page.locator(".card").first).to_be_visible()


@pytest.mark.screenshots
def test_screenshots_of_home_and_article_at_phone_and_desktop_widths(
    site, browser, screenshot_dir, seed_url
):
    for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(viewport=viewport, locale="it-IT", timezone_id="Europe/Rome")
        page = context.new_page()
        for name, path in (("home", "/"), ("article", seed_url)):
            page.goto(site.url + path)
            # A full-page picture should show the cards below the fold too.
            page.locator("img[loading=lazy]").evaluate_all(
                "imgs => imgs.forEach(i => (i.loading = 'eager'))"
            )
            page.wait_for_load_state("networkidle")
            target = screenshot_dir / f"{name}-{label}.png"
            page.screenshot(path=str(target), full_page=True)
            assert target.stat().st_size > 10_000
        context.close()
