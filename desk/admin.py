"""The article admin with the desk's tools: who is editing what, automatic
drafts, a local copy in the browser, and a warning before leaving unsaved work.

``articles`` knows nothing of the desk: the desk extends its admin here, as
``articles`` extends the author admin.
"""

from django.conf import settings
from django.contrib import admin
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from articles.admin import ArticleAdmin
from articles.models import Article
from articles.workflow import Perm

from . import autosave, presence


class DeskArticleAdmin(ArticleAdmin):
    change_form_template = "admin/desk/article_change_form.html"
    list_display = [*ArticleAdmin.list_display, "editing_now"]

    class Media:
        js = ["js/desk-editor.js"]

    def get_queryset(self, request):
        fresh = presence.fresh().select_related("user").order_by("since")
        return (
            super()
            .get_queryset(request)
            .prefetch_related(Prefetch("presences", queryset=fresh, to_attr="editing_rows"))
        )

    @admin.display(description=_("being edited by"))
    def editing_now(self, obj):
        rows = getattr(obj, "editing_rows", [])
        if not rows:
            return "—"
        return format_html_join(mark_safe("<br>"), "{}", ((presence.sentence(p),) for p in rows))

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra = {**(extra_context or {}), **self._desk_context(request, object_id)}
        return super().changeform_view(request, object_id, form_url, extra)

    def _desk_context(self, request, object_id) -> dict:
        article = self.get_object(request, object_id) if object_id else None
        if object_id and article is None:
            return {}
        key = str(article.pk) if article else "new"
        context = {
            "desk_backup_key": f"newsroom:{request.user.pk}:article:{key}",
            "desk_autosave_url": (
                reverse("admin:desk_autosave", args=[article.pk])
                if article
                else reverse("admin:desk_autosave_new")
            ),
            "desk_autosave": autosave.offer(user=request.user, article=article),
            "desk_heartbeat_seconds": settings.DESK_HEARTBEAT_SECONDS,
        }
        if article is not None:
            context.update(
                desk_presence_url=reverse("admin:desk_presence", args=[article.pk]),
                desk_leave_url=reverse("admin:desk_presence_leave", args=[article.pk]),
                desk_editing=[
                    presence.sentence(p) for p in presence.editing(article, exclude=request.user)
                ],
                desk_can_take_over=request.user.has_perm(Perm.REVIEW),
            )
        return context

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Saved for real: the automatic draft of this form has done its job.
        autosave.discard(user=request.user, article=form.instance if change else None)


admin.site.unregister(Article)
admin.site.register(Article, DeskArticleAdmin)
