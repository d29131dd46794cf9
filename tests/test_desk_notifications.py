"""People hear of what happens to their pieces: in the admin and by e-mail."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.workflow import Status
from desk.models import Kind, Notification, NotificationPreference
from tests.support.factories import ArticleFactory, AuthorFactory
from tests.support.roles import role_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom():
    writer = role_user("Redattore", "giulia")
    writer.first_name, writer.last_name = "Giulia", "Neri"
    writer.save()
    desk = role_user("Caporedattore", "anna")
    desk.first_name, desk.last_name = "Anna", "Ferri"
    desk.save()
    article = ArticleFactory(
        draft=True,
        ready=True,
        title="La nuova citycar",
        created_by=writer,
        authors=[AuthorFactory(user=writer)],
    )
    return writer, desk, article


def _step(capture, **kwargs):
    with capture(execute=True):
        services.article_transition(**kwargs)


def test_a_submission_notifies_the_desk_not_the_writer(
    newsroom, django_capture_on_commit_callbacks
):
    writer, desk, article = newsroom
    _step(django_capture_on_commit_callbacks, name="submit", article=article, by=writer)
    note = Notification.objects.get()
    assert (note.recipient, note.kind, note.actor) == (desk, Kind.SUBMITTED, writer)
    assert [m.to for m in mail.outbox] == [[desk.email]]
    assert "Giulia Neri ha inviato in revisione «La nuova citycar»" in mail.outbox[0].subject


def test_a_return_notifies_the_author_with_the_note_by_mail(
    newsroom, django_capture_on_commit_callbacks
):
    writer, desk, article = newsroom
    services.article_transition(name="submit", article=article, by=writer)
    mail.outbox.clear()
    _step(
        django_capture_on_commit_callbacks,
        name="return",
        article=article,
        by=desk,
        note="Manca la fonte del prezzo.",
    )
    message = mail.outbox[0]
    assert message.to == [writer.email]
    assert "Anna Ferri ti ha restituito «La nuova citycar»" in message.subject
    assert "Manca la fonte del prezzo." in message.body
    assert f"/admin/articles/article/{article.pk}/change/" in message.body
    assert Notification.objects.get(recipient=writer).note == "Manca la fonte del prezzo."


@pytest.mark.parametrize(
    ("name", "kind"),
    [("publish", Kind.PUBLISHED), ("schedule", Kind.SCHEDULED), ("unpublish", Kind.UNPUBLISHED)],
)
def test_the_authors_hear_of_scheduling_publication_and_withdrawal(
    newsroom, django_capture_on_commit_callbacks, name, kind
):
    writer, desk, article = newsroom
    if name == "unpublish":
        services.article_transition(name="publish", article=article, by=desk)
    when = timezone.now() + timedelta(days=1) if name == "schedule" else None
    _step(django_capture_on_commit_callbacks, name=name, article=article, by=desk, when=when)
    assert Notification.objects.filter(recipient=writer, kind=kind).exists()
    assert not Notification.objects.filter(recipient=desk).exists()  # never told of one's own step


def test_a_correction_notifies_the_authors_with_the_public_text(
    newsroom, django_capture_on_commit_callbacks
):
    writer, desk, article = newsroom
    services.article_transition(name="publish", article=article, by=desk)
    _step(
        django_capture_on_commit_callbacks,
        name="correct",
        article=article,
        by=desk,
        correction="Il prezzo è 24.900 euro.",
    )
    note = Notification.objects.get(recipient=writer, kind=Kind.CORRECTED)
    assert note.note == "Il prezzo è 24.900 euro."


def test_each_person_can_turn_a_kind_off_in_the_admin_or_by_mail(
    client, newsroom, django_capture_on_commit_callbacks
):
    writer, desk, article = newsroom
    client.force_login(desk)
    data = {f"{k.value}_in_admin": "on" for k in Kind} | {
        f"{k.value}_by_email": "on" for k in Kind if k != Kind.SUBMITTED
    }
    client.post(reverse("admin:desk_preferences"), data)
    pref = NotificationPreference.objects.get(user=desk, kind=Kind.SUBMITTED)
    assert (pref.in_admin, pref.by_email) == (True, False)

    _step(django_capture_on_commit_callbacks, name="submit", article=article, by=writer)
    assert Notification.objects.filter(recipient=desk).exists()
    assert mail.outbox == []


def test_the_admin_shows_the_unread_count_and_opening_one_marks_it_read(
    client, newsroom, django_capture_on_commit_callbacks
):
    writer, desk, article = newsroom
    _step(django_capture_on_commit_callbacks, name="submit", article=article, by=writer)
    client.force_login(desk)
    page = client.get(reverse("admin:desk_notifications")).content.decode()
    assert "Notifiche (1 da leggere)" in page
    assert "Giulia Neri ha inviato in revisione «La nuova citycar»" in page

    note = Notification.objects.get()
    response = client.get(reverse("admin:desk_notification_open", args=[note.pk]))
    assert response["Location"] == reverse("admin:articles_article_change", args=[article.pk])
    note.refresh_from_db()
    assert note.read_at is not None
    header = client.get(reverse("admin:index")).content.decode()
    assert "da leggere" not in header and "Notifiche" in header


def test_nobody_opens_someone_elses_notification(client, newsroom):
    writer, desk, article = newsroom
    note = Notification.objects.create(recipient=desk, kind=Kind.SUBMITTED, article=article)
    client.force_login(writer)
    response = client.get(reverse("admin:desk_notification_open", args=[note.pk]))
    assert response.status_code == 404


def test_a_mail_server_that_fails_never_undoes_the_step(
    newsroom, django_capture_on_commit_callbacks, settings
):
    settings.EMAIL_BACKEND = "tests.support.failing_mail.FailingBackend"
    writer, desk, article = newsroom
    _step(django_capture_on_commit_callbacks, name="submit", article=article, by=writer)
    article.refresh_from_db()
    assert article.status == Status.REVIEW
    assert Notification.objects.filter(recipient=desk).exists()
