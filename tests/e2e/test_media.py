"""The media library and photo galleries in a real browser: a contributor's
press kit becomes a captioned gallery inside an article with a video; a
reader swipes it on a phone, opens a photo from its own address, and reads
it without JavaScript; axe finds nothing serious."""

import base64
import io
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from tests.support.images import IPTC_BYLINE, IPTC_CREDIT, iptc_segment

from .conftest import DESKTOP, PHONE, article_url, csp_refusals
from .test_accessibility import _serious
from .test_workflow import _login, _pick_author

GALLERY_SLUG = "fotogallery-giorno-auto-elettrica"
KIT = 10
VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def _kit(tmp_path):
    """Ten press photos, each numbered, carrying the press office's IPTC credits."""
    paths = []
    for n in range(1, KIT + 1):
        img = Image.new("RGB", (1200, 800), (20 * n, 90, 200 - 12 * n))
        ImageDraw.Draw(img).rectangle([40, 40, 40 + 60 * n, 120], fill=(250, 250, 250))
        out = io.BytesIO()
        img.save(out, "JPEG", quality=85)
        data = out.getvalue()
        data = (
            data[:2]
            + iptc_segment({IPTC_BYLINE: "Luca Bianchi", IPTC_CREDIT: "Fiat Media"})
            + data[2:]
        )
        path = tmp_path / f"grande-panda-{n:02d}.jpg"
        path.write_bytes(data)
        paths.append(str(path))
    return paths


@pytest.fixture(scope="module")
def gallery_url(site):
    return article_url(site, GALLERY_SLUG)


def test_a_contributor_turns_a_press_kit_into_a_gallery_in_an_article_and_submits_it(
    site, browser, browser_context_args, tmp_path
):
    ctx, page = _login(browser, browser_context_args, site, "redattore")
    page.goto(site.url + "/admin/media/picture/upload/")
    page.set_input_files("#media-files", _kit(tmp_path))
    expect(page.locator("[data-upload-total]")).to_have_text(
        f"{KIT} di {KIT} caricate", timeout=60_000
    )
    expect(page.locator(".media-upload__item.is-done")).to_have_count(KIT)
    page.get_by_role("link", name="Scrivi le didascalie delle foto caricate").click()

    # One table for the whole kit: the credits came from the files.
    expect(page.locator("h1")).to_have_text(f"Didascalie di {KIT} foto")
    for i in range(KIT):
        expect(page.locator(f"#id_form-{i}-credit")).to_have_value("Luca Bianchi / Fiat Media")
        page.fill(f"#id_form-{i}-caption", f"La Grande Panda, foto {i + 1}")
        page.fill(f"#id_form-{i}-alt", f"Una Grande Panda azzurra, vista numero {i + 1}")
    page.fill("#id_all-usage_terms", "Solo uso editoriale")
    page.check("#id_all-make_gallery")
    page.fill("#id_all-gallery_title", "La Grande Panda dal vivo")
    page.get_by_role("button", name="Salva").click()

    # The gallery: drag the last photo to the top, move another with its button.
    expect(page.locator(".messagelist")).to_contain_text("Galleria creata")
    items = page.locator("[data-gallery-list] > li")
    expect(items).to_have_count(KIT)
    page.set_viewport_size(
        {"width": 1366, "height": 1600}
    )  # the whole list on screen: no scrolling mid-drag
    items.nth(KIT - 1).drag_to(items.nth(0), target_position={"x": 20, "y": 5})
    expect(items.nth(0)).to_contain_text("foto 10")
    items.nth(2).get_by_role("button", name="Sposta prima").click()
    expect(items.nth(1)).to_contain_text("foto 2")
    page.get_by_role("button", name="Salva", exact=True).click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    order = site.shell(
        "from media.models import Gallery; g = Gallery.objects.get(title='La Grande Panda dal vivo'); "
        "print(','.join(p.caption.rsplit(' ', 1)[-1] for p in g.ordered_pictures()))"
    ).strip()
    assert order == "10,2,1,3,4,5,6,7,8,9"

    # The article: lead image from the library, the gallery and a video in the text.
    page.goto(site.url + "/admin/articles/article/add/")
    page.fill("#id_title", "La Grande Panda dal vivo: tutte le foto")
    page.fill("#id_standfirst", "Le immagini della cartella stampa, una per una.")
    page.locator(".prose-editor [contenteditable=true]").first.click()
    page.keyboard.type("Ecco la nuova utilitaria in dieci immagini.")
    page.locator(".prose-menubar button[data-name=mediaGallery]").click()
    dialog = page.locator("dialog.media-chooser[open]")
    expect(dialog.get_by_role("heading", name="Scegli una galleria")).to_be_visible()
    dialog.get_by_role("button", name=re.compile("La Grande Panda dal vivo")).click()
    expect(page.locator(".media-node--gallery")).to_contain_text("La Grande Panda dal vivo")
    page.locator(".prose-menubar button[data-name=mediaEmbed]").click()
    embed = page.locator("dialog.prose-editor-dialog[open]")
    embed.locator("input[name=url]").fill(VIDEO)
    embed.get_by_role("button", name="Incorpora").click()
    expect(page.locator(".media-node--embed")).to_contain_text(VIDEO)

    page.locator("[data-media-choice][data-mode=picture] [data-media-open]").click()
    dialog.locator("input[type=search]").fill("Grande Panda foto 10")
    dialog.get_by_role("button", name="Cerca").click()
    expect(dialog.locator("[data-choice]")).to_have_count(1)
    dialog.locator("[data-choice]").click()
    expect(
        page.locator("[data-media-choice][data-mode=picture] [data-media-preview]")
    ).to_contain_text("Luca Bianchi / Fiat Media")
    page.select_option("#id_section", index=1)
    _pick_author(page, 0, "Marco")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    page.get_by_role("button", name="Invia in revisione").click()
    expect(page.locator(".workflow-state")).to_have_text("in revisione")

    saved = site.shell(
        "from articles.models import Article; "
        "a = Article.objects.get(title='La Grande Panda dal vivo: tutte le foto'); "
        "print(a.status, a.lead_picture.caption, a.body_media.get().gallery.title); print(a.body)"
    )
    assert saved.startswith("review La Grande Panda, foto 10 La Grande Panda dal vivo")
    assert re.search(r'<figure class="gallery" data-gallery="\d+">', saved)
    assert 'data-embed-provider="youtube"' in saved
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in saved
    ctx.close()


def test_pictures_dropped_into_the_chooser_are_uploaded_completed_and_inserted_into_the_text(
    site, browser, browser_context_args, tmp_path
):
    ctx, page = _login(browser, browser_context_args, site, "redattore")
    page.goto(site.url + "/admin/articles/article/add/")
    page.fill("#id_title", "Una foto nel testo")
    page.locator(".prose-editor [contenteditable=true]").first.click()
    page.keyboard.type("Prima della foto.")
    page.locator(".prose-menubar button[data-name=mediaPicture]").click()
    dialog = page.locator("dialog.media-chooser[open]")
    photo = tmp_path / "stand.jpg"
    Image.new("RGB", (1000, 600), (160, 40, 40)).save(photo, "JPEG")
    dialog.locator("#media-chooser-files").set_input_files(str(photo))
    complete = dialog.locator("[data-chooser-complete]")
    expect(complete).to_be_visible()
    complete.locator("input[name=alt]").fill("Lo stand rosso al salone")
    complete.locator("input[name=credit]").fill("Redazione")
    complete.locator("input[name=caption]").fill("Lo stand del costruttore")
    complete.get_by_role("button", name="Salva e usa").click()
    expect(page.locator(".media-node--picture figcaption")).to_have_text("Lo stand del costruttore")
    assert page.context.pages == [page]  # no popup window, ever
    page.select_option("#id_section", index=1)
    _pick_author(page, 0, "Marco")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    body = site.shell(
        "from articles.models import Article; print(Article.objects.get(title='Una foto nel testo').body)"
    )
    assert re.search(
        r'<figure class="picture" data-picture="\d+"><img src="/media/renditions/', body
    )
    assert "<figcaption>Lo stand del costruttore</figcaption>" in body
    ctx.close()


PASTE = """([kind, payload]) => {
    const editor = document.querySelector(".prose-editor [contenteditable=true]");
    const data = new DataTransfer();
    if (kind === "file") {
        const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], "schermata.png", {type: "image/png"}));
    } else {
        data.setData("text/html", payload);
        data.setData("text/plain", "testo");
    }
    editor.focus();
    editor.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));
}"""


def _png_base64(color) -> str:
    out = io.BytesIO()
    Image.new("RGB", (640, 360), color).save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


def test_pasted_pictures_go_into_the_library_or_the_editor_says_why_not(
    site, browser, browser_context_args
):
    ctx, page = _login(browser, browser_context_args, site, "redattore")
    page.goto(site.url + "/admin/articles/article/add/")
    page.locator(".prose-editor [contenteditable=true]").first.click()
    status = page.locator(".media-editor-status")

    # A screenshot pasted from the clipboard: uploaded, inserted, to be completed.
    page.evaluate(PASTE, ["file", _png_base64((10, 120, 60))])
    expect(page.locator(".media-node--picture")).to_have_count(1)
    expect(status).to_contain_text("completane testo alternativo e credito")

    # Google Docs: text with a picture on another site (unreachable here) and one
    # carried inside the page (a data: address, as Word does).
    html = (
        "<p>Il testo incollato resta.</p>"
        '<p><img src="http://127.0.0.1:9/foto-di-google.png" alt="x"></p>'
        f'<p><img src="data:image/png;base64,{_png_base64((200, 30, 30))}" alt="y"></p>'
    )
    page.evaluate(PASTE, ["html", html])
    expect(page.locator(".prose-editor")).to_contain_text("Il testo incollato resta.")
    expect(page.locator(".media-node--picture")).to_have_count(2)
    expect(status).to_contain_text("non è stata portata nella libreria")
    expect(status).to_have_class(re.compile("media-editor-status--error"))
    names = site.shell(
        "from media.models import Picture; print(list(Picture.objects.values_list('original_name', flat=True)))"
    )
    assert "'schermata.png'" in names and "'immagine-incollata-2.png'" in names
    ctx.close()


def _swipe_left(page, x, y):
    """A finger dragged right to left, as the phone's touch screen reports it."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    for step in range(1, 11):
        point = {"x": x - 25 * step, "y": y}
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
        page.wait_for_timeout(16)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


def test_a_reader_swipes_the_gallery_on_a_phone_and_opens_photo_5_from_its_own_address(
    site, phone_page, gallery_url
):
    page = phone_page
    refused = csp_refusals(page)
    page.goto(site.url + gallery_url)
    page.get_by_role("button", name="Rifiuta tutti").click()  # the banner off the photos
    gallery = page.locator("[data-gallery]")
    status = gallery.locator(".gallery__status")
    gallery.locator(".gallery__frame").first.scroll_into_view_if_needed()
    expect(status).to_have_text("Foto 1 di 12")
    box = gallery.locator(".gallery__frame").first.bounding_box()
    _swipe_left(page, box["x"] + box["width"] * 0.8, box["y"] + box["height"] / 2)
    expect(status).to_have_text("Foto 2 di 12")
    expect(page).to_have_url(re.compile(r"/galleria/\d+/foto/2/$"))
    second = gallery.locator(".gallery__item").nth(1)
    expect(second.locator(".gallery__caption")).to_be_in_viewport()
    gallery.get_by_role("button", name="Foto successiva").click()
    expect(status).to_have_text("Foto 3 di 12")

    photo5 = gallery.locator(".gallery__item").nth(4).get_attribute("data-url")
    page.goto(site.url + photo5)
    expect(page).to_have_title(re.compile(r"^Foto 5 di 12: "))
    fifth = page.locator(".gallery__item").nth(4)
    expect(page.locator(".gallery__status")).to_have_text("Foto 5 di 12")
    caption = fifth.locator(".gallery__caption")
    expect(caption).to_be_in_viewport()
    expect(caption).to_contain_text("5 di 12")
    expect(caption).to_contain_text("Zona 30")
    expect(caption.locator(".credit")).to_have_text("Foto: Illustrazione della redazione")
    img = fifth.locator("img")
    expect(img).to_have_attribute("alt", re.compile("^Illustrazione: "))
    assert img.evaluate("i => i.complete && i.naturalWidth > 0")

    # Full screen: caption, credit and position stay on screen.
    fifth.locator(".gallery__frame").click()
    expect(page.locator(".gallery--full")).to_be_visible()
    expect(caption).to_be_in_viewport()
    expect(caption.locator(".credit")).to_be_in_viewport()
    page.keyboard.press("ArrowRight")
    expect(page.locator(".gallery__status")).to_have_text("Foto 6 di 12")
    page.keyboard.press("Escape")
    expect(page.locator(".gallery--full")).to_have_count(0)
    assert refused == []


def test_the_gallery_loads_lazily_and_nothing_moves_while_it_does(site, browser, gallery_url):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="it-IT")
    page = context.new_page()
    page.goto(site.url + gallery_url, wait_until="load")
    images = page.locator(".gallery__item img")
    assert images.nth(0).get_attribute("loading") is None
    assert all(images.nth(i).get_attribute("loading") == "lazy" for i in range(2, 12))
    page.locator("[data-gallery]").scroll_into_view_if_needed()
    for _ in range(3):
        page.locator("[data-gallery]").get_by_role("button", name="Foto successiva").click()
        page.wait_for_timeout(300)
    shift = page.evaluate(
        """() => new Promise(resolve => {
            let total = 0;
            new PerformanceObserver(list => {
                for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
            }).observe({type: "layout-shift", buffered: true});
            setTimeout(() => resolve(total), 500);
        })"""
    )
    assert shift < 0.01, shift
    context.close()


def test_without_javascript_the_gallery_is_a_plain_list_of_figures(site, browser, gallery_url):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False, locale="it-IT")
    page = context.new_page()
    page.goto(site.url + gallery_url)
    items = page.locator(".gallery__item")
    expect(items).to_have_count(12)
    expect(page.locator(".gallery__controls")).to_have_count(0)
    first, second = items.nth(0).bounding_box(), items.nth(1).bounding_box()
    assert second["y"] >= first["y"] + first["height"] and second["x"] == first["x"]
    for n in (1, 7, 12):
        figure = items.nth(n - 1)
        figure.scroll_into_view_if_needed()
        expect(figure.locator("img")).to_be_visible()
        expect(figure.locator(".gallery__caption")).to_contain_text(f"{n} di 12")
        expect(figure.locator(".credit")).to_have_text("Foto: Illustrazione della redazione")
    # A photo's own address, without JavaScript: its link leads straight to it.
    items.nth(2).locator(".gallery__position").click()
    expect(page).to_have_url(re.compile(r"/foto/3/#galleria-\d+-foto-3$"))
    expect(page.locator(".gallery__item").nth(2).locator(".gallery__caption")).to_be_in_viewport()
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_gallery_has_no_serious_accessibility_violations(site, browser, gallery_url, viewport):
    context = browser.new_context(viewport=viewport, locale="it-IT", timezone_id="Europe/Rome")
    page = context.new_page()
    page.goto(site.url + gallery_url)
    found = _serious(Axe().run(page))
    page.locator("[data-gallery] .gallery__full").click()
    expect(page.locator(".gallery--full")).to_be_visible()
    found += _serious(Axe().run(page))
    context.close()
    assert not found, "\n".join(found)


@pytest.mark.screenshots
def test_screenshots_of_the_library_the_chooser_and_the_gallery(
    site, browser, browser_context_args, screenshot_dir, gallery_url
):
    for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(
            viewport=viewport,
            locale="it-IT",
            timezone_id="Europe/Rome",
            is_mobile=viewport == PHONE,
        )
        page = context.new_page()
        page.goto(site.url + gallery_url)
        page.locator("[data-gallery]").scroll_into_view_if_needed()
        page.screenshot(path=str(screenshot_dir / f"gallery-{label}.png"))
        page.locator("[data-gallery] .gallery__full").click()
        page.screenshot(path=str(screenshot_dir / f"gallery-full-{label}.png"))
        page.goto(site.url + "/admin/login/")
        page.fill("#id_username", "redattore")
        page.fill("#id_password", "redattore-demo-2026")
        page.click("input[type=submit]")
        page.goto(site.url + "/admin/media/picture/")
        page.screenshot(path=str(screenshot_dir / f"admin-library-{label}.png"))
        page.goto(site.url + "/admin/articles/article/add/")
        page.locator("[data-media-choice][data-mode=picture] [data-media-open]").click()
        expect(page.locator("dialog.media-chooser[open] [data-choice]").first).to_be_visible()
        page.screenshot(path=str(screenshot_dir / f"admin-chooser-{label}.png"))
        context.close()
