"""Who is editing what: shown on the form and the list, gone by itself."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from desk import presence
from tests.support.factories import ArticleFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def _named(role, username, first, last):
    user = role_user(role, username)
    user.first_name, user.last_name = first, last
    user.save()
    return user


def test_a_heartbeat_shows_who_edits_and_for_how_long(client):
    mario = _named("Caporedattore", "mario", "Mario", "Rossi")
    anna = _named("Caporedattore", "anna", "Anna", "Ferri")
    article = ArticleFactory(draft=True)
    url = reverse("admin:desk_presence", args=[article.pk])
    client.force_login(mario)
    start = timezone.now()
    for seconds in (0, 45, 90, 135, 180):  # Mario's page keeps reporting in
        with time_machine.travel(start + timedelta(seconds=seconds)):
            client.post(url)

    with time_machine.travel(start + timedelta(minutes=3, seconds=10)):
        client.force_login(anna)
        seen = client.post(url).json()
        form = client.get(reverse("admin:articles_article_change", args=[article.pk]))
        listing = client.get(reverse("admin:articles_article_changelist"))
    sentence = "Mario Rossi sta modificando questo articolo da 3 minuti"
    assert seen["others"] == [sentence]
    assert sentence in form.content.decode()
    assert sentence in listing.content.decode()


def test_presence_lapses_when_the_page_stops_reporting(settings):
    mario = role_user("Caporedattore", "mario")
    article = ArticleFactory(draft=True)
    presence.heartbeat(user=mario, article=article)
    assert presence.editing(article)
    later = timezone.now() + timedelta(seconds=settings.DESK_PRESENCE_SECONDS + 1)
    with time_machine.travel(later):
        assert presence.editing(article) == []


def test_the_desk_takes_over_and_the_editor_is_told(client):
    writer = _named("Redattore", "giulia", "Giulia", "Neri")
    desk = _named("Caporedattore", "anna", "Anna", "Ferri")
    article = ArticleFactory(draft=True, created_by=writer)
    url = reverse("admin:desk_presence", args=[article.pk])
    client.force_login(writer)
    client.post(url)

    client.force_login(desk)
    client.post(reverse("admin:desk_take_over", args=[article.pk]))

    client.force_login(writer)
    told = client.post(url).json()
    assert "Anna Ferri ha preso in carico questo articolo" in told["taken_over"]


def test_a_writer_cannot_take_over_nor_see_others_pieces(client):
    writer = role_user("Redattore", "giulia")
    article = ArticleFactory(draft=True)
    client.force_login(writer)
    assert client.post(reverse("admin:desk_presence", args=[article.pk])).status_code == 403
    assert client.post(reverse("admin:desk_take_over", args=[article.pk])).status_code == 403


def test_leaving_the_page_clears_the_presence(client):
    mario = role_user("Caporedattore", "mario")
    article = ArticleFactory(draft=True)
    client.force_login(mario)
    client.post(reverse("admin:desk_presence", args=[article.pk]))
    client.post(reverse("admin:desk_presence_leave", args=[article.pk]))
    assert presence.editing(article) == []
