"""Two people on one article: they see each other, and a late save never
silently overwrites the other's work."""

from playwright.sync_api import expect


def _published_pk(site, offset=0):
    return site.shell(
        "from articles.models import Article; "
        f"print(Article.objects.published().order_by('pk')[{offset}].pk)"
    ).strip()


def test_a_second_browser_sees_who_is_editing_and_the_desk_takes_over(site, login):
    pk = _published_pk(site, 3)
    url = f"{site.url}/admin/articles/article/{pk}/change/"
    admin = login("amministratore")  # Anna Ferri
    admin.goto(url)
    admin.wait_for_timeout(1500)  # her page reports in

    desk = login("caporedattore")  # Mario Rossi
    desk.goto(url)
    presence = desk.locator("[data-desk-presence]")
    expect(presence).to_contain_text("Anna Ferri sta modificando questo articolo da")
    desk.goto(f"{site.url}/admin/articles/article/")
    expect(desk.locator("#result_list")).to_contain_text("Anna Ferri sta modificando")

    desk.goto(url)
    desk.get_by_role("button", name="Prendi in carico").click()
    expect(desk.locator(".messagelist")).to_contain_text("Hai preso in carico")
    expect(admin.locator("[data-desk-taken-over]")).to_contain_text(
        "Mario Rossi ha preso in carico questo articolo", timeout=10_000
    )
    expect(admin.locator("#id_title")).to_be_editable()  # nobody is blocked


def test_a_late_save_shows_what_changed_and_overwrites_only_on_request(site, login):
    pk = _published_pk(site, 4)
    url = f"{site.url}/admin/articles/article/{pk}/change/"
    first, second = login("caporedattore"), login("amministratore")
    first.goto(url)
    second.goto(url)
    first.fill("#id_standfirst", "Il sommario di Mario, salvato per primo.")
    second.fill("#id_standfirst", "Il sommario di Anna, da non perdere.")
    second.fill("#id_kicker", "Anna")

    first.click("input[name=_continue]")
    expect(first.locator(".messagelist .success")).to_be_visible()
    second.click("input[name=_continue]")

    conflict = second.locator(".conflict")
    expect(conflict).to_contain_text("Mario Rossi ha salvato questo articolo")
    expect(conflict.locator("ins").first).to_be_visible()
    expect(conflict.locator("[data-copy-to=id_standfirst]")).to_have_attribute(
        "data-copy-value", "Il sommario di Mario, salvato per primo."
    )
    expect(second.locator("#id_standfirst")).to_have_value("Il sommario di Anna, da non perdere.")

    # Saving again does not overwrite: the question stays.
    second.click("input[name=_continue]")
    expect(second.locator(".conflict")).to_be_visible()
    stored = site.shell(
        f"from articles.models import Article; print(Article.objects.get(pk={pk}).standfirst)"
    )
    assert "Mario" in stored

    # Merging by copying: she takes his standfirst, keeps her kicker, and overwrites knowingly.
    conflict.get_by_role("button", name="Usa la sua versione nel mio modulo").first.click()
    expect(second.locator("#id_standfirst")).to_have_value(
        "Il sommario di Mario, salvato per primo."
    )
    second.get_by_role("button", name="Sovrascrivi le modifiche di Mario Rossi").click()
    expect(second.locator(".messagelist .success")).to_be_visible()
    stored = site.shell(
        f"from articles.models import Article; a = Article.objects.get(pk={pk}); "
        "print(a.kicker, '|', a.standfirst)"
    )
    assert stored.strip() == "Anna | Il sommario di Mario, salvato per primo."
