"""The lists of the personal dashboard at /admin/: what each person needs next."""

from __future__ import annotations

from datetime import datetime, time

from django.db.models import OuterRef, Subquery
from django.utils import timezone

from articles.models import Article, ArticleTransition
from articles.workflow import Perm, Status

from .models import Notification

LIMIT = 10


def _latest_note(name: str):
    steps = ArticleTransition.objects.filter(article=OuterRef("pk"), name=name).order_by(
        "-at", "-pk"
    )
    return {
        f"{name}_note": Subquery(steps.values("note")[:1]),
        f"{name}_at": Subquery(steps.values("at")[:1]),
    }


def _today_start() -> datetime:
    return timezone.make_aware(datetime.combine(timezone.localdate(), time.min))


def for_user(user) -> dict:
    """Everything the dashboard shows ``user``, each list already limited."""
    desk = user.has_perm(Perm.REVIEW)
    mine = Article.objects.owned_by(user)
    visible = Article.objects.all() if desk else mine
    activity = ArticleTransition.objects.select_related("article", "by")
    if not desk:
        activity = activity.filter(article__in=mine)
    context = {
        "is_desk": desk,
        "my_drafts": mine.filter(status=Status.DRAFT).order_by("-updated_at")[:LIMIT],
        "returned_to_me": (
            mine.filter(status=Status.RETURNED)
            .annotate(**_latest_note("return"))
            .select_related("section")
            .order_by("-return_at")[:LIMIT]
        ),
        "scheduled": visible.scheduled().for_listing().order_by("published_at")[:LIMIT],
        "published_today": (
            visible.published()
            .filter(published_at__gte=_today_start())
            .for_listing()
            .order_by("-published_at")[:LIMIT]
        ),
        "recent_activity": activity.order_by("-at", "-pk")[:LIMIT],
        "unread_notifications": (
            Notification.objects.filter(recipient=user)
            .unread()
            .select_related("article", "actor")[:5]
        ),
    }
    if not desk:
        context["my_in_review"] = mine.filter(status=Status.REVIEW).order_by("-updated_at")[:LIMIT]
    if desk:
        context["to_review"] = (
            Article.objects.filter(status=Status.REVIEW)
            .for_listing()
            .select_related("updated_by")
            .order_by("updated_at")[:LIMIT]
        )
    return context
