"""The desk's admin pages and the change form's background calls
(heartbeat, autosave). Thin: the rules live in the desk's modules."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from articles import services
from articles.models import Article
from articles.workflow import Perm

from . import autosave, presence
from .models import Kind, Notification, NotificationPreference
from .notifications import describe


def _context(request: HttpRequest, title: str) -> dict:
    return {**admin.site.each_context(request), "title": title}


def notification_list(request: HttpRequest) -> HttpResponse:
    rows = Notification.objects.filter(recipient=request.user).select_related("article", "actor")
    page = Paginator(rows, 30).get_page(request.GET.get("page"))
    items = [
        (n, describe(n.kind, title=n.article.title, actor=services.user_label(n.actor)))
        for n in page
    ]
    context = {**_context(request, _("Notifications")), "page_obj": page, "items": items}
    return TemplateResponse(request, "admin/desk/notifications.html", context)


def notification_open(request: HttpRequest, pk: int) -> HttpResponse:
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return redirect("admin:articles_article_change", notification.article_id)


@require_POST
def notifications_read(request: HttpRequest) -> HttpResponse:
    count = (
        Notification.objects.filter(recipient=request.user).unread().update(read_at=timezone.now())
    )
    if count:
        messages.success(request, _("All notifications are marked as read."))
    return redirect("admin:desk_notifications")


class PreferencesForm(forms.Form):
    """Two boxes per kind: in the admin, by e-mail."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        saved = {p.kind: p for p in NotificationPreference.objects.filter(user=user)}
        for kind in Kind:
            pref = saved.get(kind.value)
            self.fields[f"{kind.value}_in_admin"] = forms.BooleanField(
                label=_("In the admin"), required=False, initial=pref.in_admin if pref else True
            )
            self.fields[f"{kind.value}_by_email"] = forms.BooleanField(
                label=_("By e-mail"), required=False, initial=pref.by_email if pref else True
            )

    def rows(self):
        return [
            (kind.label, self[f"{kind.value}_in_admin"], self[f"{kind.value}_by_email"])
            for kind in Kind
        ]

    def save(self, user) -> None:
        for kind in Kind:
            NotificationPreference.objects.update_or_create(
                user=user,
                kind=kind.value,
                defaults={
                    "in_admin": self.cleaned_data[f"{kind.value}_in_admin"],
                    "by_email": self.cleaned_data[f"{kind.value}_by_email"],
                },
            )


def preferences(request: HttpRequest) -> HttpResponse:
    form = PreferencesForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save(request.user)
        messages.success(request, _("Your notification preferences were saved."))
        return redirect("admin:desk_preferences")
    context = {
        **_context(request, _("Notification preferences")),
        "form": form,
        "has_email": bool(request.user.email),
    }
    return TemplateResponse(request, "admin/desk/preferences.html", context)


def _readable(request: HttpRequest, pk: int) -> Article:
    article = get_object_or_404(Article, pk=pk)
    if not (request.user.has_perm(Perm.REVIEW) or services.is_owner(request.user, article)):
        raise PermissionDenied
    return article


@require_POST
def presence_heartbeat(request: HttpRequest, pk: int) -> JsonResponse:
    article = _readable(request, pk)
    mine = presence.heartbeat(user=request.user, article=article)
    others = presence.editing(article, exclude=request.user)
    taken = mine.taken_over_by
    return JsonResponse(
        {
            "others": [presence.sentence(p) for p in others],
            "taken_over": (
                _(
                    "%(name)s took over this article: save nothing more here; your text "
                    "stays in this page and in this browser's copy."
                )
                % {"name": services.user_label(taken)}
                if taken
                else ""
            ),
        }
    )


@require_POST
def presence_leave(request: HttpRequest, pk: int) -> HttpResponse:
    presence.leave(user=request.user, article=_readable(request, pk))
    return HttpResponse(status=204)


@require_POST
def presence_take_over(request: HttpRequest, pk: int) -> HttpResponse:
    article = _readable(request, pk)
    if not request.user.has_perm(Perm.REVIEW):
        raise PermissionDenied
    presence.take_over(article=article, by=request.user)
    messages.success(request, _("You took over this article: whoever was editing it is told."))
    return redirect("admin:articles_article_change", article.pk)


@require_POST
def autosave_save(request: HttpRequest, pk: int | None = None) -> JsonResponse:
    article = None
    if pk is not None:
        article = get_object_or_404(Article, pk=pk)
        if not services.can_edit(request.user, article):
            raise PermissionDenied
    elif not request.user.has_perm("articles.add_article"):
        raise PermissionDenied
    version = request.POST.get("version", "")
    draft = autosave.autosave(
        user=request.user,
        article=article,
        data=request.POST,
        base_version=int(version) if version.isdigit() else None,
    )
    when = time_format(timezone.localtime(draft.saved_at), "TIME_FORMAT")
    return JsonResponse(
        {"saved_at": when, "text": _("Draft saved automatically at %(time)s") % {"time": when}}
    )


@require_POST
def autosave_discard(request: HttpRequest) -> HttpResponse:
    pk = request.POST.get("article", "")
    article = get_object_or_404(Article, pk=pk) if pk.isdigit() else None
    autosave.discard(user=request.user, article=article)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = reverse("admin:index")
    messages.info(request, _("The automatic draft was discarded."))
    return redirect(back)
