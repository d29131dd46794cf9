"""Consent in a real browser: nothing leaves for another host before a yes."""

import re
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE, article_url, csp_refusals

EMBED_SLUG = "ricarica-autostrada-colonnine-alta-potenza"
ANALYTICS = "/static/js/demo-analytics.js"


@pytest.fixture(scope="module")
def embed_url(site):
    return article_url(site, EMBED_SLUG)


class Traffic:
    """Every request the page makes; anything for another host is blocked and noted."""

    def __init__(self, page):
        self.urls, self.foreign = [], []
        page.on("request", lambda request: self.urls.append(request.url))
        page.route(re.compile(r"^https?://(?!127\.0\.0\.1[:/]).*"), self._block)

    def _block(self, route):
        self.foreign.append(route.request.url)
        route.abort()

    def loaded(self, path):
        return any(urlsplit(url).path == path for url in self.urls)


def test_before_any_choice_no_cookie_and_nothing_leaves_for_another_host(site, page, embed_url):
    traffic = Traffic(page)
    csp_reports = csp_refusals(page)
    for path in ("/", "/cookie-policy/", embed_url):
        page.goto(site.url + path)
        expect(page.get_by_role("dialog", name="I cookie e la tua privacy")).to_be_visible()
        page.mouse.wheel(0, 2000)  # scrolling or clicking elsewhere is never consent
        page.locator(".site-footer__name").click()
        assert page.evaluate("document.cookie") == ""
    assert page.context.cookies() == []
    assert traffic.foreign == []
    assert not traffic.loaded(ANALYTICS)
    expect(page.locator("[data-embed] iframe")).to_have_count(0)

    page.get_by_role("button", name="Accetta tutti").click()
    expect(page.locator("#consent-banner")).to_be_hidden()
    expect(page.locator("html")).to_have_attribute("data-demo-analytics", "loaded")
    assert traffic.loaded(ANALYTICS)
    expect(page.locator("[data-embed] iframe")).to_have_count(1)
    assert csp_reports == []  # the report-only policy would hold if enforced


def test_escape_is_never_consent(site, page):
    page.goto(site.url + "/")
    page.get_by_role("button", name="Rifiuta tutti").focus()
    page.keyboard.press("Escape")
    expect(page.locator("#consent-banner")).to_be_visible()
    assert page.context.cookies() == []


def test_reject_with_the_x_is_remembered_and_sets_no_optional_cookie(site, page):
    traffic = Traffic(page)
    page.goto(site.url + "/")
    page.get_by_role("button", name="Chiudi e continua senza accettare").click()
    expect(page.locator("#consent-banner")).to_be_hidden()
    page.reload()
    expect(page.locator("#consent-banner")).to_be_hidden()
    assert [c["name"] for c in page.context.cookies()] == ["nr_consent"]
    assert page.evaluate("document.cookie") == ""  # the consent cookie is HttpOnly
    assert not traffic.loaded(ANALYTICS) and traffic.foreign == []


def test_keyboard_alone_can_reject(site, page):
    page.goto(site.url + "/")
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.value") == "reject_all":
            break
    assert page.evaluate("document.activeElement.textContent.trim()") == "Rifiuta tutti"
    page.keyboard.press("Enter")
    expect(page.locator("#consent-banner")).to_be_hidden()
    assert [c["name"] for c in page.context.cookies()] == ["nr_consent"]


def test_footer_preferences_statistics_only_loads_the_statistics_script_and_nothing_else(
    site, page, embed_url
):
    traffic = Traffic(page)
    page.goto(site.url + embed_url)
    page.get_by_role("button", name="Rifiuta tutti").click()
    # Saved (the banner goes when the server answered) before the next choice
    # is sent: two choices in flight could reach the server in either order.
    expect(page.locator("#consent-banner")).to_be_hidden()
    page.evaluate("window.__noReload = true")

    page.locator(".site-footer").get_by_role("link", name="Preferenze cookie").click()
    panel = page.get_by_role("dialog", name="Preferenze cookie")
    expect(panel).to_be_visible()
    expect(panel.get_by_label("Statistiche")).not_to_be_checked()
    panel.get_by_label("Statistiche").check()
    panel.get_by_role("button", name="Salva le mie scelte").click()
    expect(panel).to_be_hidden()

    expect(page.locator("html")).to_have_attribute("data-demo-analytics", "loaded")
    assert page.evaluate("window.__noReload") is True
    assert "nr_demo_stats" in page.evaluate("document.cookie")
    expect(page.locator("[data-embed] iframe")).to_have_count(0)
    expect(page.locator(".embed__placeholder")).to_be_visible()
    assert traffic.foreign == []

    # Withdrawing is as easy: the script goes and its cookie with it, still without reload.
    page.locator(".site-footer").get_by_role("link", name="Preferenze cookie").click()
    panel.get_by_role("button", name="Rifiuta tutti").click()
    expect(page.locator("script[data-consent-script]")).to_have_count(0)
    assert "nr_demo_stats" not in page.evaluate("document.cookie")
    assert page.evaluate("window.__noReload") is True


def test_a_late_answer_to_the_banner_leaves_the_preferences_the_reader_opened_since(
    site, page, embed_url
):
    """On a slow connection the reader rejects, then opens the preferences at
    once and ticks a box before the server answers: the answer must neither
    close the panel nor untick the box."""
    page.goto(site.url + embed_url)
    held = []
    page.route("**/cookie/scelta/", lambda route: held.append(route))
    with page.expect_request("**/cookie/scelta/"):
        page.get_by_role("button", name="Rifiuta tutti").click()
    assert len(held) == 1, "the banner's choice never reached the server"

    page.locator(".site-footer").get_by_role("link", name="Preferenze cookie").click()
    panel = page.get_by_role("dialog", name="Preferenze cookie")
    expect(panel).to_be_visible()
    panel.get_by_label("Statistiche").check()

    held.pop().continue_()
    page.unroute("**/cookie/scelta/")
    expect(page.locator("#consent-banner")).to_be_hidden()
    expect(page.get_by_role("status").last).to_have_text(
        "Le tue scelte sui cookie sono state salvate."
    )
    expect(panel).to_be_visible()
    expect(panel.get_by_label("Statistiche")).to_be_checked()

    panel.get_by_role("button", name="Salva le mie scelte").click()
    expect(panel).to_be_hidden()
    expect(page.locator("html")).to_have_attribute("data-demo-analytics", "loaded")


def test_two_choices_reach_the_server_in_the_order_the_reader_made_them(site, page, embed_url):
    """A save made while the banner's answer is still on its way waits for it:
    the server (and its cookie) end with the reader's last choice."""
    page.goto(site.url + embed_url)
    held, sent = [], []
    page.on("request", lambda r: sent.append(r.url) if r.url.endswith("/cookie/scelta/") else None)
    # Only the first choice is held on its way; any later one passes.
    page.route(
        "**/cookie/scelta/",
        lambda route: route.continue_() if held else held.append(route),
    )
    with page.expect_request("**/cookie/scelta/"):
        page.get_by_role("button", name="Rifiuta tutti").click()
    page.locator(".site-footer").get_by_role("link", name="Preferenze cookie").click()
    panel = page.get_by_role("dialog", name="Preferenze cookie")
    panel.get_by_label("Statistiche").check()
    panel.get_by_role("button", name="Salva le mie scelte").click()
    page.wait_for_timeout(300)
    assert len(sent) == len(held) == 1  # the save waits for the first answer

    held[0].continue_()
    expect(panel).to_be_hidden()
    expect(page.locator("html")).to_have_attribute("data-demo-analytics", "loaded")
    assert len(sent) == 2
    page.reload()
    expect(page.locator("#consent-banner")).to_be_hidden()
    expect(page.locator("html")).to_have_attribute("data-demo-analytics", "loaded")


def test_youtube_embed_stays_a_placeholder_until_load_this_content(site, page, embed_url):
    traffic = Traffic(page)
    page.goto(site.url + embed_url)
    page.get_by_role("button", name="Rifiuta tutti").click()
    page.reload()
    placeholder = page.locator(".embed__placeholder")
    expect(placeholder).to_contain_text("YouTube")
    expect(placeholder.get_by_role("link", name=re.compile("YouTube"))).to_have_attribute(
        "href", "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
    )
    expect(page.locator("[data-embed] iframe")).to_have_count(0)
    assert traffic.foreign == []

    placeholder.get_by_role("button", name="Carica questo contenuto").click()
    frame = page.locator("[data-embed] iframe")
    expect(frame).to_have_attribute("src", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ")
    expect(placeholder).to_be_hidden()
    assert not traffic.loaded(ANALYTICS)  # only third-party content was granted


def test_without_javascript_the_forms_still_work(site, browser, embed_url):
    context = browser.new_context(java_script_enabled=False, locale="it-IT")
    page = context.new_page()
    page.goto(site.url + embed_url)
    page.get_by_role("button", name="Personalizza").click()
    expect(page).to_have_url(re.compile(r"/cookie/preferenze/\?next="))
    page.get_by_label("Contenuti di terze parti").check()
    page.get_by_role("button", name="Salva le mie scelte").click()
    expect(page).to_have_url(site.url + embed_url)
    expect(page.locator("#consent-banner")).to_be_hidden()
    expect(page.locator("[data-embed] iframe")).to_have_count(1)
    context.close()


def _serious(results):
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_banner_and_cookie_policy_have_no_serious_accessibility_violations(site, page):
    axe = Axe()
    page.goto(site.url + "/")
    expect(page.locator("#consent-banner")).to_be_visible()
    assert _serious(axe.run(page, context="#consent-banner")) == []
    page.locator(".site-footer").get_by_role("link", name="Preferenze cookie").click()
    assert _serious(axe.run(page, context="#consent-panel")) == []
    page.goto(site.url + "/cookie-policy/")
    assert _serious(axe.run(page)) == []


def test_the_banner_is_never_a_wall_over_the_page(site, browser):
    for viewport in (PHONE, DESKTOP):
        context = browser.new_context(viewport=viewport, locale="it-IT")
        page = context.new_page()
        page.goto(site.url + "/")
        box = page.locator("#consent-banner").bounding_box()
        assert box["height"] < 0.6 * viewport["height"], viewport
        context.close()


@pytest.mark.screenshots
def test_screenshots_of_the_banner_and_preferences(site, browser, screenshot_dir, embed_url):
    for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(viewport=viewport, locale="it-IT", timezone_id="Europe/Rome")
        page = context.new_page()
        page.route(re.compile(r"^https?://(?!127\.0\.0\.1[:/]).*"), lambda route: route.abort())
        page.goto(site.url + "/")
        page.screenshot(path=str(screenshot_dir / f"consent-banner-{label}.png"))
        page.get_by_role("button", name="Personalizza").click()
        page.screenshot(path=str(screenshot_dir / f"consent-panel-{label}.png"))
        page.goto(site.url + embed_url)
        page.locator(".embed__placeholder").scroll_into_view_if_needed()
        page.screenshot(path=str(screenshot_dir / f"consent-embed-{label}.png"))
        page.goto(site.url + "/cookie-policy/")
        page.screenshot(path=str(screenshot_dir / f"cookie-policy-{label}.png"), full_page=True)
        context.close()
    context = browser.new_context(viewport=PHONE, locale="it-IT", color_scheme="dark")
    page = context.new_page()
    page.goto(site.url + "/")
    page.screenshot(path=str(screenshot_dir / "consent-banner-phone-dark.png"))
    context.close()
