import pytest
from django.views.defaults import server_error


def test_server_error_page_is_italian_and_standalone(rf):
    response = server_error(rf.get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="it">' in html and "Si è verificato un errore" in html


@pytest.mark.django_db
def test_not_found_page_is_italian(client):
    response = client.get("/non-esiste/")
    assert response.status_code == 404
    assert "Pagina non trovata" in response.content.decode()


@pytest.mark.django_db
def test_admin_speaks_italian(client):
    html = client.get("/admin/login/").content.decode()
    assert "Nome utente" in html and "Accedi" in html


@pytest.mark.django_db
def test_login_throttling_admin_is_italian_too(admin_user_client):
    html = admin_user_client.get("/admin/").content.decode()
    assert "Tentativi di accesso" in html and "Registri di accesso" in html
    assert "Sicurezza degli accessi" in html and "/admin/articles/tag/" in html


@pytest.mark.django_db
def test_a_media_name_too_long_for_the_file_system_is_not_found(client, settings):
    settings.MEDIA_ROOT.mkdir(parents=True, exist_ok=True)
    response = client.get("/media/" + "a" * 300 + ".jpg")
    assert response.status_code == 404
