"""Admin login throttling: one account guessed from one address, and one
address spraying many accounts, both get locked; the address is the real
client's, never a header the client can forge."""

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.urls import reverse

from newsroom.http import client_ip

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "redazione-vera", password="password-giusta", is_staff=True
    )


def _spray(client, accounts, first=0, **headers):
    for n in range(first, first + accounts):
        client.post(LOGIN, {"username": f"utente{n}", "password": "Estate2026!"}, **headers)


def _login(client, **headers):
    return client.post(
        LOGIN, {"username": "redazione-vera", "password": "password-giusta"}, **headers
    )


def test_one_address_trying_many_accounts_is_locked_out(client, settings, editor):
    settings.AXES_SPRAY_USERNAMES = 10
    _spray(client, 9, REMOTE_ADDR="203.0.113.7")
    assert _login(client, REMOTE_ADDR="203.0.113.7").status_code == 302  # still below the bar
    client.logout()
    _spray(client, 1, first=9, REMOTE_ADDR="203.0.113.7")
    locked = _login(client, REMOTE_ADDR="203.0.113.7")
    assert locked.status_code == 429
    assert "Troppi accessi non riusciti" in locked.content.decode()
    # Another address is not affected.
    assert _login(client, REMOTE_ADDR="198.51.100.20").status_code == 302


def test_a_forged_forwarded_for_header_does_not_dodge_the_lock_without_a_proxy(
    client, settings, editor
):
    settings.AXES_SPRAY_USERNAMES = 10
    for n in range(10):
        client.post(
            LOGIN,
            {"username": f"utente{n}", "password": "x"},
            REMOTE_ADDR="203.0.113.7",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
        )
    response = _login(client, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="10.9.9.9")
    assert response.status_code == 429


def test_client_address_comes_from_the_trusted_proxy_only_when_configured(settings):
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7"
    )
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 1  # our proxy appended the address it saw
    assert client_ip(request) == "203.0.113.7"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request) == "6.6.6.6"
    settings.TRUSTED_PROXY_COUNT = 3  # fewer entries than proxies: not trustworthy
    assert client_ip(request) == "10.0.0.1"


def test_behind_a_proxy_each_client_is_counted_apart(client, settings, editor):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.AXES_SPRAY_USERNAMES = 10
    _spray(client, 10, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")
    locked = _login(client, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert locked.status_code == 429
    other = _login(client, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.20")
    assert other.status_code == 302


def test_admin_login_page_still_answers(client):
    assert client.get(reverse("admin:login")).status_code == 200
