from django.contrib import admin, messages
from django.core.files.storage import default_storage
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from . import admin_tags, admin_views, search, services  # noqa: F401 (admin_tags registers Tag)
from .forms import ArticleAdminForm, ArticleAuthorForm
from .models import Article, ArticleAuthor, Section
from .workflow import TRANSITIONS, Perm, Status, transition_label


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


class QueueFilter(admin.SimpleListFilter):
    title = _("queue")
    parameter_name = "coda"

    def lookups(self, request, model_admin):
        return [
            ("da-revisionare", _("To review")),
            ("restituiti", _("Returned to the author")),
            ("programmati", _("Scheduled")),
            ("miei", _("My articles")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "da-revisionare":
            return queryset.filter(status=Status.REVIEW)
        if value == "restituiti":
            return queryset.filter(status=Status.RETURNED)
        if value == "programmati":
            return queryset.scheduled()
        if value == "miei":
            return queryset.filter(_own(request.user))
        return queryset


def _own(user):
    return Q(created_by=user) | Q(credits__author__user=user)


def _bulk_action(name):
    transition = TRANSITIONS[name]

    def action(modeladmin, request, queryset):
        done, refused = 0, []
        for article in queryset:
            try:
                services.article_transition(article=article, name=name, by=request.user)
                done += 1
            except services.WorkflowError as error:
                refused.append(f"«{article.title}»: {error.messages[0]}")
        if done:
            modeladmin.message_user(
                request,
                _("%(action)s: %(count)d articles.") % {"action": transition.label, "count": done},
            )
        for message in refused:
            modeladmin.message_user(request, message, messages.ERROR)

    action.__name__ = f"bulk_{name}"
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
    readonly_fields = [
        "state",
        "created_at",
        "updated_at",
        "updated_by",
        "image_preview",
        "correction",
        "transition_log",
    ]
    actions = [_bulk_action(name) for name in ("submit", "publish", "unpublish", "reopen")]
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
            (
                _("Lead image"),
                {
                    "fields": [
                        "lead_image",
                        "image_preview",
                        "lead_image_alt",
                        "lead_image_caption",
                        "lead_image_credit",
                    ]
                },
            ),
            (_("Classification"), {"fields": ["section", "tags", "featured"]}),
            (_("Publication"), {"fields": publication}),
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.has_perm(Perm.PUBLISH):
            # Contributors never choose when something goes live.
            fields += ["published_at", "featured"]
        return fields

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.has_perm(Perm.REVIEW):
            return queryset
        return queryset.filter(_own(request.user)).distinct()

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or services.can_edit(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or services.can_edit(request.user, obj))

    def get_actions(self, request):
        actions = super().get_actions(request)
        for name in ("submit", "publish", "unpublish", "reopen"):
            if not request.user.has_perm(TRANSITIONS[name].permission):
                actions.pop(f"bulk_{name}", None)
        return actions

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("da-revisionare/", view(self.review_queue), name="articles_article_queue"),
            path(
                "immagine/",
                view(admin_views.image_upload),
                name="articles_article_image_upload",
            ),
            path(
                "<int:pk>/transizione/",
                view(admin_views.transition),
                name="articles_article_transition",
            ),
            path(
                "<int:pk>/anteprima/",
                view(admin_views.preview, cacheable=True),
                name="articles_article_preview",
            ),
            path(
                "<int:pk>/link-anteprima/",
                view(admin_views.share_preview),
                name="articles_article_share_preview",
            ),
            path(
                "<int:pk>/revisioni/",
                view(admin_views.revisions_view),
                name="articles_article_revisions",
            ),
            path(
                "<int:pk>/revisioni/<int:version_id>/ripristina/",
                view(admin_views.restore),
                name="articles_article_restore",
            ),
            *super().get_urls(),
        ]

    def review_queue(self, request):
        return redirect(reverse("admin:articles_article_changelist") + "?coda=da-revisionare")

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
            return admin_views.edit_refused(request, article, self.admin_site.each_context(request))
        extra = extra_context or {}
        if article is not None:
            extra.update(admin_views.workflow_context(request, article))
        return super().change_view(request, object_id, form_url, extra)

    def changelist_view(self, request, extra_context=None):
        extra = {"review_count": Article.objects.filter(status=Status.REVIEW).count()}
        return super().changelist_view(request, {**(extra_context or {}), **extra})

    @admin.display(description=_("status"), ordering="status")
    def state(self, obj):
        if obj.is_scheduled:
            when = timezone.localtime(obj.published_at).strftime("%d/%m/%Y %H:%M")
            return f"{obj.state_label} ({when})"
        return obj.state_label

    @admin.display(description=_("correction"))
    def correction(self, obj):
        if not obj.corrected_at:
            return "—"
        return format_html(
            "{}: {}",
            timezone.localtime(obj.corrected_at).strftime("%d/%m/%Y %H:%M"),
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
                    timezone.localtime(s.at).strftime("%d/%m/%Y %H:%M"),
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

    @admin.display(description=_("preview"))
    def image_preview(self, obj):
        sizes = (obj.lead_image_renditions or {}).get("card") or []
        if not sizes:
            return "—"
        return format_html(
            '<img class="admin-thumb" src="{}" alt="" width="{}" height="{}">',
            default_storage.url(sizes[0]["jpg"]),
            sizes[0]["w"],
            sizes[0]["h"],
        )

    def save_model(self, request, obj, form, change):
        services.article_save(
            article=obj, by=request.user, expected_version=form.cleaned_data.get("version")
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        search.refresh_search_vector(form.instance.pk)  # tags are saved here, after the row

    def delete_model(self, request, obj):
        services.article_delete(article=obj)

    def delete_queryset(self, request, queryset):
        for article in queryset:
            services.article_delete(article=article)
