"""A piece goes from the Redattore to the Caporedattore and back: the note on
top, the e-mail, the dashboard, withdrawal, a guarded publication."""

import re
from datetime import datetime, timedelta

from playwright.sync_api import expect

from .steps import write_article
from .test_workflow import _jpeg


def test_a_returned_piece_shows_the_note_on_top_by_mail_and_on_the_dashboard(
    site, login, mail_outbox
):
    writer = login("redattore")
    write_article(writer, site, "Citycar da rivedere")
    writer.get_by_role("button", name="Invia in revisione").click()
    expect(writer.locator(".workflow-state")).to_have_text("in revisione")

    desk = login("caporedattore")
    expect(desk.locator("#dash-review + .desk-list")).to_contain_text("Citycar da rivedere")
    expect(desk.locator(".desk-bell")).to_contain_text("da leggere")  # the submission
    desk.locator("[aria-labelledby=dash-review]").get_by_role(
        "link", name="Citycar da rivedere"
    ).click()
    desk.fill("#id_workflow_note", "Manca la fonte del prezzo: aggiungila nel secondo paragrafo.")
    desk.get_by_role("button", name="Restituisci all'autore").click()
    expect(desk.locator(".workflow-state")).to_have_text("restituito")

    mail = mail_outbox()
    assert "Mario Rossi ti ha restituito «Citycar da rivedere»" in mail
    assert "Manca la fonte del prezzo" in mail
    assert "redattore@example.com" in mail

    writer.goto(site.url + "/admin/")
    returned = writer.locator(".desk-card--alert")
    expect(returned).to_contain_text("Manca la fonte del prezzo")
    returned.get_by_role("link", name="Citycar da rivedere").click()
    note = writer.locator(".return-note")
    expect(note).to_contain_text("Restituito da Mario Rossi")
    expect(note).to_contain_text("Manca la fonte del prezzo")
    assert note.bounding_box()["y"] < writer.locator("#id_title").bounding_box()["y"]

    writer.goto(site.url + "/admin/desk/notifications/")
    expect(writer.locator(".desk-notification-list")).to_contain_text(
        "Mario Rossi ti ha restituito «Citycar da rivedere»"
    )


def test_the_writer_reads_the_submitted_piece_and_withdraws_it(site, login):
    writer = login("redattore")
    write_article(writer, site, "Citycar da ritirare")
    writer.get_by_role("button", name="Invia in revisione").click()
    expect(writer.locator(".read-only-article__body")).to_contain_text(
        "La nuova citycar è sorprendente in città."
    )
    expect(writer.locator("#content-main")).not_to_contain_text("<p>")
    expect(writer.locator("#content-main")).not_to_contain_text("Versione")
    writer.get_by_role("button", name="Ritira dalla revisione").click()
    expect(writer.locator(".workflow-state")).to_have_text("bozza")
    expect(writer.locator("#id_title")).to_have_value("Citycar da ritirare")


def test_publishing_asks_first_with_the_checks_and_scheduling_says_when(site, login, tmp_path):
    desk = login("caporedattore")
    write_article(desk, site, "Citycar senza foto")
    desk.get_by_role("button", name="Approva e pubblica ora").click()
    confirm = desk.locator("[data-confirmation]")
    expect(confirm).to_contain_text("Approva e pubblica ora: «Citycar senza foto»?")
    expect(confirm.locator(".check-failed")).to_contain_text(["Immagine d'apertura larga almeno"])
    expect(confirm.get_by_role("button", name=re.compile("Conferma"))).to_have_count(0)

    write_article(desk, site, "Citycar con foto", image=_jpeg(tmp_path))
    desk.get_by_role("button", name="Approva e pubblica ora").click()
    confirm = desk.locator("[data-confirmation]")
    expect(confirm).to_contain_text("«Citycar con foto»")
    confirm.get_by_role("button", name="Annulla").click()
    expect(desk.locator("[data-confirmation]")).to_have_count(0)
    expect(desk.locator(".workflow-state")).to_have_text("bozza")

    friday = datetime.now() + timedelta(days=(4 - datetime.now().weekday()) % 7 + 7)
    when = friday.replace(hour=9, minute=0)
    desk.fill("#id_workflow_when", when.strftime("%Y-%m-%dT%H:%M"))
    desk.get_by_role("button", name="Programma").click()
    desk.locator("[data-confirmation]").get_by_role("button", name="Conferma: Programma").click()
    months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
              "agosto", "settembre", "ottobre", "novembre", "dicembre"]  # fmt: skip
    expect(desk.locator(".workflow-when")).to_have_text(
        f"Sarà pubblicato venerdì {when.day} {months[when.month - 1]} alle 9:00."
    )
    expect(desk.get_by_role("button", name="Aggiungi una correzione pubblica")).to_have_count(0)
    expect(desk.get_by_role("button", name="Annulla la programmazione")).to_be_visible()


def test_bulk_publishing_lists_the_pieces_with_their_checks_first(site, login):
    site.shell(
        "from articles import services; from articles.models import Article, Section; "
        "from authors.models import Author; "
        "a = Article(title='Bozza in blocco', slug='bozza-in-blocco', "
        "section=Section.objects.first(), status='review'); "
        "services.article_save(article=a, byline=[Author.objects.first()])"
    )
    desk = login("caporedattore")
    desk.goto(site.url + "/admin/articles/article/?queue=review")
    desk.locator("#result_list tr", has_text="Bozza in blocco").locator(
        "input[name=_selected_action]"
    ).check()
    desk.select_option("select[name=action]", "bulk_publish")
    desk.click("button[name=index]")
    expect(desk.locator(".bulk-list")).to_contain_text("Bozza in blocco")
    expect(desk.locator(".bulk-list")).to_contain_text("Immagine d'apertura larga almeno")
    desk.get_by_role("button", name="Conferma: Approva e pubblica ora").click()
    expect(desk.locator(".messagelist .error")).to_contain_text("«Bozza in blocco»")
