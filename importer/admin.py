"""What the WordPress import left behind, for the desk to look up: which post
became which article, and the old addresses that lead to it. Read only:
the import command writes these rows (an old address may be deleted)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import ImportedPost, OldPermalink


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ImportedPost)
class ImportedPostAdmin(ReadOnlyAdmin):
    list_display = ["wp_id", "article", "wp_status", "link", "updated_at"]
    list_filter = ["wp_status"]
    search_fields = ["=wp_id", "link", "article__title"]
    list_select_related = ["article"]
    fields = ["wp_id", "guid", "article", "link", "wp_status", "seo_title", "seo_description",
              "missing_media", "imported_at", "updated_at"]  # fmt: skip

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(OldPermalink)
class OldPermalinkAdmin(ReadOnlyAdmin):
    list_display = ["address", "article"]
    search_fields = ["path", "query", "article__title"]
    list_select_related = ["article"]
    fields = ["path", "query", "article"]

    @admin.display(description=_("old address"))
    def address(self, obj):
        return str(obj)
