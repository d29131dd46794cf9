"""The home page in a browser: the desk pins a story for tomorrow morning and
previews that home; a reader on a phone sees the Ultim'ora bar and the
article's photo in the first screen, and keeps no cookie at all."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from .conftest import article_url

ROME = ZoneInfo("Europe/Rome")
PHONE_SMALL = {"width": 375, "height": 667}
PINNED_SLUG = "prova-alfa-romeo-junior-ibrida"
PINNED_TITLE = "Prova su strada: Alfa Romeo Junior Ibrida"


@pytest.fixture
def small_phone(browser, browser_context_args):
    context = browser.new_context(
        **browser_context_args, viewport=PHONE_SMALL, is_mobile=True, has_touch=True
    )
    yield context
    context.close()


def test_the_desk_pins_a_story_for_tomorrow_and_previews_tomorrows_home(site, login):
    page = login("caporedattore")
    page.goto(site.url + "/admin/frontpage/pin/add/")
    page.select_option("#id_slot", "lead")
    page.locator("#id_article + .select2").click()
    page.locator(".select2-search__field").fill("Junior")
    page.locator(".select2-results__option", has_text="Alfa Romeo Junior").first.click()
    tomorrow = datetime.now(ROME) + timedelta(days=1)
    page.fill("#id_starts_at_0", tomorrow.strftime("%d/%m/%Y"))
    page.fill("#id_starts_at_1", "08:30:00")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_contain_text("è stato creato")
    try:
        # Today's readers still see the seed story on top.
        page.goto(site.url + "/")
        expect(page.locator(".home-lead")).to_contain_text("Polestar 4")

        page.goto(site.url + "/admin/frontpage/pin/")
        expect(page.locator("#id_at")).to_have_value(re.compile(r"T09:00$"))
        page.get_by_role("button", name="Anteprima").click()
        expect(page.locator(".preview-bar")).to_contain_text("ANTEPRIMA")
        expect(page.locator("meta[name=robots]")).to_have_attribute("content", "noindex, nofollow")
        expect(page.locator(".home-lead")).to_contain_text(PINNED_TITLE)
        expect(page.locator(".home-lead")).not_to_contain_text("Polestar 4")
        cards = page.locator("a.card__link").evaluate_all("links => links.map(a => a.href)")
        assert len(cards) == len(set(cards)) > 10  # no story twice on the page
    finally:
        site.shell("from frontpage.models import Pin; Pin.objects.filter(slot='lead').delete()")


def test_a_reader_on_a_phone_sees_the_breaking_bar_and_the_photo_in_the_first_screen(
    site, small_phone
):
    page = small_phone.new_page()
    page.goto(site.url + "/")
    bar = page.get_by_role("region", name="Ultim'ora")
    expect(bar).to_be_visible()
    expect(bar).to_contain_text("Incentivi auto elettriche")
    # The section menu says it scrolls: its last names fade out instead of a hard cut.
    mask = page.locator(".site-nav__list").evaluate(
        "el => getComputedStyle(el).maskImage || getComputedStyle(el).webkitMaskImage"
    )
    assert "gradient" in mask, mask

    page.goto(site.url + article_url(site, PINNED_SLUG))
    expect(page.get_by_role("region", name="Ultim'ora")).to_be_visible()
    photo = page.locator(".article__lead img").bounding_box()
    assert photo["y"] + photo["height"] / 2 < PHONE_SMALL["height"], photo
    # Under the photo a short bar leading to the full one at the end.
    expect(page.locator(".share--top a[href='#share-end']")).to_be_visible()
    expect(page.locator(".share--end .share__link")).to_have_count(7)


def test_after_ten_page_views_the_readers_browser_holds_no_cookie(site, small_phone):
    page = small_phone.new_page()
    beacons = []
    page.on("request", lambda r: beacons.append(r) if r.url.endswith("/letture/") else None)
    page.goto(site.url + "/")
    links = page.locator(".home-latest a.card__link").evaluate_all(
        "links => links.map(a => a.href)"
    )
    views = ["/", *links[:6], "/sezione/mercato/", "/cookie-policy/", "/"]
    for url in views[:10]:
        page.goto(url if url.startswith("http") else site.url + url)
        page.wait_for_load_state("networkidle")
    assert len(views[:10]) == 10
    assert small_phone.cookies() == []
    storage = page.evaluate("() => [localStorage.length, sessionStorage.length]")
    assert storage == [0, 0]
    assert beacons, "article pages send their read beacon"
    assert all(b.method == "POST" for b in beacons)


@pytest.mark.screenshots
def test_screenshots_of_the_arranged_home_at_phone_and_desktop_widths(
    site, browser, browser_context_args, screenshot_dir
):
    for label, viewport in (("phone", PHONE_SMALL), ("desktop", {"width": 1280, "height": 900})):
        context = browser.new_context(**browser_context_args, viewport=viewport)
        page = context.new_page()
        page.goto(site.url + "/")
        page.locator("img[loading=lazy]").evaluate_all(
            "imgs => imgs.forEach(i => (i.loading = 'eager'))"
        )
        page.wait_for_load_state("networkidle")
        target = screenshot_dir / f"front-home-{label}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000
        context.close()
