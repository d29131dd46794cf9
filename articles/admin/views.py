"""Admin pages around an article: workflow, previews, the read-only view.

Each view checks the same rules as the services (which check them again):
hiding a button is never the only protection.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from .. import preview as previews
from .. import revisions, services
from ..models import Article, ArticleTransition
from ..seo import absolute_url
from ..views import render_preview
from ..workflow import TRANSITIONS, Perm
from .common import admin_context, article_or_403, change_url, to_int
from .editor_views import link_search  # noqa: F401 (the admin's URLs)
from .revision_views import restore, revisions_view  # noqa: F401 (the admin's URLs)
from .workflow_form import WorkflowFields

PREVIEW_LIFETIMES = {
    "1": (timedelta(hours=1), gettext_lazy("1 hour")),
    "24": (timedelta(days=1), gettext_lazy("1 day")),
    "168": (timedelta(days=7), gettext_lazy("7 days")),
}
DEFAULT_PREVIEW_LIFETIME = "24"


def preview_url(link) -> str:
    return absolute_url(reverse("articles:preview", args=[previews.token(link)]))


def latest_return(article: Article) -> ArticleTransition | None:
    """The desk's latest return note, while the piece is back with its author."""
    if article.status != "returned":
        return None
    return article.transitions.filter(name="return").select_related("by").first()


def workflow_context(request: HttpRequest, article: Article, *, standalone: bool = False) -> dict:
    transitions = services.available_transitions(article=article, by=request.user)
    # The main button: the furthest step the table marks primary (publish over submit).
    primaries = [t for t in transitions if t.primary]
    can_share = request.user.has_perm(Perm.PREVIEW_LINK) and not article.is_public
    return {
        "workflow_transitions": transitions,
        "workflow_primary": primaries[-1] if primaries else None,
        "workflow_needs_note": any(t.needs_note for t in transitions),
        "workflow_needs_date": any(t.needs_date for t in transitions),
        "workflow_needs_correction": any(t.records_correction for t in transitions),
        "workflow_standalone": standalone,
        "can_share_preview": can_share,
        "preview_links": (
            [(link, preview_url(link)) for link in article.preview_links.live()]
            if can_share
            else []
        ),
        "preview_lifetimes": [(key, label) for key, (_, label) in PREVIEW_LIFETIMES.items()],
        "default_preview_lifetime": DEFAULT_PREVIEW_LIFETIME,
    }


@require_POST
def transition(request: HttpRequest, pk: int) -> HttpResponse:
    """A step without the article form (the read-only view: withdrawing a
    submitted piece): nothing to save with it."""
    article = article_or_403(request, pk)
    form = WorkflowFields(request.POST)
    form.is_valid()
    name = request.POST.get("_transition", "")
    try:
        services.article_transition(
            article=article,
            name=name,
            by=request.user,
            note=form.cleaned_data.get("workflow_note", ""),
            when=form.cleaned_data.get("workflow_when"),
            correction=form.cleaned_data.get("correction", ""),
            override=form.cleaned_data.get("override", ""),
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Done: “%(action)s”.") % {"action": TRANSITIONS[name].label})
    if services.can_edit(request.user, article) or request.user.has_perm("articles.view_article"):
        return redirect(change_url(article))
    return redirect("admin:articles_article_changelist")


def read_only(request: HttpRequest, article: Article) -> HttpResponse:
    """A piece this person may see but not change (e.g. their own, in review):
    rendered as readers will see it, not as raw HTML."""
    context = {
        **admin_context(request, article),
        **workflow_context(request, article, standalone=True),
        "title": article.title,
        "article": article,
        "return_step": latest_return(article),
        "workflow_form": WorkflowFields(),
    }
    return TemplateResponse(request, "admin/articles/article/read_only.html", context)


def preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The article, or one of its revisions, exactly as readers will see it."""
    article = article_or_403(request, pk)
    if "version" in request.GET:
        version_id = to_int(request.GET["version"])
        if version_id is None:
            raise Http404
        version = get_object_or_404(revisions.history(article), pk=version_id)
        article = version._object_version.object
    return render_preview(request, article)


@require_POST
def share_preview(request: HttpRequest, pk: int) -> HttpResponse:
    article = article_or_403(request, pk)
    if not request.user.has_perm(Perm.PREVIEW_LINK):
        raise PermissionDenied
    lifetime, _label = PREVIEW_LIFETIMES.get(
        request.POST.get("lifetime", ""), PREVIEW_LIFETIMES[DEFAULT_PREVIEW_LIFETIME]
    )
    previews.preview_link_create(article=article, by=request.user, lifetime=lifetime)
    messages.success(request, _("Preview link created: share it with whoever needs it."))
    return redirect(change_url(article))


@require_POST
def revoke_preview(request: HttpRequest, pk: int, link_id: int) -> HttpResponse:
    article = article_or_403(request, pk)
    link = get_object_or_404(article.preview_links, pk=link_id)
    try:
        previews.preview_link_revoke(link=link, by=request.user)
    except ValidationError as error:
        raise PermissionDenied(error.messages[0]) from None
    messages.success(request, _("The preview link was revoked: it no longer opens."))
    return redirect(change_url(article))


def edit_refused(request: HttpRequest, article: Article) -> HttpResponse:
    """A save that arrived after the article left this person's hands."""
    submitted = [
        (Article._meta.get_field(name).verbose_name, request.POST.get(name, ""))
        for name in ("title", "standfirst", "body")
    ]
    context = {
        **admin_context(request),
        "article": article,
        "state": article.state_label,
        "submitted": submitted,
        "title": _("Edit not saved"),
    }
    return render(request, "admin/articles/article/edit_refused.html", context, status=409)
