"""Admin pages around an article: workflow buttons, previews, revisions.

Each view checks the same rules as the services (which check them again):
hiding a button is never the only protection.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from .. import preview as preview_tokens
from .. import revisions, services
from ..models import Article
from ..views import render_preview
from ..workflow import TRANSITIONS, Perm

PREVIEW_LIFETIMES = {
    "1": (timedelta(hours=1), gettext_lazy("1 hour")),
    "24": (timedelta(days=1), gettext_lazy("1 day")),
    "168": (timedelta(days=7), gettext_lazy("7 days")),
}
DEFAULT_PREVIEW_LIFETIME = "24"


def _article(request: HttpRequest, pk: int) -> Article:
    article = get_object_or_404(Article.objects.for_detail(), pk=pk)
    user = request.user
    if not (user.has_perm(Perm.REVIEW) or services.is_owner(user, article)):
        raise PermissionDenied
    return article


def _change_url(article: Article) -> str:
    return reverse("admin:articles_article_change", args=[article.pk])


def workflow_context(request: HttpRequest, article: Article) -> dict:
    transitions = services.available_transitions(article=article, by=request.user)
    # The main button: the furthest step the table marks primary (publish over submit).
    primaries = [t for t in transitions if t.primary]
    return {
        "workflow_transitions": transitions,
        "workflow_primary": primaries[-1] if primaries else None,
        "workflow_needs_note": any(t.needs_note for t in transitions),
        "workflow_needs_date": any(t.needs_date for t in transitions),
        "can_share_preview": request.user.has_perm(Perm.PREVIEW_LINK),
        "preview_lifetimes": [(key, label) for key, (_, label) in PREVIEW_LIFETIMES.items()],
        "default_preview_lifetime": DEFAULT_PREVIEW_LIFETIME,
        "shared_preview_url": request.session.pop(f"preview-link-{article.pk}", ""),
    }


def _when(raw: str) -> datetime | None:
    """The date-time the editor picked (``datetime-local``: Rome time, no zone)."""
    try:
        when = parse_datetime(raw)
    except ValueError:  # well-formed but impossible, e.g. month 13
        return None
    if when is not None and timezone.is_naive(when):
        when = timezone.make_aware(when)
    return when


@require_POST
def transition(request: HttpRequest, pk: int) -> HttpResponse:
    article = _article(request, pk)
    name = request.POST.get("transition", "")
    try:
        services.article_transition(
            article=article,
            name=name,
            by=request.user,
            note=request.POST.get("note", ""),
            when=_when(request.POST.get("when", "")),
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Done: “%(action)s”.") % {"action": TRANSITIONS[name].label})
    if services.can_edit(request.user, article) or request.user.has_perm("articles.view_article"):
        return redirect(_change_url(article))
    return redirect("admin:articles_article_changelist")


def preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The article, or one of its revisions, exactly as readers will see it."""
    article = _article(request, pk)
    if "version" in request.GET:
        version_id = _int(request.GET["version"])
        if version_id is None:
            raise Http404
        version = get_object_or_404(revisions.history(article), pk=version_id)
        article = version._object_version.object
    return render_preview(request, article)


@require_POST
def share_preview(request: HttpRequest, pk: int) -> HttpResponse:
    article = _article(request, pk)
    if not request.user.has_perm(Perm.PREVIEW_LINK):
        raise PermissionDenied
    lifetime, _label = PREVIEW_LIFETIMES.get(
        request.POST.get("lifetime", ""), PREVIEW_LIFETIMES[DEFAULT_PREVIEW_LIFETIME]
    )
    token = preview_tokens.make_token(article.pk, lifetime)
    url = request.build_absolute_uri(reverse("articles:preview", args=[token]))
    request.session[f"preview-link-{article.pk}"] = url
    messages.success(request, _("Preview link created: share it with whoever needs it."))
    return redirect(_change_url(article))


def revisions_view(request: HttpRequest, pk: int) -> HttpResponse:
    article = _article(request, pk)
    versions = list(revisions.history(article))
    by_id = {v.pk: v for v in versions}
    old, new = by_id.get(_int(request.GET.get("from"))), by_id.get(_int(request.GET.get("to")))
    if old is None and new is None and len(versions) >= 2:
        new, old = versions[0], versions[1]
    context = {
        **_admin_context(request, article),
        "title": _("Revisions of “%(title)s”") % {"title": article.title},
        "versions": versions,
        "old": old,
        "new": new,
        "changes": revisions.diff(old, new) if old and new else None,
        "can_restore": services.can_edit(request.user, article),
    }
    return TemplateResponse(request, "admin/articles/article/revisions.html", context)


@require_POST
def restore(request: HttpRequest, pk: int, version_id: int) -> HttpResponse:
    article = _article(request, pk)
    version = get_object_or_404(revisions.history(article), pk=version_id)
    try:
        services.article_restore(article=article, version=version, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("The old revision was restored as a new revision."))
    return redirect(_change_url(article))


def _admin_context(request: HttpRequest, article: Article | None = None) -> dict:
    context = admin.site.each_context(request)
    context["opts"] = Article._meta
    if article is not None:
        context["original"] = article
    return context


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def edit_refused(request: HttpRequest, article: Article) -> HttpResponse:
    """A save that arrived after the article left this person's hands."""
    submitted = [
        (Article._meta.get_field(name).verbose_name, request.POST.get(name, ""))
        for name in ("title", "standfirst", "body")
    ]
    context = {
        **_admin_context(request),
        "article": article,
        "state": article.state_label,
        "submitted": submitted,
        "title": _("Edit not saved"),
    }
    return render(request, "admin/articles/article/edit_refused.html", context, status=409)
