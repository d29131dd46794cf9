"""The home page the desk arranges: pinned slots with start and end times, the
rest by recency, never the same story twice; the preview of a future home;
Ultim'ora; "Leggi anche"."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from articles import services
from frontpage.compose import compose
from frontpage.models import BreakingNews, Pin, Slot
from tests.support.factories import ArticleFactory, SectionFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def _ago(hours):
    return timezone.now() - timedelta(hours=hours)


def _titles(articles):
    return [a.title for a in articles]


def test_no_article_appears_twice_on_the_home_page(client):
    sections = [SectionFactory(), SectionFactory()]
    articles = [
        ArticleFactory(section=sections[n % 2], published_at=_ago(n + 1)) for n in range(30)
    ]
    Pin.objects.create(slot=Slot.LEAD, article=articles[20])
    Pin.objects.create(slot=Slot.SECOND_2, article=articles[25])
    # Pinned twice: it keeps the more prominent slot only.
    Pin.objects.create(slot=Slot.SECTION, section=sections[0], article=articles[20])
    home = client.get("/").context["home"]
    shown = [a.pk for a in home.shown()]
    assert len(shown) == len(set(shown))
    assert home.lead == articles[20]
    assert home.secondary[1] == articles[25]
    assert home.secondary[0] == articles[0]  # the rest by recency
    assert len(home.secondary) == 4 and home.section_blocks


def test_a_pinned_story_leaves_its_slot_when_its_end_time_passes(client):
    newest = ArticleFactory(title="La più recente")
    pinned = ArticleFactory(title="Fissata fino alle 18", published_at=_ago(5))
    now = timezone.now()
    Pin.objects.create(slot=Slot.LEAD, article=pinned, ends_at=now + timedelta(hours=2))
    assert client.get("/").context["lead"] == pinned
    with time_machine.travel(now + timedelta(hours=2, seconds=1), tick=False):
        assert client.get("/").context["lead"] == newest


def test_a_pin_of_an_unpublished_article_takes_no_slot():
    draft = ArticleFactory(draft=True)
    public = ArticleFactory()
    Pin.objects.create(slot=Slot.LEAD, article=draft)
    assert compose().lead == public


def test_a_scheduled_pin_changes_the_lead_at_its_time_and_the_preview_shows_it(client):
    now = timezone.now()
    today = ArticleFactory(title="Apertura di oggi")
    Pin.objects.create(slot=Slot.LEAD, article=today)
    # "Alle 9:00 l'apertura passa a…" an article that is not public yet either.
    nine = now + timedelta(hours=10)
    tomorrow = ArticleFactory(title="Apertura di domani", published_at=nine - timedelta(minutes=5))
    Pin.objects.create(slot=Slot.LEAD, article=tomorrow, starts_at=nine)

    public = client.get("/").content.decode()
    assert "Apertura di oggi" in public and "Apertura di domani" not in public

    client.force_login(role_user("Caporedattore"))
    at = timezone.localtime(nine + timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M")
    preview = client.get(reverse("admin:frontpage_pin_preview"), {"at": at})
    assert preview.status_code == 200
    assert preview.context["lead"] == tomorrow
    assert today in preview.context["home"].shown()  # still on the page, lower down
    html = preview.content.decode()
    assert "ANTEPRIMA" in html and '<meta name="robots" content="noindex, nofollow">' in html
    assert preview["Cache-Control"] == "private, no-store"
    assert preview["X-Robots-Tag"] == "noindex, nofollow"

    client.logout()
    with time_machine.travel(nine + timedelta(minutes=1), tick=False):
        assert client.get("/").context["lead"] == tomorrow


def test_the_home_preview_is_for_the_desk_only(client):
    url = reverse("admin:frontpage_pin_preview")
    assert client.get(url).status_code == 302  # to the login
    client.force_login(role_user("Redattore"))
    assert client.get(url).status_code == 403
    client.force_login(role_user("Amministratore", username="amministratrice"))
    assert client.get(url).status_code == 200


def test_the_desk_manages_the_slots_and_ultimora_in_the_admin(client):
    article = ArticleFactory()
    client.force_login(role_user("Caporedattore"))
    assert client.get(reverse("admin:frontpage_pin_changelist")).status_code == 200
    added = client.post(
        reverse("admin:frontpage_pin_add"),
        {
            "slot": "lead",
            "section": "",
            "article": article.pk,
            "starts_at_0": "",
            "starts_at_1": "",
        },
        follow=True,
    )
    assert added.status_code == 200 and Pin.objects.filter(article=article).exists()
    refused = client.post(
        reverse("admin:frontpage_pin_add"), {"slot": "section", "article": article.pk}
    )
    assert "Scegli la sezione" in refused.content.decode()
    client.force_login(role_user("Redattore"))
    assert client.get(reverse("admin:frontpage_pin_changelist")).status_code == 403


def test_ultimora_shows_on_every_public_page_while_it_lasts(
    client, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 300
    article = ArticleFactory(title="Sciopero dei trasporti")
    now = timezone.now()
    client.get("/")  # a stored page, retired by the new Ultim'ora
    with django_capture_on_commit_callbacks(execute=True):
        BreakingNews.objects.create(
            text="Sciopero nazionale dei trasporti domani",
            article=article,
            ends_at=now + timedelta(minutes=30),
        )
    for url in ("/", article.get_absolute_url(), article.section.get_absolute_url()):
        html = client.get(url).content.decode()
        assert "Ultim&#x27;ora" in html or "Ultim'ora" in html
        assert "Sciopero nazionale dei trasporti domani" in html
        assert f'href="{article.get_absolute_url()}"' in html
    with time_machine.travel(now + timedelta(minutes=31), tick=False):
        assert "Sciopero nazionale" not in client.get("/").content.decode()


def _stored_for(response) -> int:
    return int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])


@pytest.mark.parametrize("edge", ["pin start", "pin end", "ultimora start", "ultimora end"])
def test_a_stored_page_never_outlives_a_pin_or_an_ultimora(client, settings, edge):
    settings.PAGE_CACHE_SECONDS = 3600
    # One minute past the hour: "I più letti" would keep the page 14 minutes.
    now = timezone.now().replace(minute=1, second=0, microsecond=0)
    soon, later = now + timedelta(minutes=2), now + timedelta(hours=5)
    article = ArticleFactory()
    with time_machine.travel(now, tick=False):
        match edge:
            case "pin start":
                Pin.objects.create(slot=Slot.LEAD, article=article, starts_at=soon)
            case "pin end":
                Pin.objects.create(slot=Slot.LEAD, article=article, ends_at=soon)
            case "ultimora start":
                BreakingNews.objects.create(text="Flash", starts_at=soon, ends_at=later)
            case "ultimora end":
                BreakingNews.objects.create(text="Flash", ends_at=soon)
        assert _stored_for(client.get("/")) <= 120


def test_read_also_keeps_the_desks_order_and_shows_only_published_articles(client):
    article = ArticleFactory(title="Articolo principale")
    first = ArticleFactory(title="Prima lettura consigliata", published_at=_ago(30))
    second = ArticleFactory(title="Seconda lettura consigliata", published_at=_ago(2))
    hidden = ArticleFactory(title="Bozza consigliata", draft=True)
    services.article_save(article=article, read_also=[second, hidden, first])
    response = client.get(article.get_absolute_url())
    assert response.context["read_also"] == [second, first]
    html = response.content.decode()
    assert "Leggi anche" in html
    assert html.index("Seconda lettura") < html.index("Prima lettura")
    assert "Bozza consigliata" not in html
    assert html.index("Leggi anche") < html.index("Prima lettura")


def test_read_also_is_edited_in_the_article_admin(client):
    from tests.support.admin_forms import change_form_data

    article = ArticleFactory(title="Da collegare")
    pick = ArticleFactory(title="Da leggere")
    client.force_login(role_user("Caporedattore"))
    data = change_form_data(client, article)
    data.update(
        {
            "read_also-TOTAL_FORMS": "1",
            "read_also-0-target": pick.pk,
            "read_also-0-position": "0",
        }
    )
    client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert [r.target for r in article.read_also.all()] == [pick]
    search = client.get(
        reverse("admin:autocomplete"),
        {
            "term": "leggere",
            "app_label": "articles",
            "model_name": "readalso",
            "field_name": "target",
        },
    )
    assert "Da leggere" in search.content.decode()


def test_a_contributor_saving_an_article_keeps_the_desks_read_also(client):
    from tests.support.admin_forms import change_form_data
    from tests.support.factories import AuthorFactory

    writer = role_user("Redattore")
    author = AuthorFactory(user=writer)
    article = ArticleFactory(draft=True, created_by=writer, authors=[author])
    pick = ArticleFactory()
    services.article_save(article=article, read_also=[pick])
    client.force_login(writer)
    data = change_form_data(client, article, title="Titolo rivisto")
    for key in [k for k in data if k.startswith("read_also-")]:
        del data[key]  # the inline is not on a contributor's form
    client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    article.refresh_from_db()
    assert article.title == "Titolo rivisto"
    assert [r.target for r in article.read_also.all()] == [pick]


def test_a_mistyped_preview_time_says_so_in_italian_and_shows_the_home_now(client):
    ArticleFactory(title="Notizia di adesso")
    client.force_login(role_user("Caporedattore"))
    response = client.get(reverse("admin:frontpage_pin_preview"), {"at": "domani alle nove"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Inserisci una data/ora valida" in html and "Notizia di adesso" in html


def test_the_preview_shows_the_ultimora_of_that_time(client):
    ArticleFactory()
    now = timezone.now()
    BreakingNews.objects.create(
        text="Domani sciopero dei benzinai",
        starts_at=now + timedelta(hours=20),
        ends_at=now + timedelta(hours=30),
    )
    assert "sciopero dei benzinai" not in client.get("/").content.decode()
    client.force_login(role_user("Caporedattore"))
    at = timezone.localtime(now + timedelta(hours=21)).strftime("%Y-%m-%dT%H:%M")
    preview = client.get(reverse("admin:frontpage_pin_preview"), {"at": at})
    assert "Domani sciopero dei benzinai" in preview.content.decode()


def test_a_preview_time_in_year_one_is_refused_in_italian_not_a_server_error(client):
    ArticleFactory(title="Notizia di adesso")
    client.force_login(role_user("Caporedattore"))
    response = client.get(reverse("admin:frontpage_pin_preview"), {"at": "0001-01-01T00:00"})
    assert response.status_code == 200
    assert "tra il 2000 e il 9000" in response.content.decode()
