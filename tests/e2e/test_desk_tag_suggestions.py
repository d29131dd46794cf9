"""The Redattore types part of a tag and the form suggests the existing ones:
chosen with the keyboard or the mouse, saved as the same tag, never a twin."""

import json

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE
from .steps import BODY, pick_author

TAGS = {"Qualità dell'aria": 3, "Qualità percepita": 1, "Ricarica rapida": 1}
TITLE = "Smog in città, le auto elettriche non bastano"
FIELD = "#id_tags"
OPTIONS = "#id_tags-suggestions [role=option]"


@pytest.fixture(scope="module")
def tagged(site):
    """Published demo articles wearing the tags to be found."""
    site.shell(
        "from articles import services; from articles.models import Article; "
        f"tags = {TAGS!r}; "
        "articles = list(Article.objects.published().order_by('pk')[20:24]); "
        "[services.article_save(article=a, tags=[*a.tags.names(), name]) "
        " for name, uses in tags.items() for a in articles[:uses]]"
    )


def _new_article(page, site):
    page.goto(site.url + "/admin/articles/article/add/")
    page.fill("#id_title", TITLE)
    page.fill("#id_standfirst", "Le polveri sottili vengono anche da freni e pneumatici.")
    page.locator(BODY).first.click()
    page.keyboard.type("Lo dice l'ultimo rapporto dell'agenzia per l'ambiente.")
    page.select_option("#id_section", index=1)
    pick_author(page, 0, "Marco")


def test_an_existing_tag_is_found_without_accents_and_chosen_with_the_keyboard(site, login, tagged):
    page = login("redattore")
    _new_article(page, site)
    field = page.locator(FIELD)
    expect(field).to_have_attribute("role", "combobox")
    expect(field).to_have_attribute("aria-expanded", "false")
    field.click()
    field.press_sequentially("Fiat, QUALITA")
    expect(page.get_by_role("listbox", name="Tag esistenti")).to_be_visible()
    expect(page.locator(OPTIONS)).to_have_text(["Qualità dell'aria", "Qualità percepita"])
    expect(field).to_have_attribute("aria-expanded", "true")
    field.press("ArrowDown")
    first = page.locator(OPTIONS).first
    expect(first).to_have_attribute("aria-selected", "true")
    expect(field).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    field.press("Enter")  # chooses: the form is not saved
    expect(field).to_have_value('Fiat, "Qualità dell\'aria", ')
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("status").filter(has_text="aggiunto")).to_have_text(
        "Tag «Qualità dell'aria» aggiunto."
    )

    # What is already there is not offered again.
    field.press_sequentially("qualit")
    expect(page.locator(OPTIONS)).to_have_text(["Qualità percepita"])
    field.press("Escape")
    expect(page.locator(OPTIONS)).to_have_count(0)
    expect(field).to_have_attribute("aria-expanded", "false")
    for _ in "qualit":
        field.press("Backspace")

    # The mouse, on a word inside the name.
    field.press_sequentially("RAPID")
    page.locator(OPTIONS, has_text="Ricarica rapida").click()
    expect(field).to_have_value('Fiat, "Qualità dell\'aria", "Ricarica rapida", ')
    expect(field).to_be_focused()

    # A new tag is still typed freely.
    field.press_sequentially("Polveri sottili")
    expect(page.locator(".tag-suggestions__empty")).to_contain_text(
        "Nessun tag esistente corrisponde: salvando si crea «Polveri sottili»."
    )
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_contain_text("L'articolo «")
    saved = json.loads(
        site.shell(
            "import json; from articles.models import Article, Tag; "
            f"a = Article.objects.get(title={TITLE!r}); "
            "print(json.dumps({'tags': sorted(a.tags.names()), "
            "'twins': Tag.objects.filter(name__istartswith='qualit').count(), "
            "'uses': a.tags.get(name=\"Qualità dell'aria\").tagged_articles.count()}))"
        )
    )
    assert saved == {
        "tags": ["Fiat", "Polveri sottili", "Qualità dell'aria", "Ricarica rapida"],
        "twins": 2,  # the two there were: no "QUALITA" made
        "uses": TAGS["Qualità dell'aria"] + 1,
    }


def test_without_a_choice_enter_still_saves_the_form(site, login, tagged):
    page = login("redattore")
    _new_article(page, site)
    page.fill("#id_title", TITLE + " (seconda)")
    page.fill("#id_slug", "smog-seconda")
    field = page.locator(FIELD)
    field.press_sequentially("ricarica")
    expect(page.locator(OPTIONS, has_text="Ricarica rapida")).to_be_visible()
    field.press("Enter")
    expect(page.locator(".messagelist .success")).to_contain_text("L'articolo «")
    # Saved as the existing "Ricarica" (tags ignore case): no twin either.
    expect(page.locator(FIELD)).to_have_value("Ricarica")


@pytest.mark.screenshots
@pytest.mark.parametrize(
    ("label", "viewport", "scheme"),
    [("desktop", DESKTOP, "light"), ("phone", PHONE, "light"), ("desktop-dark", DESKTOP, "dark")],
)
def test_screenshots_of_the_tag_suggestions(
    site, login, tagged, screenshot_dir, label, viewport, scheme
):
    page = login("redattore", viewport=viewport)
    page.emulate_media(color_scheme=scheme)
    page.goto(site.url + "/admin/articles/article/add/")
    field = page.locator(FIELD)
    field.scroll_into_view_if_needed()
    field.click()
    field.press_sequentially("Fiat, qual")
    expect(page.locator(OPTIONS)).to_have_count(2)
    field.press("ArrowDown")
    page.locator(".tag-suggestions__popup").scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir / f"tag-suggestions-{label}.png")
