"""Consent settings an admin cannot turn against readers or other admins (issue 10, points 5, 6, 8)."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from consent import config
from consent.middleware import script_origins
from consent.models import CategoryKey, ConsentCategory, ConsentScript
from newsroom.roles import ADMINISTRATOR
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db

REFUSED = "Solo la categoria strettamente necessaria può essere sempre attiva"


@pytest.fixture
def amministratore(client):
    client.force_login(role_user(ADMINISTRATOR))
    return client


@pytest.fixture
def statistics():
    return ConsentCategory.objects.get(key=CategoryKey.STATISTICS)


def _category_form(category, **changes):
    data = {
        "name": category.name,
        "description": category.description,
        "order": category.order,
        "services-TOTAL_FORMS": "0",
        "services-INITIAL_FORMS": "0",
        "scripts-TOTAL_FORMS": "0",
        "scripts-INITIAL_FORMS": "0",
    }
    if category.required:
        data["required"] = "on"
    data.update(changes)
    return data


def test_an_amministratore_can_read_but_not_add_change_or_delete_gated_scripts(
    amministratore, statistics
):
    script = ConsentScript.objects.create(category=statistics, name="Stat", src="/static/a.js")
    add = reverse("admin:consent_consentscript_add")
    change = reverse("admin:consent_consentscript_change", args=[script.pk])
    delete = reverse("admin:consent_consentscript_delete", args=[script.pk])
    assert amministratore.get(add).status_code == 403
    posted = {"category": statistics.pk, "name": "Mia", "src": "https://evil.example/x.js"}
    assert amministratore.post(add, posted).status_code == 403
    page = amministratore.get(change)
    assert page.status_code == 200 and 'name="src"' not in page.text  # read only
    amministratore.post(change, posted)
    assert amministratore.post(delete, {"post": "yes"}).status_code == 403
    script.refresh_from_db()
    assert (script.src, ConsentScript.objects.count()) == ("/static/a.js", 1)


def test_an_amministratore_cannot_slip_a_script_in_through_the_category_inline(
    amministratore, statistics
):
    url = reverse("admin:consent_consentcategory_change", args=[statistics.pk])
    data = _category_form(
        statistics,
        name="Statistiche anonime",
        **{
            "scripts-TOTAL_FORMS": "1",
            "scripts-0-name": "Mia",
            "scripts-0-src": "https://evil.example/x.js",
            "scripts-0-is_active": "on",
            "scripts-0-config": "{}",
        },
    )
    amministratore.post(url, data)
    statistics.refresh_from_db()
    assert statistics.name == "Statistiche anonime"  # texts are still theirs to manage
    assert not ConsentScript.objects.exists()


def test_a_superuser_adds_gated_scripts_and_their_host_joins_the_csp(
    admin_user_client, client, statistics
):
    url = reverse("admin:consent_consentscript_add")
    posted = {
        "category": statistics.pk,
        "name": "Analisi",
        "src": "https://cdn.example/a.js",
        "config": "{}",
        "is_active": "on",
    }
    assert admin_user_client.post(url, posted).status_code == 302
    csp = client.get("/").headers["Content-Security-Policy"]
    assert "https://cdn.example" in csp


@pytest.mark.parametrize(
    "src",
    [
        "/\\evil.example/x.js",
        "\\\\evil.example/x.js",
        "/\t/evil.example/x.js",
        "/\n/evil.example/x.js",
        " //evil.example/x.js",
        "https:\\\\evil.example/x.js",
        "https://evil.example\\@cdn.example/x.js",
        "\x01/evil.example/x.js",
        "http://cdn.example/a.js",
        "javascript:alert(1)",
        "data:text/javascript,alert(1)",
    ],
)
def test_a_script_address_a_browser_reads_on_another_host_is_refused(statistics, src):
    with pytest.raises(ValidationError) as error:
        ConsentScript(category=statistics, name="x", src=src).full_clean()
    assert "src" in error.value.message_dict


def test_the_csp_names_the_host_a_browser_loads_from():
    conf = type("Conf", (), {"scripts": [{"src": "https://user@cdn.example:8443/a.js"}]})
    assert script_origins(conf) == ["https://cdn.example:8443"]


@pytest.mark.parametrize("key", [CategoryKey.STATISTICS, CategoryKey.MARKETING, "third_party"])
def test_only_the_necessary_category_may_be_always_on_in_the_model(key):
    category = ConsentCategory.objects.get(key=key)
    category.required = True
    with pytest.raises(ValidationError) as error:
        category.full_clean()
    assert REFUSED in " ".join(error.value.message_dict["required"])
    with pytest.raises(IntegrityError), transaction.atomic():
        ConsentCategory.objects.filter(pk=category.pk).update(required=True)


def test_the_admin_refuses_an_always_on_marketing_category_with_an_italian_message(
    admin_user_client,
):
    marketing = ConsentCategory.objects.get(key=CategoryKey.MARKETING)
    url = reverse("admin:consent_consentcategory_change", args=[marketing.pk])
    response = admin_user_client.post(url, _category_form(marketing, required="on"))
    assert response.status_code == 200
    assert REFUSED in response.text
    marketing.refresh_from_db()
    assert not marketing.required
    assert CategoryKey.MARKETING in config.load().optional_keys


def test_the_necessary_category_stays_always_on_and_its_key_cannot_be_changed(
    admin_user_client,
):
    necessary = ConsentCategory.objects.get(key=CategoryKey.NECESSARY)
    url = reverse("admin:consent_consentcategory_change", args=[necessary.pk])
    data = _category_form(necessary, key=CategoryKey.MARKETING, required="on")
    assert admin_user_client.post(url, data).status_code == 302
    necessary.refresh_from_db()
    assert (necessary.key, necessary.required) == (CategoryKey.NECESSARY, True)
