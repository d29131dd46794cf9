"""The Caporedattore corrects a live piece twice and shares a preview of a draft."""

from playwright.sync_api import expect

from .steps import write_article


def test_two_corrections_with_their_edits_show_in_order(site, login):
    pk = site.shell(
        "from articles.models import Article; print(Article.objects.published().order_by('pk')[6].pk)"
    ).strip()
    desk = login("caporedattore")
    url = f"{site.url}/admin/articles/article/{pk}/change/"
    desk.goto(url)
    desk.fill("#id_standfirst", "Il sommario corretto: il prezzo è 39.900 euro.")
    desk.get_by_role("button", name="Aggiungi una correzione pubblica").click()
    expect(desk.locator(".errornote, .errorlist")).to_contain_text(
        ["Scrivi la correzione pubblica"]
    )
    expect(desk.locator("#id_standfirst")).to_have_value(
        "Il sommario corretto: il prezzo è 39.900 euro."
    )

    desk.fill("#id_correction", "Il prezzo indicato era sbagliato: è 39.900 euro.")
    desk.get_by_role("button", name="Aggiungi una correzione pubblica").click()
    expect(desk.locator(".messagelist .success").first).to_be_visible()
    desk.fill("#id_correction", "L'autonomia è di 410 km, non 450.")
    desk.get_by_role("button", name="Aggiungi una correzione pubblica").click()
    expect(desk.locator(".field-corrections")).to_contain_text("L'autonomia è di 410 km")

    path = site.shell(
        f"from articles.models import Article; print(Article.objects.get(pk={pk}).get_absolute_url())"
    ).strip()
    public = desk.context.new_page()
    public.goto(site.url + path)
    corrections = public.locator(".correction__list li")
    expect(corrections).to_have_count(2)
    expect(corrections.nth(0)).to_contain_text("Il prezzo indicato era sbagliato")
    expect(corrections.nth(1)).to_contain_text("L'autonomia è di 410 km")
    expect(corrections.nth(0)).to_contain_text("Aggiornato il")
    expect(public.locator(".article__standfirst")).to_have_text(
        "Il sommario corretto: il prezzo è 39.900 euro."
    )
    public.get_by_role("link", name="Tutte le nostre correzioni").click()
    expect(public.locator(".corrections")).to_contain_text("L'autonomia è di 410 km")
    expect(public.locator(".corrections")).to_contain_text("Il prezzo indicato era sbagliato")


def test_a_shared_preview_is_marked_has_no_sharing_and_can_be_revoked(site, login, browser):
    desk = login("caporedattore")
    write_article(
        desk,
        site,
        "Anteprima per il costruttore",
        body="Il testo da far leggere prima dell'uscita.",
    )
    desk.get_by_role("button", name="Crea link di anteprima").click()
    link = desk.locator(".preview-links input").first.input_value()
    assert "/anteprima/" in link

    outsider = browser.new_page()
    outsider.goto(link)
    expect(outsider.locator(".preview-bar")).to_contain_text("ANTEPRIMA — non pubblicato")
    expect(outsider.locator("h1")).to_have_text("Anteprima per il costruttore")
    expect(outsider.locator(".share__link")).to_have_count(0)
    expect(outsider.locator(".share--off")).to_contain_text("La condivisione è disattivata")

    desk.locator(".preview-links li").first.get_by_role("button", name="Revoca").click()
    expect(desk.locator(".messagelist")).to_contain_text("revocato")
    expect(desk.locator(".preview-links")).to_have_count(0)
    outsider.reload()
    expect(outsider.locator("h1")).to_have_text("Questo link di anteprima è stato revocato")

    payload, signature = link.rstrip("/").rsplit(":", 1)
    altered = signature[:-3] + ("A" if signature[-3] != "A" else "B") + signature[-2:]
    outsider.goto(f"{payload}:{altered}/")
    expect(outsider.locator("h1")).to_have_text("Questo link di anteprima non è valido")
    outsider.close()
