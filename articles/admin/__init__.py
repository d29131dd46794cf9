"""The editor's admin: sections, articles with their workflow, tags, bylines.

The buttons and bulk actions are drawn from ``workflow.TRANSITIONS``; every
change goes through ``articles.services``.
"""

from django.contrib import admin, messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from .. import library, services
from ..models import Article, ArticleAuthor, Section
from ..workflow import BULK_TRANSITIONS, Perm, State, Transition, transition_label
from . import authors, tags, views  # noqa: F401 (authors and tags register their admins)
from .forms import ArticleAdminForm, ArticleAuthorForm


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    form = ArticleAuthorForm
    extra = 0
    min_num = 1
    autocomplete_fields = ["author"]
    verbose_name = _("byline author")
    verbose_name_plural = _("byline (in order)")


def _byline(formsets) -> list:
    """The authors of the byline inline, in the order the editor gave."""
    rows = [
        f.cleaned_data
        for formset in formsets
        if formset.model is ArticleAuthor
        for f in formset.forms
        if f.cleaned_data.get("author") and not f.cleaned_data.get("DELETE")
    ]
    return [row["author"] for row in sorted(rows, key=lambda row: row.get("position") or 0)]


class QueueFilter(admin.SimpleListFilter):
    title = _("queue")
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [
            ("review", _("To review")),
            ("returned", _("Returned to the author")),
            ("scheduled", _("Scheduled")),
            ("mine", _("My articles")),
        ]

    def queryset(self, request, queryset):
        match self.value():
            case "review":
                return queryset.filter(status=State.REVIEW)
            case "returned":
                return queryset.filter(status=State.RETURNED)
            case "scheduled":
                return queryset.scheduled()
            case "mine":
                return queryset.owned_by(request.user)
        return queryset


def _bulk_action(transition: Transition):
    def action(modeladmin, request, queryset):
        done, refused = 0, []
        for article in queryset:
            try:
                services.article_transition(article=article, name=transition.name, by=request.user)
                done += 1
            except services.ArticleError as error:
                refused.append(f"«{article.title}»: {error.messages[0]}")
        if done:
            modeladmin.message_user(
                request,
                _("%(action)s: %(count)d articles.") % {"action": transition.label, "count": done},
            )
        for message in refused:
            modeladmin.message_user(request, message, messages.ERROR)

    action.__name__ = f"bulk_{transition.name}"
    return admin.action(description=transition.label)(action)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    inlines = [ArticleAuthorInline]
    list_display = ["title", "section", "state", "published_at", "updated_at", "featured"]
    list_filter = [
        QueueFilter,
        "status",
        "section",
        "featured",
        ("published_at", admin.DateFieldListFilter),
    ]
    list_select_related = ["section"]
    search_fields = ["title", "standfirst", "slug"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    # published_at belongs to the workflow: it moves only through a transition.
    readonly_fields = [
        "state",
        "published_at",
        "created_at",
        "updated_at",
        "updated_by",
        "correction",
        "transition_log",
    ]
    actions = [_bulk_action(t) for t in BULK_TRANSITIONS]
    change_form_template = "admin/articles/article/change_form.html"
    change_list_template = "admin/articles/article/change_list.html"

    class Media:
        css = {"all": ["css/admin-workflow.css"]}
        js = ["js/workflow-panel.js"]

    def get_fieldsets(self, request, obj=None):
        publication = ["state", "published_at", "created_at", "updated_at", "updated_by"]
        if obj is not None:
            publication += ["correction", "transition_log"]
        return [
            (None, {"fields": ["kicker", "title", "slug", "standfirst", "body", "version"]}),
            (_("Pictures"), {"fields": ["lead_picture", "gallery"]}),
            (_("Classification"), {"fields": ["kind", "section", "tags", "featured"]}),
            (_("Publication"), {"fields": publication}),
        ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in ("lead_picture", "gallery"):
            # The library's own chooser, without the admin's popup links.
            return db_field.formfield(**kwargs)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.has_perm(Perm.PUBLISH):
            fields.append("featured")  # contributors never choose what leads the home page
        return fields

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.has_perm(Perm.REVIEW):
            return queryset
        return queryset.owned_by(request.user)

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or services.can_edit(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or services.can_edit(request.user, obj))

    def get_actions(self, request):
        actions = super().get_actions(request)
        for transition in BULK_TRANSITIONS:
            if not request.user.has_perm(transition.permission):
                actions.pop(f"bulk_{transition.name}", None)
        return actions

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("queue/", view(self.review_queue), name="articles_article_queue"),
            path(
                "<int:pk>/transition/",
                view(views.transition),
                name="articles_article_transition",
            ),
            path(
                "<int:pk>/preview/",
                view(views.preview, cacheable=True),
                name="articles_article_preview",
            ),
            path(
                "<int:pk>/preview-link/",
                view(views.share_preview),
                name="articles_article_share_preview",
            ),
            path(
                "<int:pk>/revisions/",
                view(views.revisions_view),
                name="articles_article_revisions",
            ),
            path(
                "<int:pk>/revisions/<int:version_id>/restore/",
                view(views.restore),
                name="articles_article_restore",
            ),
            *super().get_urls(),
        ]

    def review_queue(self, request):
        return redirect(reverse("admin:articles_article_changelist") + "?queue=review")

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, object_id)
        if (
            request.method == "POST"
            and article is not None
            and not self.has_change_permission(request, article)
            and self.has_view_permission(request, article)
        ):
            # The piece moved on (e.g. published) while this person typed: keep
            # their text on screen instead of a bare 403 that loses it.
            return views.edit_refused(request, article)
        extra = extra_context or {}
        if article is not None:
            extra.update(views.workflow_context(request, article))
            if request.method == "GET":
                self._warn_expired_pictures(request, article)
        return super().change_view(request, object_id, form_url, extra)

    def changelist_view(self, request, extra_context=None):
        extra = {"review_count": Article.objects.filter(status=State.REVIEW).count()}
        return super().changelist_view(request, {**(extra_context or {}), **extra})

    @admin.display(description=_("status"), ordering="status")
    def state(self, obj):
        if obj.is_scheduled:
            when = date_format(timezone.localtime(obj.published_at), "SHORT_DATETIME_FORMAT")
            return f"{obj.state_label} ({when})"
        return obj.state_label

    @admin.display(description=_("correction"))
    def correction(self, obj):
        if not obj.corrected_at:
            return "—"
        return format_html(
            "{}: {}",
            date_format(timezone.localtime(obj.corrected_at), "SHORT_DATETIME_FORMAT"),
            obj.correction_note,
        )

    @admin.display(description=_("workflow history"))
    def transition_log(self, obj):
        steps = obj.transitions.select_related("by")[:30]
        if not steps:
            return "—"
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{} → {}</td><td>{}</td></tr>",
            (
                (
                    date_format(timezone.localtime(s.at), "SHORT_DATETIME_FORMAT"),
                    services.user_label(s.by),
                    transition_label(s.name),
                    s.get_from_status_display(),
                    s.get_to_status_display(),
                    s.note,
                )
                for s in steps
            ),
        )
        return format_html('<table class="workflow-log">{}</table>', rows)

    def _warn_expired_pictures(self, request, article):
        for picture in library.expired_pictures(article):
            self.message_user(
                request,
                _(
                    "The rights to the picture “%(picture)s” expired on %(date)s: readers "
                    "no longer see it. Choose another picture or renew the rights in the library."
                )
                % {"picture": picture, "date": date_format(picture.rights_expire_on)},
                messages.WARNING,
            )

    def save_model(self, request, obj, form, change):
        """Saved in save_related: the article, its tags and its byline are one
        service call, one transaction and one revision."""

    def save_related(self, request, form, formsets, change):
        services.article_save(
            article=form.instance,
            by=request.user,
            expected_version=form.cleaned_data.get("version"),
            tags=form.cleaned_data.get("tags"),
            byline=_byline(formsets),
        )
        for formset in formsets:  # the admin's change message reads what a save() leaves
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []

    def delete_model(self, request, obj):
        services.article_delete(article=obj)

    def delete_queryset(self, request, queryset):
        for article in queryset:
            services.article_delete(article=article)
