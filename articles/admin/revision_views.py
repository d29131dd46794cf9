"""Revisions in the admin: list, compare word by word, restore after confirming."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .. import revisions, services
from .common import admin_context, article_or_403, change_url, to_int


def revisions_view(request: HttpRequest, pk: int) -> HttpResponse:
    article = article_or_403(request, pk)
    versions = list(revisions.history(article))
    by_id = {v.pk: v for v in versions}
    old, new = by_id.get(to_int(request.GET.get("from"))), by_id.get(to_int(request.GET.get("to")))
    if old is None and new is None and len(versions) >= 2:
        new, old = versions[0], versions[1]
    context = {
        **admin_context(request, article),
        "title": _("Revisions of “%(title)s”") % {"title": article.title},
        "versions": versions,
        "old": old,
        "new": new,
        "changes": revisions.diff(old, new) if old and new else None,
        "can_restore": services.can_edit(request.user, article),
    }
    return TemplateResponse(request, "admin/articles/article/revisions.html", context)


def restore(request: HttpRequest, pk: int, version_id: int) -> HttpResponse:
    """GET: what the restore will change, to confirm. POST: restore it."""
    article = article_or_403(request, pk)
    version = get_object_or_404(revisions.history(article), pk=version_id)
    if request.method != "POST":
        context = {
            **admin_context(request, article),
            "title": _("Restore this revision?"),
            "version": version,
            "changes": revisions.changes(revisions.current(article), revisions.snapshot(version)),
            "can_restore": services.can_edit(request.user, article),
        }
        return TemplateResponse(request, "admin/articles/article/restore_confirm.html", context)
    try:
        media_back = revisions.article_restore(article=article, version=version, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("The old revision was restored as a new revision."))
        if not media_back:
            messages.warning(
                request,
                _(
                    "A picture or gallery of that revision is no longer in the library: "
                    "the current one stays."
                ),
            )
    return redirect(change_url(article))
