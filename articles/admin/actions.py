"""Bulk workflow actions: the list of chosen articles first, then the step."""

from django.contrib import admin, messages
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .. import checks, services
from ..errors import ArticleError
from ..workflow import Transition


def _row(transition: Transition, article, user) -> dict:
    try:
        services.check_transition(transition, article=article, by=user, note="-", correction="-")
        refusal = ""
    except ArticleError as error:
        refusal = error.messages[0]
    results = checks.prepublish_checks(article) if transition.goes_live else []
    return {
        "article": article,
        "refusal": refusal,
        "checks": [c for c in results if not c.ok],
        "blocked": bool(checks.failing(results, hard=True)),
    }


def bulk_action(transition: Transition):
    def action(modeladmin, request, queryset):
        articles = list(queryset)
        if request.POST.get("post") == "yes":
            return _run(modeladmin, request, transition, articles)
        rows = [_row(transition, article, request.user) for article in articles]
        context = {
            **modeladmin.admin_site.each_context(request),
            "opts": modeladmin.model._meta,
            "title": _("Confirm: “%(action)s”") % {"action": transition.label},
            "transition": transition,
            "rows": rows,
            "action_name": f"bulk_{transition.name}",
            "needs_override": any(row["checks"] and not row["blocked"] for row in rows),
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/articles/article/bulk_confirm.html", context)

    action.__name__ = f"bulk_{transition.name}"
    return admin.action(description=transition.label)(action)


def _run(modeladmin, request, transition: Transition, articles) -> None:
    done, refused = 0, []
    for article in articles:
        try:
            services.article_transition(
                article=article,
                name=transition.name,
                by=request.user,
                override=request.POST.get("override", ""),
            )
            done += 1
        except ArticleError as error:
            refused.append(f"«{article.title}»: {error.messages[0]}")
    if done:
        modeladmin.message_user(
            request,
            ngettext("%(action)s: %(count)d article.", "%(action)s: %(count)d articles.", done)
            % {"action": transition.label, "count": done},
            messages.SUCCESS,
        )
    for message in refused:
        modeladmin.message_user(request, message, messages.ERROR)
