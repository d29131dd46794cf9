"""The admin's home is a personal dashboard: what each person needs next."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.workflow import Status
from tests.support.factories import ArticleFactory, AuthorFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


def _dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    return response.content.decode()


def test_a_writer_sees_drafts_returned_pieces_with_the_note_and_nothing_of_others(client):
    writer = role_user("Redattore", "giulia")
    desk = role_user("Caporedattore")
    ArticleFactory(draft=True, created_by=writer, title="La mia bozza")
    back = ArticleFactory(
        status=Status.REVIEW, published_at=None, created_by=writer, title="Rivedi"
    )
    services.article_transition(name="return", article=back, by=desk, note="Serve una fonte.")
    ArticleFactory(draft=True, title="La bozza di un collega")
    sent = ArticleFactory(draft=True, created_by=writer, title="Il mio pezzo inviato")
    services.article_transition(name="submit", article=sent, by=writer)

    html = _dashboard(client, writer)
    assert "La mia bozza" in html
    assert "Inviati in revisione" in html and "Il mio pezzo inviato" in html
    assert "Restituiti a te" in html and "Serve una fonte." in html
    assert html.index("Restituiti a te") < html.index("Le mie bozze")  # the note on top
    assert "La bozza di un collega" not in html
    assert "In attesa di revisione" not in html


@time_machine.travel(
    # Mid-morning in Rome: an article published an hour ago is "today" (run
    # just after midnight, the factory's hour-old article was yesterday's).
    timezone.localtime().replace(hour=10, minute=30, second=0, microsecond=0),
    tick=False,
)
def test_the_desk_sees_the_queue_the_schedule_and_today_with_one_click_to_each(client):
    desk = role_user("Caporedattore")
    waiting = ArticleFactory(status=Status.REVIEW, published_at=None, title="Da leggere")
    later = ArticleFactory(
        scheduled=True, title="Esce domani", published_at=timezone.now() + timedelta(days=1)
    )
    today = ArticleFactory(title="Uscito stamattina", authors=[AuthorFactory(name="Marco Bianchi")])
    ArticleFactory(title="Uscito l'anno scorso", published_at=timezone.now() - timedelta(days=400))

    html = _dashboard(client, desk)
    for article in (waiting, later, today):
        assert reverse("admin:articles_article_change", args=[article.pk]) in html
    assert "In attesa di revisione" in html and "Da leggere" in html
    assert "Esce domani" in html and "esce " in html
    assert "Uscito stamattina" in html and "Marco Bianchi" in html
    assert "Uscito l&#x27;anno scorso" not in html


def test_recent_activity_lists_the_workflow_steps(client):
    desk = role_user("Caporedattore")
    article = ArticleFactory(status=Status.REVIEW, published_at=None, title="Con una storia")
    services.article_transition(name="reopen", article=article, by=desk)
    html = _dashboard(client, desk)
    assert "Attività recente" in html
    assert "Con una storia" in html


def test_the_article_list_shows_authors_and_offers_my_articles(client):
    writer = role_user("Redattore", "giulia")
    ArticleFactory(draft=True, created_by=writer, authors=[AuthorFactory(name="Giulia Neri")])
    client.force_login(writer)
    html = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "Giulia Neri" in html
    assert "?queue=mine" in html
