"""Editors in a real browser: write, submit, review, preview, schedule, publish."""

import io
import re
from datetime import datetime, timedelta

import pytest
from PIL import Image
from playwright.sync_api import expect

from .conftest import DESKTOP

TITLE = "Prova su strada della nuova citycar elettrica"


def _login(browser, browser_context_args, site, username):
    context = browser.new_context(**browser_context_args, viewport=DESKTOP)
    page = context.new_page()
    page.goto(site.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", f"{username}-demo-2026")
    page.click("input[type=submit]")
    expect(page.locator("#user-tools")).to_be_visible()
    return context, page


def _jpeg(tmp_path):
    path = tmp_path / "citycar.jpg"
    out = io.BytesIO()
    Image.new("RGB", (1600, 900), (30, 90, 160)).save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


def _pick_author(page, row, name):
    page.locator(f"#id_credits-{row}-author + .select2").click()
    page.locator(".select2-search__field").fill(name[:5])
    page.locator(".select2-results__option", has_text=name).first.click()


def _write_body(page):
    editor = page.locator(".prose-editor [contenteditable=true]").first
    editor.click()
    page.keyboard.type("La nuova citycar è ")
    page.keyboard.press("Control+b")
    page.keyboard.type("sorprendente")
    page.keyboard.press("Control+b")
    page.keyboard.type(" in città.")
    page.keyboard.press("Enter")
    page.locator(".prose-menubar button[data-name=bulletList]").click()
    page.keyboard.type("Autonomia: 320 km")
    page.keyboard.press("Enter")
    page.keyboard.type("Prezzo: 24.900 euro")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # leaves the list
    page.keyboard.type("sito del costruttore")
    page.keyboard.press("Shift+Home")
    page.locator(".prose-menubar button[data-name=link]").click()
    dialog = page.locator("dialog[open]")
    expect(dialog).to_contain_text("Modifica link")  # the editor speaks Italian
    dialog.locator("input[name=href]").fill("https://www.example.com/citycar")
    dialog.locator("button[type=submit]").click()


@pytest.fixture
def shots(screenshot_dir):
    return screenshot_dir


def test_contributor_writes_and_submits_then_desk_previews_schedules_and_publishes(
    site, browser, browser_context_args, tmp_path, shots
):
    writer_ctx, page = _login(browser, browser_context_args, site, "redattore")
    page.goto(site.url + "/admin/articles/article/add/")
    page.fill("#id_kicker", "Prove")
    page.fill("#id_title", TITLE)
    page.fill("#id_standfirst", "Trecento chilometri di autonomia e un prezzo da utilitaria.")
    _write_body(page)
    # The lead image: uploaded into the library from the chooser, completed there.
    page.locator("[data-media-choice][data-mode=picture] [data-media-open]").click()
    chooser = page.locator("dialog.media-chooser[open]")
    chooser.locator("#media-chooser-files").set_input_files(str(_jpeg(tmp_path)))
    chooser.locator("[data-chooser-complete] input[name=alt]").fill(
        "Una citycar blu ferma in una piazza"
    )
    chooser.locator("[data-chooser-complete] input[name=credit]").fill("Ufficio stampa")
    chooser.get_by_role("button", name="Salva e usa").click()
    expect(page.locator("[data-media-choice][data-mode=picture]")).to_contain_text("Ufficio stampa")
    page.select_option("#id_section", index=1)
    _pick_author(page, 0, "Marco")
    page.screenshot(path=shots / "admin-article-add-desktop.png", full_page=True)
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    expect(page.locator(".workflow-panel")).to_contain_text("bozza")
    page.screenshot(path=shots / "admin-article-change-desktop.png", full_page=True)

    body = site.shell(
        f"from articles.models import Article; print(Article.objects.get(title={TITLE!r}).body)"
    )
    assert "<strong>sorprendente</strong>" in body
    assert 'href="https://www.example.com/citycar"' in body
    assert "<ul><li><p>Autonomia: 320 km</p></li>" in body

    expect(page.get_by_role("button", name="Approva e pubblica ora")).to_have_count(0)
    page.get_by_role("button", name="Invia in revisione").click()
    expect(page.locator(".messagelist")).to_contain_text("Fatto")
    expect(page.get_by_role("button", name="Approva e pubblica ora")).to_have_count(0)
    expect(page.get_by_role("button", name="Programma")).to_have_count(0)
    writer_ctx.close()

    desk_ctx, page = _login(browser, browser_context_args, site, "caporedattore")
    page.goto(site.url + "/admin/articles/article/")
    page.get_by_role("link", name=re.compile("Da revisionare")).first.click()
    expect(page.locator("#result_list")).to_contain_text(TITLE)
    page.screenshot(path=shots / "admin-review-queue-desktop.png", full_page=True)
    page.locator("#result_list").get_by_role("link", name=TITLE).click()

    with desk_ctx.expect_page() as preview_info:
        page.get_by_role("link", name="Anteprima", exact=True).click()
    preview = preview_info.value
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(preview.locator(".article__body strong")).to_have_text("sorprendente")
    preview.close()

    tomorrow = datetime.now() + timedelta(days=1)
    page.fill("#id_workflow_when", tomorrow.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_role("button", name="Programma", exact=True).click()
    page.get_by_role("button", name="Conferma: Programma").click()
    expect(page.locator(".workflow-state")).to_have_text("programmato")

    reader = desk_ctx.browser.new_page()
    reader.goto(site.url + "/")
    expect(reader.locator("main")).not_to_contain_text(TITLE)

    page.get_by_role("button", name="Approva e pubblica ora").click()
    page.get_by_role("button", name="Conferma: Approva e pubblica ora").click()
    expect(page.locator(".workflow-state")).to_have_text("pubblicato")
    reader.goto(site.url + "/")
    expect(reader.locator("main")).to_contain_text(TITLE)
    reader.close()
    desk_ctx.close()


def test_second_of_two_concurrent_saves_is_refused_and_keeps_its_text(
    site, browser, browser_context_args, shots
):
    slug = site.shell(
        "from articles.models import Article; print(Article.objects.published().first().pk)"
    ).strip()
    url = f"{site.url}/admin/articles/article/{slug}/change/"
    first_ctx, first = _login(browser, browser_context_args, site, "caporedattore")
    second_ctx, second = _login(browser, browser_context_args, site, "amministratore")
    first.goto(url)
    second.goto(url)
    first.fill("#id_standfirst", "Il sommario del caporedattore.")
    second.fill("#id_standfirst", "Il sommario dell'amministratore, da non perdere.")

    first.click("input[name=_continue]")
    expect(first.locator(".messagelist .success")).to_be_visible()
    second.click("input[name=_continue]")

    expect(second.locator(".errorlist.nonfield")).to_contain_text("Mario Rossi")
    expect(second.locator(".errorlist.nonfield")).to_contain_text("ha salvato questo articolo")
    expect(second.locator("#id_standfirst")).to_have_value(
        "Il sommario dell'amministratore, da non perdere."
    )
    second.screenshot(path=shots / "admin-edit-conflict-desktop.png", full_page=True)
    first_ctx.close()
    second_ctx.close()


def test_admin_creates_an_author_links_a_user_and_deactivates_one(
    site, browser, browser_context_args
):
    ctx, page = _login(browser, browser_context_args, site, "amministratore")
    page.goto(site.url + "/admin/authors/author/add/")
    page.locator("#id_name").press_sequentially("Giulia Neri")
    expect(page.locator("#id_slug")).to_have_value("giulia-neri")
    page.locator("#id_user + .select2").click()
    page.locator(".select2-search__field").fill("redattore")
    page.locator(".select2-results__option", has_text="redattore").first.click()
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()

    row = page.locator("#result_list tr", has_text="Giulia Neri")
    expect(row).to_contain_text("redattore")
    row.locator("input[name=_selected_action]").check()
    page.select_option("select[name=action]", "deactivate")
    page.click("button[name=index]")
    expect(page.locator(".messagelist")).to_contain_text("disattivat")
    active = site.shell(
        "from authors.models import Author; print(Author.objects.get(slug='giulia-neri').is_active)"
    )
    assert active.strip() == "False"
    ctx.close()


def test_a_workflow_button_asks_first_and_saves_the_pending_edit_with_the_step(
    site, browser, browser_context_args
):
    pk = site.shell(
        "from articles.models import Article; print(Article.objects.published().last().pk)"
    ).strip()
    ctx, page = _login(browser, browser_context_args, site, "caporedattore")
    page.goto(f"{site.url}/admin/articles/article/{pk}/change/")
    page.fill("#id_standfirst", "Un sommario scritto prima di ritirare il pezzo.")
    page.get_by_role("button", name="Ritira", exact=True).click()
    confirm = page.locator("[data-confirmation]")
    expect(confirm).to_contain_text("Ritira: «")
    expect(page.locator("#id_standfirst")).to_have_value(
        "Un sommario scritto prima di ritirare il pezzo."
    )
    expect(page.locator(".workflow-state")).to_have_text("pubblicato")
    confirm.get_by_role("button", name="Conferma: Ritira").click()
    expect(page.locator(".workflow-state")).to_have_text("ritirato")
    stored = site.shell(
        f"from articles.models import Article; print(Article.objects.get(pk={pk}).standfirst)"
    )
    assert "Un sommario scritto prima di ritirare il pezzo." in stored
    ctx.close()
