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
        page.set_input_files("#id_lead_image", str(image))
        page.fill("#id_lead_image_alt", "Una citycar blu ferma in una piazza")
        page.fill("#id_lead_image_credit", "Foto della redazione")
    page.select_option("#id_section", index=1)
    pick_author(page, 0, "Marco")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_contain_text("L'articolo «")
