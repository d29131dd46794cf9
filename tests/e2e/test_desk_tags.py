"""The Amministratore merges duplicate tags choosing the one that stays; the
old tag's page and feed move permanently."""

import urllib.error
import urllib.request

from playwright.sync_api import expect


def test_merging_tags_keeps_the_chosen_one_and_redirects_the_other(site, login):
    site.shell(
        "from articles import services; from articles.models import Article; "
        "a, b = Article.objects.published().order_by('pk')[10:12]; "
        "services.article_save(article=a, tags=[*a.tags.names(), 'Veicoli elettrici']); "
        "services.article_save(article=b, tags=[*b.tags.names(), 'Auto elettriche BEV'])"
    )
    page = login("amministratore")
    page.goto(site.url + "/admin/articles/tag/?q=elettric")
    for name in ("Veicoli elettrici", "Auto elettriche BEV"):
        page.locator("#result_list tr", has_text=name).locator(
            "input[name=_selected_action]"
        ).check()
    page.select_option("select[name=action]", "merge")
    page.click("button[name=index]")
    expect(page.locator(".tag-merge")).to_contain_text("Scegli il tag che resta")
    page.get_by_label("Veicoli elettrici").check()
    page.get_by_role("button", name="Unisci i tag").click()
    expect(page.locator(".messagelist")).to_contain_text("Uniti in «Veicoli elettrici»")

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    for path in ("/tag/auto-elettriche-bev/", "/tag/auto-elettriche-bev/feed/"):
        try:
            opener.open(site.url + path)
            raise AssertionError(f"{path} did not redirect")
        except urllib.error.HTTPError as moved:
            assert moved.code == 301, path
            assert moved.headers["Location"] == path.replace(
                "auto-elettriche-bev", "veicoli-elettrici"
            )
    reader = page.context.new_page()
    reader.goto(site.url + "/tag/auto-elettriche-bev/")
    expect(reader.locator("h1")).to_contain_text("Veicoli elettrici")
