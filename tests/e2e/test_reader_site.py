"""The reader's site in a real browser: header search, share bar, no-JS use."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE, SEED_TITLE

NETWORK_HOSTS = {
    "www.facebook.com",
    "www.pinterest.com",
    "x.com",
    "www.linkedin.com",
    "api.whatsapp.com",
    "t.me",
}


def test_reader_searches_from_the_header_and_opens_a_result(site, phone_page):
    page = phone_page
    page.goto(site.url + "/")
    box = page.get_by_role("searchbox", name="Cerca negli articoli")
    box.fill("Busan")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/cerca/\?q=Busan$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Cerca")
    expect(page.locator(".search-message")).to_contain_text("per «Busan»")
    page.locator(".search-results").get_by_role("link", name=re.compile(SEED_TITLE)).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Busan")


def test_bad_search_shows_an_italian_message_not_an_error(site, page):
    response = page.goto(site.url + "/cerca/?q=%27%3B+DROP+TABLE+x%3B--+%21%21")
    assert response.status == 200
    page.goto(site.url + "/cerca/?q=a")
    expect(page.locator(".search-message--error")).to_contain_text("Scrivi almeno 2 lettere")


def test_share_links_point_to_the_networks_with_the_article_url(site, page, seed_url):
    page.goto(site.url + seed_url)
    # The full bar ends the article (under the photo: a link to it).
    share = page.get_by_role("region", name="Condividi").last
    links = share.get_by_role("link")
    expect(links).to_have_count(7)
    canonical = site.url + seed_url
    hosts = set()
    for i in range(links.count()):
        href = links.nth(i).get_attribute("href")
        parts = urlsplit(href)
        if parts.scheme == "mailto":
            assert canonical in parse_qs(parts.query)["body"][0]
            continue
        hosts.add(parts.netloc)
        values = [v for vs in parse_qs(parts.query).values() for v in vs]
        assert any(canonical in v for v in values), href
        assert "noopener" in links.nth(i).get_attribute("rel")
    assert hosts == NETWORK_HOSTS
    expect(share.get_by_role("link", name="Condividi su Facebook")).to_be_visible()


def test_share_icons_are_drawn_from_the_sprite_within_the_content_security_policy(
    site, page, seed_url
):
    refused = []
    page.on(
        "console", lambda msg: refused.append(msg.text) if "Content Security" in msg.text else None
    )
    sprites = []
    page.on("response", lambda r: sprites.append(r) if "/img/icons." in r.url else None)
    page.goto(site.url + seed_url, wait_until="networkidle")
    assert refused == []
    assert [r.status for r in sprites] == [200]
    assert sprites[0].headers["content-type"].startswith("image/svg+xml")
    # getBBox is empty unless the browser found and drew the symbol.
    widths = page.locator(".share__link use").evaluate_all(
        "uses => uses.map(u => u.getBBox().width)"
    )
    assert len(widths) == 7 and all(width > 0 for width in widths), widths


def test_copy_link_puts_the_article_url_on_the_clipboard(site, browser, seed_url):
    context = browser.new_context(viewport=DESKTOP, locale="it-IT")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url)
    page = context.new_page()
    page.goto(site.url + seed_url)
    page.get_by_role("button", name="Copia link").first.click()
    expect(page.locator("[data-share-status]").first).to_have_text("Link copiato")
    assert page.evaluate("navigator.clipboard.readText()") == site.url + seed_url
    context.close()


def test_without_javascript_share_links_and_search_still_work(site, browser, seed_url):
    context = browser.new_context(viewport=PHONE, locale="it-IT", java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + seed_url)
    share = page.locator(".share--end")
    expect(share.get_by_role("link")).to_have_count(7)
    expect(page.get_by_role("button", name="Copia link").first).to_be_hidden()
    expect(page.get_by_role("button", name="Condividi…").first).to_be_hidden()
    box = page.get_by_role("searchbox", name="Cerca negli articoli")
    box.fill("Polestar")
    page.locator(".site-search").get_by_role("button", name="Cerca").click()
    expect(page.locator(".search-results li").first).to_be_visible()
    context.close()


def test_only_our_own_host_is_contacted_while_reading_an_article(site, browser, seed_url):
    context = browser.new_context(viewport=DESKTOP, locale="it-IT")
    page = context.new_page()
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    page.goto(site.url + seed_url, wait_until="networkidle")
    page.mouse.wheel(0, 5000)
    page.wait_for_load_state("networkidle")
    assert hosts == {urlsplit(site.url).netloc}
    context.close()


@pytest.mark.screenshots
def test_screenshots_of_article_share_bar_and_search(site, browser, screenshot_dir, seed_url):
    for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(viewport=viewport, locale="it-IT", timezone_id="Europe/Rome")
        page = context.new_page()
        page.goto(site.url + seed_url)
        page.screenshot(path=str(screenshot_dir / f"article-top-{label}.png"))
        page.goto(site.url + "/cerca/?q=elettrica")
        page.screenshot(path=str(screenshot_dir / f"search-{label}.png"), full_page=True)
        context.close()


def test_the_seed_article_page_with_its_css_and_js_is_at_most_60_kb(site, page, seed_url):
    """The real page (demo body, related articles) as the browser downloads it."""
    sizes = {}

    def record(response):
        kind = response.request.resource_type
        if kind in ("document", "stylesheet", "script"):
            sizes[response.url] = len(response.body())

    page.on("response", record)
    page.goto(site.url + seed_url, wait_until="networkidle")
    assert any(u.endswith(".css") for u in sizes) and any(u.endswith(".js") for u in sizes)
    total = sum(sizes.values())
    assert total <= 60 * 1024, sizes
