"""Telling people what happened to a piece: in the admin, and by e-mail.

``on_transition`` listens to ``articles.signals.article_transitioned``
(sent once the step has committed): which steps notify whom is decided
here, each person's preferences decide how.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import EmailMessage, get_connection
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from articles.models import Article, ArticleTransition
from articles.services import user_label
from articles.workflow import Perm

from .models import Kind, Notification, NotificationPreference

logger = logging.getLogger(__name__)

KIND_BY_TRANSITION = {
    "submit": Kind.SUBMITTED,
    "return": Kind.RETURNED,
    "schedule": Kind.SCHEDULED,
    "reschedule": Kind.SCHEDULED,
    "publish": Kind.PUBLISHED,
    "unpublish": Kind.UNPUBLISHED,
    "correct": Kind.CORRECTED,
}
# A submission is news for the desk; every other step for the piece's own people.
FOR_THE_DESK = frozenset({Kind.SUBMITTED})


def describe(kind: str, *, title: str, actor: str) -> str:
    """One line saying what happened, for the list and the e-mail subject."""
    texts = {
        Kind.SUBMITTED: _("%(actor)s submitted “%(title)s” for review"),
        Kind.RETURNED: _("%(actor)s returned “%(title)s” to you"),
        Kind.SCHEDULED: _("%(actor)s scheduled “%(title)s”"),
        Kind.PUBLISHED: _("%(actor)s published “%(title)s”"),
        Kind.UNPUBLISHED: _("%(actor)s unpublished “%(title)s”"),
        Kind.CORRECTED: _("%(actor)s published a correction to “%(title)s”"),
    }
    return texts[kind] % {"actor": actor, "title": title}


def desk_users():
    perm = Permission.objects.get(
        content_type__app_label="articles", codename=Perm.REVIEW.split(".")[1]
    )
    return (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .filter(Q(groups__permissions=perm) | Q(user_permissions=perm) | Q(is_superuser=True))
        .distinct()
    )


def piece_people(article: Article):
    """Who created or signs the piece (with an account)."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(pk=article.created_by_id) | Q(author__credits__article=article))
        .distinct()
    )


def recipients(kind: str, article: Article, actor) -> list:
    people = desk_users() if kind in FOR_THE_DESK else piece_people(article)
    if actor is not None:
        people = people.exclude(pk=actor.pk)
    return list(people)


def on_transition(sender, *, article: Article, step: ArticleTransition, **kwargs) -> None:
    kind = KIND_BY_TRANSITION.get(step.name)
    if kind is None:
        return
    note = step.note
    if kind == Kind.CORRECTED and (correction := article.corrections.last()):
        note = correction.text
    notify(kind=kind, article=article, actor=step.by, note=note)


def notify(*, kind: str, article: Article, actor, note: str = "") -> list[Notification]:
    """Notify everyone concerned, each the ways they chose (both by default)."""
    people = recipients(kind, article, actor)
    prefs = {
        p.user_id: p for p in NotificationPreference.objects.filter(user__in=people, kind=kind)
    }
    made = Notification.objects.bulk_create(
        Notification(recipient=user, kind=kind, article=article, actor=actor, note=note)
        for user in people
        if user.pk not in prefs or prefs[user.pk].in_admin
    )
    by_mail = [u for u in people if u.email and (u.pk not in prefs or prefs[u.pk].by_email)]
    send_emails(kind=kind, article=article, actor=actor, note=note, to=by_mail)
    return made


def send_emails(*, kind: str, article: Article, actor, note: str, to: Iterable) -> int:
    """One e-mail per person; a mail server that fails is logged, never raised."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = f"[{settings.SITE_NAME}] " + describe(
            kind, title=article.title, actor=user_label(actor)
        )
        link = settings.SITE_URL + reverse("admin:articles_article_change", args=[article.pk])
        body = render_to_string(
            "admin/desk/notification_email.txt",
            {
                "what": describe(kind, title=article.title, actor=user_label(actor)),
                "note": note,
                "link": link,
                "preferences": settings.SITE_URL + reverse("admin:desk_preferences"),
            },
        )
    mails = [EmailMessage(subject, body, to=[user.email]) for user in to]
    if not mails:
        return 0
    try:
        return get_connection().send_messages(mails) or 0
    except Exception:  # any backend error: the step is done, the mail is not vital
        logger.exception("Notification e-mails for article %s not sent", article.pk)
        return 0
