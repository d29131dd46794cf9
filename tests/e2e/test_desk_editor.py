"""The Redattore writes in an Italian editor that helps: slugs, counters,
links to our own pieces, paste and captions that behave, a file kept after
a form error, and a restore that shows what it changes."""

import re

from playwright.sync_api import expect

from .steps import BODY, choose_lead_picture, pick_author, upload_in_chooser
from .test_workflow import _jpeg

# The library's English words ("link" is Italian too, so it is not listed).
ENGLISH_LABEL = re.compile(
    r"\b(bold|italic|underline|strike|paragraph|heading|title|list|quote|blockquote|rule|"
    r"insert|remove|table|column|row|cell|undo|redo|edit|figure|subscript|superscript|toggle|"
    r"merge|split|delete|caption|image|code)\b",
    re.IGNORECASE,
)


def _menu_labels(page):
    return page.evaluate(
        """() => {
        const bar = document.querySelector('.prose-menubar');
        const labels = [];
        for (const el of bar.querySelectorAll('[title], [aria-label]')) {
          labels.push(el.getAttribute('title') || '', el.getAttribute('aria-label') || '');
        }
        for (const el of bar.querySelectorAll('*')) {
          if (!el.children.length && !el.classList.contains('material-icons')) labels.push(el.textContent);
        }
        return labels.map(t => t.trim()).filter(Boolean);
      }"""
    )


def test_the_toolbar_and_menus_speak_italian(site, login):
    page = login("redattore")
    page.goto(site.url + "/admin/articles/article/add/")
    page.wait_for_selector(".prose-menubar")
    labels = _menu_labels(page)
    assert "Grassetto" in labels and "Titoletto di livello 2" in labels
    assert [label for label in labels if ENGLISH_LABEL.search(label)] == []


def test_writing_aids_slug_counters_and_search_preview(site, login):
    page = login("redattore")
    page.goto(site.url + "/admin/articles/article/add/")
    page.locator("#id_title").press_sequentially("L'elettrica di Stellantis arriva a Melfi")
    expect(page.locator("#id_slug")).to_have_value("l-elettrica-di-stellantis-arriva-a-melfi")
    expect(page.locator(".field-title .char-counter")).to_have_text("40 di 90 caratteri")
    page.fill("#id_seo_description", "Troppo corta.")
    expect(page.locator(".seo-preview__search .seo-preview__title")).to_have_text(
        "L'elettrica di Stellantis arriva a Melfi"
    )
    expect(page.locator(".seo-preview__search .seo-preview__description")).to_have_text(
        "Troppo corta."
    )
    page.locator(BODY).first.click()
    page.keyboard.type("Una frase di sei parole.")
    expect(page.locator(".word-count")).to_have_text("5 parole · 1 min di lettura")


def test_linking_one_of_our_articles_and_pasting_a_domain_into_a_link(site, login, seed_url):
    page = login("redattore")
    page.goto(site.url + "/admin/articles/article/add/")
    page.locator(BODY).first.click()
    page.keyboard.type("Leggi anche ")
    page.locator(".prose-menubar button[title='Collega un nostro articolo']").click()
    dialog = page.locator("dialog.article-link-dialog")
    dialog.get_by_label("Parole del titolo").fill("Polestar Busan")
    dialog.locator(".article-link-result").first.click()
    link = page.locator(f"{BODY} a").first
    expect(link).to_have_attribute("href", site.url + seed_url)

    # The link's text is replaced by a bare domain: the address stays.
    page.evaluate(
        """() => {
        const a = document.querySelector('.prose-editor [contenteditable=true] a');
        const range = document.createRange(); range.selectNodeContents(a);
        getSelection().removeAllRanges(); getSelection().addRange(range);
      }"""
    )
    page.wait_for_timeout(100)  # the editor takes up the selection
    page.evaluate(
        """() => {
        const data = new DataTransfer(); data.setData('text/plain', 'motori.example.it');
        document.querySelector('.prose-editor [contenteditable=true]').dispatchEvent(
          new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
      }"""
    )
    expect(link).to_have_text("motori.example.it")
    expect(link).to_have_attribute("href", site.url + seed_url)


def test_typing_after_a_final_picture_starts_a_paragraph_not_the_caption(site, login, tmp_path):
    page = login("redattore")
    page.goto(site.url + "/admin/articles/article/add/")
    page.locator(BODY).first.click()
    page.keyboard.type("Le foto dal salone.")
    page.locator(".prose-menubar button[data-name=mediaPicture]").click()
    upload_in_chooser(page, _jpeg(tmp_path), alt="Il marchio", caption="La didascalia")
    caption = page.locator(f"{BODY} .media-node--picture figcaption")
    expect(caption).to_have_text("La didascalia")
    # A paragraph always follows a final picture: clicking below it lands there.
    page.locator(f"{BODY} > p").last.click()
    page.keyboard.type("Il testo dopo la foto.")
    expect(page.locator(f"{BODY} > p").last).to_have_text("Il testo dopo la foto.")
    expect(caption).to_have_text("La didascalia")


def test_a_chosen_lead_picture_survives_a_form_error(site, login, tmp_path):
    page = login("redattore")
    page.goto(site.url + "/admin/articles/article/add/")
    page.fill("#id_title", "Galleria con un errore")
    choose_lead_picture(page, _jpeg(tmp_path), alt="Una citycar blu")
    pick_author(page, 0, "Marco")
    page.click("input[name=_continue]")  # no section: refused
    expect(page.locator(".errornote")).to_be_visible()
    preview = page.locator("[data-media-choice][data-mode=picture] [data-media-preview]")
    expect(preview).to_contain_text("Foto della redazione")
    page.select_option("#id_section", index=1)
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    expect(preview).to_contain_text("Foto della redazione")


def test_restoring_a_revision_shows_the_changed_words_and_asks_first(site, login):
    page = login("caporedattore")
    pk = site.shell(
        "from articles.models import Article; print(Article.objects.published().order_by('pk')[8].pk)"
    ).strip()
    url = f"{site.url}/admin/articles/article/{pk}/change/"
    page.goto(url)
    original = page.locator("#id_standfirst").input_value()
    page.fill("#id_standfirst", original + " Aggiunta della redazione.")
    page.click("input[name=_continue]")
    page.get_by_role("link", name="Revisioni").click()
    expect(page.locator(".revision-diff ins")).to_have_text([" Aggiunta della redazione."])
    expect(page.locator(".revision-diff del")).to_have_count(0)
    page.get_by_role("link", name="Ripristina…").first.click()
    expect(page.locator(".restore-confirm del")).to_contain_text(["Aggiunta della redazione."])
    page.get_by_role("button", name="Ripristina questa revisione").click()
    expect(page.locator("#id_standfirst")).to_have_value(original)
