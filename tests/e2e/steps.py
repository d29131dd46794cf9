"""What an editor does again and again in the browser, written once."""

from playwright.sync_api import expect

BODY = ".prose-editor [contenteditable=true]"


def pick_author(page, row, name):
    page.locator(f"#id_credits-{row}-author + .select2").click()
    page.locator(".select2-search__field").fill(name[:5])
    page.locator(".select2-results__option", has_text=name).first.click()


def write_article(
    page, site, title, *, body="La nuova citycar è sorprendente in città.", image=None
):
    """A new article with a standfirst, a body, a section and a byline, saved."""
    page.goto(site.url + "/admin/articles/article/add/")
    page.fill("#id_title", title)
    page.fill(
        "#id_standfirst",
        "Trecento chilometri di autonomia e un prezzo da utilitaria: la prova completa.",
    )
    page.locator(BODY).first.click()
    page.keyboard.type(body)
    if image:
        choose_lead_picture(page, image)
    page.select_option("#id_section", index=1)
    pick_author(page, 0, "Marco")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_contain_text("L'articolo «")


def upload_in_chooser(page, image, *, alt, credit="Foto della redazione", caption=""):
    """In the open media chooser: drop a new file, describe it, use it."""
    dialog = page.locator("dialog.media-chooser[open]")
    dialog.locator("#media-chooser-files").set_input_files(str(image))
    complete = dialog.locator("[data-chooser-complete]")
    expect(complete).to_be_visible()
    complete.locator("input[name=alt]").fill(alt)
    complete.locator("input[name=credit]").fill(credit)
    if caption:
        complete.locator("input[name=caption]").fill(caption)
    complete.get_by_role("button", name="Salva e usa").click()
    expect(dialog).to_have_count(0)


def choose_lead_picture(page, image, alt="Una citycar blu ferma in una piazza"):
    """The lead picture: uploaded into the library from the in-page chooser."""
    page.locator("[data-media-choice][data-mode=picture] [data-media-open]").click()
    upload_in_chooser(page, image, alt=alt)
    expect(
        page.locator("[data-media-choice][data-mode=picture] [data-media-preview]")
    ).to_contain_text("Foto della redazione")
