from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from . import search, services
from .forms import ArticleAdminForm
from .models import Article, ArticleAuthor, Section


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    extra = 0
    min_num = 1
    autocomplete_fields = ["author"]
    verbose_name = _("byline author")
    verbose_name_plural = _("byline (in order)")


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    inlines = [ArticleAuthorInline]
    list_display = ["title", "section", "state", "published_at", "updated_at", "featured"]
    list_filter = ["status", "section", "featured", ("published_at", admin.DateFieldListFilter)]
    list_select_related = ["section"]
    search_fields = ["title", "standfirst", "slug"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at", "image_preview"]
    fieldsets = [
        (None, {"fields": ["kicker", "title", "slug", "standfirst", "body"]}),
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
        (_("Publication"), {"fields": ["status", "published_at", "created_at", "updated_at"]}),
    ]

    @admin.display(description=_("status"), ordering="status")
    def state(self, obj):
        return obj.state_label

    @admin.display(description=_("preview"))
    def image_preview(self, obj):
        sizes = (obj.lead_image_renditions or {}).get("card") or []
        if not sizes:
            return "—"
        from django.core.files.storage import default_storage

        return format_html(
            '<img src="{}" alt="" width="{}" height="{}" style="max-width:320px;height:auto">',
            default_storage.url(sizes[0]["jpg"]),
            sizes[0]["w"],
            sizes[0]["h"],
        )

    def save_model(self, request, obj, form, change):
        services.article_save(article=obj, by=request.user)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        search.refresh_search_vector(form.instance.pk)  # tags are saved here, after the row

    def delete_model(self, request, obj):
        services.article_delete(article=obj)

    def delete_queryset(self, request, queryset):
        for article in queryset:
            services.article_delete(article=article)
