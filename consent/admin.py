import csv

from django.contrib import admin
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import ConsentCategory, ConsentPolicy, ConsentRecord, ConsentScript, ConsentService


class ConsentServiceInline(admin.TabularInline):
    model = ConsentService
    extra = 0


class SuperuserWrites:
    """Gated scripts run on every public page, on the admin's own origin.

    Whoever sets one could act as any superuser who opens the site (post to
    the user admin, say). Like WordPress's "unfiltered HTML", adding, changing
    or removing them is a superuser's power; the Amministratore sees them and
    keeps managing categories, texts and services.
    """

    def has_add_permission(self, request, *args):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


class ConsentScriptInline(SuperuserWrites, admin.TabularInline):
    model = ConsentScript
    extra = 0


@admin.register(ConsentCategory)
class ConsentCategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "required", "order"]
    list_editable = ["order"]
    inlines = [ConsentServiceInline, ConsentScriptInline]

    def get_readonly_fields(self, request, obj=None):
        # The key says what a category is to the consent rules, the proof log
        # and readers' cookies: it is chosen once.
        return ["key"] if obj is not None else []


@admin.register(ConsentService)
class ConsentServiceAdmin(admin.ModelAdmin):
    list_display = ["name", "category", "provider", "duration", "cookie_names"]
    list_filter = ["category"]
    search_fields = ["name", "provider", "cookie_names"]


@admin.register(ConsentScript)
class ConsentScriptAdmin(SuperuserWrites, admin.ModelAdmin):
    list_display = ["name", "category", "src", "is_active"]
    list_filter = ["category", "is_active"]


@admin.register(ConsentPolicy)
class ConsentPolicyAdmin(admin.ModelAdmin):
    list_display = ["__str__", "version", "updated_at"]

    def has_add_permission(self, request):
        return not ConsentPolicy.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


CSV_FIELDS = [
    "consent_id",
    "created_at",
    "method",
    "granted",
    "refused",
    "policy_version",
    "gpc",
    "ip_truncated",
    "browser_family",
]


@admin.action(description=_("Export the selected records as CSV"))
def export_csv(modeladmin, request, queryset):
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="consensi-{stamp}.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_FIELDS)
    for record in queryset.order_by("created_at", "pk").iterator():
        writer.writerow(
            [
                record.consent_id,
                record.created_at.isoformat(),
                record.method,
                " ".join(record.granted),
                " ".join(record.refused),
                record.policy_version,
                int(record.gpc),
                record.ip_truncated or "",
                record.browser_family,
            ]
        )
    return response


@admin.register(ConsentRecord)
class ConsentRecordAdmin(admin.ModelAdmin):
    """Proof must not be edited: view, filter, search and export only."""

    list_display = ["created_at", "consent_id", "method", "granted", "refused", "policy_version"]
    list_filter = ["method", "policy_version", "gpc", "browser_family", "created_at"]
    search_fields = ["consent_id", "ip_truncated"]
    date_hierarchy = "created_at"
    actions = [export_csv]
    readonly_fields = CSV_FIELDS

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
