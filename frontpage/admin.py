"""The desk's home page: slots (pins) with their times, the preview of a
future home, Ultim'ora, and the reading figures per article."""

from django.contrib import admin
from django.db.models import F
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from . import reads, views
from .models import ArticleReadership, BreakingNews, Pin


@admin.register(Pin)
class PinAdmin(admin.ModelAdmin):
    list_display = ["slot", "section", "article", "starts_at", "ends_at", "in_force"]
    list_filter = ["slot"]
    list_select_related = ["article", "section"]
    autocomplete_fields = ["article"]
    fields = ["slot", "section", "article", "starts_at", "ends_at"]
    change_list_template = "admin/frontpage/pin/change_list.html"

    @admin.display(boolean=True, description=_("in force now"))
    def in_force(self, pin):
        now = timezone.now()
        return (pin.starts_at is None or pin.starts_at <= now) and (
            pin.ends_at is None or pin.ends_at > now
        )

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def get_urls(self):
        return [
            path(
                "preview/",
                self.admin_site.admin_view(views.preview, cacheable=True),
                name="frontpage_pin_preview",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra = {
            "preview_url": reverse("admin:frontpage_pin_preview"),
            "preview_form": views.PreviewForm(
                initial={"at": views.tomorrow_morning(timezone.now())}
            ),
        }
        return super().changelist_view(request, {**(extra_context or {}), **extra})


@admin.register(BreakingNews)
class BreakingNewsAdmin(admin.ModelAdmin):
    list_display = ["text", "starts_at", "ends_at", "in_force"]
    autocomplete_fields = ["article"]
    fields = ["text", "article", "starts_at", "ends_at"]

    @admin.display(boolean=True, description=_("in force now"))
    def in_force(self, item):
        now = timezone.now()
        return (item.starts_at is None or item.starts_at <= now) and item.ends_at > now


@admin.register(ArticleReadership)
class ArticleReadershipAdmin(admin.ModelAdmin):
    """Reads per article in the last 24 hours and 7 days, counted in one query."""

    list_display = ["article", "section", "published_at", "reads_day", "reads_week"]
    list_select_related = ["section"]
    list_filter = ["section"]
    search_fields = ["title"]
    list_display_links = None

    def get_queryset(self, request):
        now = timezone.now()
        return (
            super()
            .get_queryset(request)
            .published()
            .annotate(
                reads_day=reads.reads_since(now - reads.DAY),
                reads_week=reads.reads_since(now - reads.WEEK),
            )
            .order_by(F("reads_week").desc(), "-published_at")
        )

    @admin.display(description=_("title"), ordering="title")
    def article(self, article):
        url = reverse("admin:articles_article_change", args=[article.pk])
        return format_html('<a href="{}">{}</a>', url, article.title)

    @admin.display(description=_("reads, 24 hours"), ordering="reads_day")
    def reads_day(self, article):
        return article.reads_day

    @admin.display(description=_("reads, 7 days"), ordering="reads_week")
    def reads_week(self, article):
        return article.reads_week

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
