"""axe-core in Chromium: no serious or critical violations on the reader's pages."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE

PAGES = {
    "home": "/",
    "article": None,  # the seed article, looked up on the site
    "section": "/sezione/auto-elettriche/",
    "tag": "/tag/polestar-4/",
    "author": "/autore/digitalvoice/",
    "search": "/cerca/?q=elettrica",
    "search-error": "/cerca/?q=a",
    "corrections": "/correzioni/",
}


# Page structure is checked whatever axe's impact rating (these are "moderate").
STRUCTURE_RULES = {"heading-order", "landmark-one-main", "region", "page-has-heading-one", "bypass"}


def _serious(results):
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical") or v["id"] in STRUCTURE_RULES
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_or_critical_axe_violations(site, browser, seed_url, name, viewport, scheme):
    context = browser.new_context(
        viewport=viewport, color_scheme=scheme, locale="it-IT", timezone_id="Europe/Rome"
    )
    page = context.new_page()
    response = page.goto(site.url + (PAGES[name] or seed_url))
    assert response.status == 200
    found = _serious(Axe().run(page))
    context.close()
    assert not found, "\n".join(found)


def test_keyboard_focus_is_visible_and_the_skip_link_appears(site, browser, seed_url):
    context = browser.new_context(viewport=DESKTOP, locale="it-IT")
    page = context.new_page()
    page.goto(site.url + seed_url)
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Vai al contenuto")
    expect(skip).to_be_focused()
    assert skip.bounding_box()["y"] >= 0  # moved on screen when focused
    share = page.get_by_role("link", name="Condividi su Facebook")
    share.focus()
    style = share.evaluate(
        "el => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineWidth]; }"
    )
    assert style[0] != "none" and float(style[1].removesuffix("px")) >= 2
    context.close()
