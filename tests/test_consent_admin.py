import csv
import io
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from consent.models import (
    CategoryKey,
    ConsentCategory,
    ConsentPolicy,
    ConsentRecord,
    ConsentScript,
    ConsentService,
)
from tests.support.consent_support import choose

pytestmark = pytest.mark.django_db


def _records(client):
    choose(client, "accept_all", REMOTE_ADDR="10.1.2.3")
    choose(client, "reject_all", REMOTE_ADDR="10.1.2.3")
    return list(ConsentRecord.objects.order_by("pk"))


def test_admins_can_list_filter_and_search_the_consent_log(admin_user_client, client, demo_consent):
    first, second = _records(client)
    listing = admin_user_client.get("/admin/consent/consentrecord/")
    assert listing.status_code == 200 and str(first.consent_id) in listing.content.decode()
    filtered = admin_user_client.get("/admin/consent/consentrecord/?method__exact=banner_reject")
    assert filtered.context["cl"].result_count == 1
    searched = admin_user_client.get(f"/admin/consent/consentrecord/?q={first.consent_id}")
    assert searched.context["cl"].result_count == 2


def test_admins_export_the_log_as_csv(admin_user_client, client, demo_consent):
    records = _records(client)
    response = admin_user_client.post(
        "/admin/consent/consentrecord/",
        {"action": "export_csv", "_selected_action": [r.pk for r in records]},
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["consent_id", "created_at", "method"]
    assert [r[2] for r in rows[1:]] == ["banner_accept", "banner_reject"]
    assert rows[1][7] == "10.1.2.0"


def test_consent_records_are_read_only_in_the_admin(admin_user_client, client, demo_consent):
    record = _records(client)[0]
    page = admin_user_client.get(f"/admin/consent/consentrecord/{record.pk}/change/")
    assert page.status_code == 200 and 'name="method"' not in page.content.decode()
    assert admin_user_client.get("/admin/consent/consentrecord/add/").status_code == 403


def test_purge_command_deletes_only_records_older_than_the_retention(
    client, demo_consent, settings
):
    old, recent = _records(client)
    ConsentRecord.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=800))
    settings.CONSENT_RETENTION_DAYS = 730
    out = io.StringIO()
    call_command("consent_purge", stdout=out)
    assert list(ConsentRecord.objects.all()) == [recent]
    assert "1" in out.getvalue()


def test_cookie_policy_page_is_generated_from_the_admin_list(client, demo_consent):
    html = client.get("/cookie-policy/").content.decode()
    for text in ("Necessari", "Statistiche", "Contenuti di terze parti", "nr_consent", "YouTube"):
        assert text in html
    ConsentService.objects.create(
        category=ConsentCategory.objects.get(key="marketing"),
        name="Rete pubblicitaria di prova",
        provider="Pubblicità Srl",
        purpose="Annunci personalizzati",
        duration="13 mesi",
        cookie_names="ads_id",
    )
    html = client.get("/cookie-policy/").content.decode()
    assert "Rete pubblicitaria di prova" in html and "ads_id" in html and "13 mesi" in html


def test_privacy_policy_is_editable_by_admins_and_escaped(admin_user_client, client):
    response = admin_user_client.post(
        "/admin/consent/consentpolicy/1/change/",
        {"version": 1, "privacy_policy": "Titolare: Newsroom.\n\nScrivici <script>x()</script>"},
    )
    assert response.status_code == 302
    html = client.get("/privacy/").content.decode()
    assert "<p>Titolare: Newsroom.</p>" in html and "<script>x()" not in html


def test_policy_version_can_only_go_up(db):
    policy = ConsentPolicy.load()
    policy.version = 3
    policy.save()
    policy.version = 2
    with pytest.raises(ValidationError):
        policy.full_clean()


def test_script_address_must_be_https_or_on_this_site(db):
    category = ConsentCategory.objects.get(key=CategoryKey.STATISTICS)
    for bad in ("http://tracker.example/a.js", "//tracker.example/a.js", "javascript:x()"):
        with pytest.raises(ValidationError):
            ConsentScript(category=category, name="x", src=bad).full_clean()
    ConsentScript(category=category, name="x", src="https://cdn.example/a.js").full_clean()
