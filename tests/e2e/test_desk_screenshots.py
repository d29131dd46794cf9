"""Pictures of the desk for people to judge: dashboard, change form and
notifications, at desktop (1366 px) and laptop (1280×800) widths."""

import pytest

from .steps import write_article

LAPTOP = {"width": 1280, "height": 800}
DESKTOP = {"width": 1366, "height": 900}


@pytest.mark.screenshots
@pytest.mark.parametrize(("label", "viewport"), [("desktop", DESKTOP), ("laptop", LAPTOP)])
def test_screenshots_of_the_desk(site, login, screenshot_dir, label, viewport):
    writer = login("redattore", viewport=viewport)
    title = f"Prova della nuova citycar elettrica ({label})"
    write_article(writer, site, title)
    writer.get_by_role("button", name="Invia in revisione").click()

    desk = login("caporedattore", viewport=viewport)
    desk.screenshot(path=screenshot_dir / f"desk-dashboard-{label}.png", full_page=True)
    desk.goto(site.url + "/admin/desk/notifications/")
    desk.screenshot(path=screenshot_dir / f"desk-notifications-{label}.png", full_page=True)
    desk.goto(site.url + "/admin/")
    desk.locator("[aria-labelledby=dash-review]").get_by_role("link", name=title).click()
    desk.wait_for_selector(".prose-menubar")
    desk.screenshot(path=screenshot_dir / f"desk-change-form-{label}.png")
    desk.screenshot(path=screenshot_dir / f"desk-change-form-{label}-full.png", full_page=True)
    desk.get_by_role("button", name="Approva e pubblica ora").click()
    desk.wait_for_selector("[data-confirmation]")
    desk.screenshot(path=screenshot_dir / f"desk-confirmation-{label}.png")
