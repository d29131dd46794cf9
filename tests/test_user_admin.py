import pytest

from tests.support.factories import UserFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def _change_form_data(user, **extra):
    data = {
        "username": user.username,
        "email": user.email,
        "is_active": "on",
        "is_staff": "on",
        "date_joined_0": "01/01/2026",
        "date_joined_1": "10:00",
        "initial-date_joined_0": "01/01/2026",
        "initial-date_joined_1": "10:00",
    }
    data.update(extra)
    return data


def test_amministratore_cannot_make_anyone_superuser(client):
    admin = role_user("Amministratore")
    client.force_login(admin)
    target = UserFactory(username="collega", staff=True)
    response = client.post(
        f"/admin/auth/user/{admin.pk}/change/",
        _change_form_data(admin, is_superuser="on", groups=[g.pk for g in admin.groups.all()]),
    )
    assert response.status_code in (200, 302)
    admin.refresh_from_db()
    assert not admin.is_superuser
    client.post(
        f"/admin/auth/user/{target.pk}/change/", _change_form_data(target, is_superuser="on")
    )
    target.refresh_from_db()
    assert not target.is_superuser


def test_amministratore_cannot_edit_or_delete_a_superuser_account(client, django_user_model):
    boss = django_user_model.objects.create_superuser(
        "direttore", "d@example.com", "password-di-prova"
    )
    client.force_login(role_user("Amministratore"))
    client.post(
        f"/admin/auth/user/{boss.pk}/change/", _change_form_data(boss, email="preso@example.com")
    )
    boss.refresh_from_db()
    assert boss.email == "d@example.com"
    assert client.post(f"/admin/auth/user/{boss.pk}/delete/", {"post": "yes"}).status_code == 403
    assert client.get(f"/admin/auth/user/{boss.pk}/password/").status_code == 403
    assert django_user_model.objects.filter(pk=boss.pk).exists()


def test_superuser_still_manages_superuser_status(admin_user_client):
    target = UserFactory(username="promosso", staff=True)
    admin_user_client.post(
        f"/admin/auth/user/{target.pk}/change/", _change_form_data(target, is_superuser="on")
    )
    target.refresh_from_db()
    assert target.is_superuser


def test_amministratore_manages_consent_settings_and_reads_the_log(client):
    client.force_login(role_user("Amministratore"))
    index = client.get("/admin/").content.decode()
    assert "/admin/consent/consentcategory/" in index
    assert client.get("/admin/consent/consentcategory/add/").status_code == 200
    # Gated scripts run on the admin's origin: superusers set them, others read them.
    assert client.get("/admin/consent/consentscript/").status_code == 200
    assert client.get("/admin/consent/consentscript/add/").status_code == 403
    # ... and the role itself says so (not only the admin's guard).
    user = role_user("Amministratore")
    assert user.has_perm("consent.view_consentscript")
    assert not {"add", "change", "delete"} & {
        p.split("_")[0].split(".")[1]
        for p in user.get_all_permissions()
        if p.endswith("_consentscript")
    }
    assert client.get("/admin/consent/consentrecord/").status_code == 200
    assert client.get("/admin/consent/consentpolicy/").status_code == 200


def test_desk_editor_does_not_see_consent_settings(client):
    client.force_login(role_user("Caporedattore"))
    assert client.get("/admin/consent/consentscript/").status_code == 403
