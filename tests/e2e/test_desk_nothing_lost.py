"""A Redattore loses nothing, whichever way the page is left: a warning, the
automatic draft, and the browser's own copy when the server itself is gone."""

import re

from playwright.sync_api import expect

from .steps import BODY


def _new_draft(site, title):
    slug = re.sub(r"\W+", "-", title.lower())
    return site.shell(
        "from articles import services; from articles.models import Article, Section; "
        "from authors.models import Author; from django.contrib.auth.models import User; "
        f"a = Article(title={title!r}, slug={slug!r}, section=Section.objects.first(), "
        "status='draft', created_by=User.objects.get(username='redattore')); "
        "services.article_save(article=a, byline=[Author.objects.first()]); print(a.pk)"
    ).strip()


def _type_in_body(page, text):
    page.locator(BODY).first.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(text)


def test_leaving_with_unsaved_text_asks_first(site, login):
    pk = _new_draft(site, "Una bozza da non perdere")
    page = login("redattore")
    page.goto(f"{site.url}/admin/articles/article/{pk}/change/")
    _type_in_body(page, "Una frase scritta e non salvata.")
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))
    page.locator("#nav-sidebar").get_by_role("link", name="Sezioni").click()
    page.wait_for_timeout(500)
    assert asked == ["beforeunload"]
    expect(page).to_have_url(re.compile(rf"/article/{pk}/change/"))
    expect(page.locator(BODY).first).to_contain_text("Una frase scritta e non salvata.")


def test_the_automatic_draft_comes_back_with_its_time_and_changes(site, login):
    pk = _new_draft(site, "Una bozza salvata da sola")
    page = login("redattore")
    url = f"{site.url}/admin/articles/article/{pk}/change/"
    page.goto(url)
    _type_in_body(page, "Il paragrafo che il salvataggio automatico conserva.")
    expect(page.locator("[data-desk-status]")).to_contain_text(
        re.compile(r"Bozza salvata automaticamente alle \d\d:\d\d"), timeout=10_000
    )
    stored = site.shell(
        f"from articles.models import Article; print(Article.objects.get(pk={pk}).body)"
    )
    assert "conserva" not in stored  # never the article itself

    page.evaluate("localStorage.clear()")  # only the server's draft is left to bring it back
    page.once("dialog", lambda dialog: dialog.accept())
    page.goto(f"{site.url}/admin/")
    page.goto(url)
    offer = page.locator("[data-desk-autosave-offer]")
    expect(offer).to_contain_text(re.compile(r"Ripristina la bozza automatica delle \d\d:\d\d"))
    expect(offer.locator("ins")).to_contain_text(
        "Il paragrafo che il salvataggio automatico conserva."
    )
    offer.get_by_role("button", name="Ripristina la bozza automatica").click()
    expect(page.locator(BODY).first).to_contain_text("il salvataggio automatico conserva")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_contain_text("è stato salvato")
    stored = site.shell(
        f"from articles.models import Article; print(Article.objects.get(pk={pk}).body)"
    )
    assert "Il paragrafo che il salvataggio automatico conserva." in stored


def test_the_browsers_copy_survives_a_server_that_stopped_mid_edit(site, login):
    pk = _new_draft(site, "Una bozza durante un guasto")
    page = login("redattore")
    url = f"{site.url}/admin/articles/article/{pk}/change/"
    page.goto(url)
    site.stop()
    try:
        page.fill("#id_standfirst", "Il sommario scritto mentre il server era spento.")
        _type_in_body(page, "Il testo scritto mentre il server era spento.")
        expect(page.locator("[data-desk-status]")).to_contain_text(
            "conservato in questo browser", timeout=10_000
        )
        page.click("input[name=_continue]")  # the save itself cannot arrive
        page.wait_for_timeout(1000)
    finally:
        site.restart()

    page.goto(url)
    offer = page.locator("[data-desk-local-offer]")
    expect(offer).to_be_visible()
    expect(offer).to_contain_text("Questo browser ha conservato una copia")
    offer.get_by_role("button", name="Ripristina la copia del browser").click()
    expect(page.locator("#id_standfirst")).to_have_value(
        "Il sommario scritto mentre il server era spento."
    )
    expect(page.locator(BODY).first).to_contain_text(
        "Il testo scritto mentre il server era spento."
    )
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    stored = site.shell(
        f"from articles.models import Article; a = Article.objects.get(pk={pk}); "
        "print(a.standfirst); print(a.body)"
    )
    assert "Il sommario scritto mentre il server era spento." in stored
    assert "Il testo scritto mentre il server era spento." in stored
    # Saved: the copy is not offered again.
    page.reload()
    page.wait_for_timeout(1000)
    expect(page.locator("[data-desk-local-offer]")).to_be_hidden()
