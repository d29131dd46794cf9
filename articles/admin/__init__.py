"""The editor's admin: sections, articles with their workflow, tags, bylines.

The buttons and bulk actions are drawn from ``workflow.TRANSITIONS``; every
change goes through ``articles.services``.
"""

from django.contrib import admin, messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import library, services
from ..models import Article, ArticleAuthor, ReadAlso, Section
from ..workflow import BULK_TRANSITIONS, TRANSITIONS, Perm, State
from . import authors, sponsors, tags, views  # noqa: F401 (they register their admins)
from .actions import bulk_action
from .display import ArticleDisplay
from .forms import ArticleAdminForm, ArticleAuthorForm


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]

    class Media:
        js = ["js/slugify.js"]


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    form = ArticleAuthorForm
    extra = 0
    min_num = 1
    autocomplete_fields = ["author"]
    verbose_name = gettext_lazy("byline author")
    verbose_name_plural = gettext_lazy("byline (in order)")


class ReadAlsoInline(admin.TabularInline):
    """The desk's "Leggi anche", saved by the services with the article."""

    model = ReadAlso
    fk_name = "article"
    extra = 0
    autocomplete_fields = ["target"]
    fields = ["target", "position"]


def _inline_rows(formsets, model, field: str) -> list | None:
    """The ``field`` values of an inline's kept rows, in the order the editor gave
    (None when the form had no such inline: the person may not edit it)."""
    if not any(formset.model is model for formset in formsets):
        return None
    rows = [
        f.cleaned_data
        for formset in formsets
        if formset.model is model
        for f in formset.forms
        if f.cleaned_data.get(field) and not f.cleaned_data.get("DELETE")
    ]
    return [row[field] for row in sorted(rows, key=lambda row: row.get("position") or 0)]


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
    title = gettext_lazy("queue")
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [
            ("mine", gettext_lazy("My articles")),
            ("review", gettext_lazy("To review")),
            ("returned", gettext_lazy("Returned to the author")),
            ("scheduled", gettext_lazy("Scheduled")),
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


@admin.register(Article)
class ArticleAdmin(ArticleDisplay, admin.ModelAdmin):
    form = ArticleAdminForm
    inlines = [ArticleAuthorInline, ReadAlsoInline]
    list_display = ["title", "byline_names", "section", "state", "updated_at", "featured"]
    list_filter = [
        QueueFilter,
        "status",
        "section",
        "featured",
        ("published_at", admin.DateFieldListFilter),
    ]
    list_select_related = ["section"]
    # A filtered list counts its own rows only: with 100,000 articles a second,
    # unfiltered COUNT on every click is the slowest query of the page.
    show_full_result_count = False
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
        "corrections",
        "transition_log",
    ]
    actions = [bulk_action(t) for t in BULK_TRANSITIONS]
    change_form_template = "admin/articles/article/change_form.html"
    change_list_template = "admin/articles/article/change_list.html"

    class Media:
        # Its stylesheet, admin-workflow.css, comes with every admin page (admin/base_site.html).
        js = ["js/slugify.js", "js/article-form.js"]

    def get_fieldsets(self, request, obj=None):
        publication = ["state", "published_at", "created_at", "updated_at", "updated_by"]
        if obj is not None:
            publication += ["corrections", "transition_log"]
        return [
            (None, {"fields": ["kicker", "title", "slug", "standfirst", "body", "version"]}),
            (_("Pictures"), {"fields": ["lead_picture", "gallery"]}),
            (
                _("Search engines and social networks"),
                {
                    "fields": [
                        "seo_title",
                        "seo_description",
                        "social_title",
                        "social_description",
                    ],
                    "classes": ["seo-fields"],
                },
            ),
            (
                _("Classification"),
                {"fields": ["kind", "sponsor", "section", "tags", "featured"]},
            ),
            (_("Publication"), {"fields": publication}),
        ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in ("lead_picture", "gallery"):
            # The library's own chooser, without the admin's popup links.
            return db_field.formfield(**kwargs)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.user = request.user  # a class made for this request
        return form

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.has_perm(Perm.PUBLISH):
            fields.append("featured")  # contributors never choose what leads the home page
        return fields

    def get_queryset(self, request):
        queryset = super().get_queryset(request).for_listing()
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
            path("link-search/", view(views.link_search), name="articles_article_link_search"),
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
                "<int:pk>/preview-link/<int:link_id>/revoke/",
                view(views.revoke_preview),
                name="articles_article_revoke_preview",
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
            article is not None
            and not self.has_change_permission(request, article)
            and self.has_view_permission(request, article)
        ):
            if request.method == "POST":
                # The piece moved on (e.g. published) while this person typed: keep
                # their text on screen instead of a bare 403 that loses it.
                return views.edit_refused(request, article)
            return views.read_only(request, article)
        extra = extra_context or {}
        if article is not None:
            extra.update(views.workflow_context(request, article))
            if request.method == "GET":
                self._warn_expired_pictures(request, article)
        return super().change_view(request, object_id, form_url, extra)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context["adminform"].form
        context["confirmation"] = getattr(form, "confirmation", None)
        context["conflict"] = getattr(form, "conflict", None)
        if getattr(form, "asking", False):
            context["errors"] = []  # not an error: the question is asked above the form
        if obj is not None and services.is_owner(request.user, obj):
            context["return_step"] = views.latest_return(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def changelist_view(self, request, extra_context=None):
        extra = {"review_count": Article.objects.filter(status=State.REVIEW).count()}
        return super().changelist_view(request, {**(extra_context or {}), **extra})

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
        article = services.article_save(
            article=form.instance,
            by=request.user,
            expected_version=form.cleaned_data.get("version"),
            tags=form.cleaned_data.get("tags"),
            byline=_byline(formsets),
            read_also=_inline_rows(formsets, ReadAlso, "target"),
        )
        if step := getattr(form, "workflow", None):
            # Validated with the form (and the row locked since): same transaction.
            services.article_transition(article=article, by=request.user, **step)
            messages.success(
                request, _("Done: “%(action)s”.") % {"action": TRANSITIONS[step["name"]].label}
            )
        for formset in formsets:  # the admin's change message reads what a save() leaves
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []

    def response_change(self, request, obj):
        if "_transition" in request.POST or "overwrite_version" in request.POST:
            request.POST = request.POST.copy()
            request.POST["_continue"] = "1"  # stay on the article after a step
        return super().response_change(request, obj)

    def delete_model(self, request, obj):
        services.article_delete(article=obj)

    def delete_queryset(self, request, queryset):
        for article in queryset:
            services.article_delete(article=article)
