"""The media library in the admin: pictures (search, filters, where used,
focal point) and galleries (drag to order)."""

from django.contrib import admin, messages
from django.core.files.storage import default_storage
from django.shortcuts import redirect
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from .. import services, usage
from ..models import EXPIRING_DAYS, SEARCHED_FIELDS, Gallery, Picture
from . import views
from .forms import GalleryForm, PictureForm


class UsageFilter(admin.SimpleListFilter):
    title = _("use")
    parameter_name = "use"

    def lookups(self, request, model_admin):
        return [("unused", _("Not used anywhere")), ("used", _("In use"))]

    def queryset(self, request, queryset):
        match self.value():
            case "unused":
                return queryset.unused()
            case "used":
                return queryset.used()
        return queryset


class RightsFilter(admin.SimpleListFilter):
    title = _("rights")
    parameter_name = "rights"

    def lookups(self, request, model_admin):
        return [
            ("expired", _("Expired (hidden from readers)")),
            ("expiring", _("Expiring within %(days)d days") % {"days": EXPIRING_DAYS}),
            ("limited", _("With an expiry date")),
        ]

    def queryset(self, request, queryset):
        match self.value():
            case "expired":
                return queryset.expired()
            case "expiring":
                return queryset.expiring()
            case "limited":
                return queryset.exclude(rights_expire_on=None)
        return queryset


class CompletenessFilter(admin.SimpleListFilter):
    title = _("alt text and credit")
    parameter_name = "text"

    def lookups(self, request, model_admin):
        return [("incomplete", _("To complete"))]

    def queryset(self, request, queryset):
        return queryset.incomplete() if self.value() == "incomplete" else queryset


def _admin_url(obj) -> str:
    try:
        return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return ""


def _where_used(obj) -> str:
    found = usage.uses(obj) if obj.pk else []
    if not found:
        return _("Not used anywhere.")
    rows = format_html_join(
        "",
        '<li><a href="{}">{}</a> — {}</li>',
        ((_admin_url(use.owner), use.owner, use.role) for use in found),
    )
    return format_html('<ul class="media-uses">{}</ul>', rows)


class DeletedThroughServices:
    """Deleting goes through ``media.services``, which refuses what is in use;
    a bulk deletion says which ones it kept, and why."""

    def delete_model(self, request, obj):
        services.media_delete(obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            try:
                services.media_delete(obj)
            except services.InUse as error:
                self.message_user(request, error.messages[0], messages.ERROR)


@admin.register(Picture)
class PictureAdmin(DeletedThroughServices, admin.ModelAdmin):
    form = PictureForm
    list_display = [
        "thumbnail",
        "title_and_caption",
        "credit",
        "uploaded_at",
        "rights",
    ]
    list_display_links = ["thumbnail", "title_and_caption"]
    list_filter = [UsageFilter, RightsFilter, CompletenessFilter, "uploaded_at"]
    search_fields = list(SEARCHED_FIELDS)
    date_hierarchy = "uploaded_at"
    list_per_page = 48
    actions = ["make_gallery"]
    readonly_fields = ["dimensions", "original_name", "uploaded_at", "uploaded_by", "where_used"]
    fieldsets = [
        (None, {"fields": ["focal_point", "title", "caption", "alt", "credit"]}),
        (
            _("Rights"),
            {"fields": ["source", "copyright_holder", "usage_terms", "rights_expire_on"]},
        ),
        (_("File"), {"fields": ["dimensions", "original_name", "uploaded_at", "uploaded_by"]}),
        (_("Where used"), {"fields": ["where_used"]}),
    ]
    change_list_template = "admin/media/picture/change_list.html"

    class Media:
        css = {"all": ["css/media-admin.css"]}
        js = ["js/media-admin.js"]

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("upload/", view(views.upload), name="media_picture_upload"),
            path("captions/", view(views.captions), name="media_picture_captions"),
            path("chooser/", view(views.chooser), name="media_picture_chooser"),
            path("<int:pk>/complete/", view(views.complete), name="media_picture_complete"),
            path("embed/", view(views.embed), name="media_picture_embed"),
            *super().get_urls(),
        ]

    def add_view(self, request, form_url="", extra_context=None):
        # One way in: uploads read the credits from the file before stripping it.
        return redirect("admin:media_picture_upload")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("uploaded_by")

    @admin.display(description=_("picture"))
    def thumbnail(self, obj):
        sizes = services.ensure_renditions(obj, ("thumb",)).get("thumb") or []
        if not sizes:
            return "—"
        return format_html(
            '<img class="media-thumb" src="{}" alt="" width="80" height="80" loading="lazy">',
            default_storage.url(sizes[0]["jpg"]),
        )

    @admin.display(description=_("title"), ordering="title")
    def title_and_caption(self, obj):
        missing = (
            ""
            if obj.is_complete
            else format_html(
                ' <span class="media-flag media-flag--warn">{}</span>', _("to complete")
            )
        )
        caption = obj.caption[:140] if obj.caption != obj.title else ""
        return format_html(
            '<strong>{}</strong>{}<br>{}<br><span class="media-size">{}</span>',
            obj,
            missing,
            caption,
            self.dimensions(obj),
        )

    @admin.display(description=_("size"))
    def dimensions(self, obj):
        return f"{obj.width}×{obj.height}"

    @admin.display(description=_("rights"), ordering="rights_expire_on")
    def rights(self, obj):
        if obj.rights_expire_on is None:
            return obj.usage_terms or "—"
        label = _("expired on %(date)s") if obj.is_expired else _("until %(date)s")
        text = label % {"date": date_format(obj.rights_expire_on)}
        css = "media-flag--error" if obj.is_expired else "media-flag"
        return format_html('<span class="media-flag {}">{}</span>', css, text)

    @admin.display(description=_("where used"))
    def where_used(self, obj):
        return _where_used(obj)

    @admin.action(description=_("Make a gallery of the selected pictures"))
    def make_gallery(self, request, queryset):
        if not request.user.has_perm("media.add_gallery"):
            self.message_user(
                request, _("Your role does not allow making galleries."), messages.ERROR
            )
            return None
        title = _("New gallery of %(date)s") % {"date": date_format(timezone.localdate())}
        pictures = list(queryset.order_by("uploaded_at", "pk"))
        gallery = services.gallery_save(
            gallery=Gallery(title=title), pictures=pictures, by=request.user
        )
        return redirect("admin:media_gallery_change", gallery.pk)

    def save_model(self, request, obj, form, change):
        services.picture_save(picture=obj)


@admin.register(Gallery)
class GalleryAdmin(DeletedThroughServices, admin.ModelAdmin):
    form = GalleryForm
    list_display = ["title", "size", "updated_at", "created_by"]
    search_fields = ["title"]
    readonly_fields = ["where_used"]
    fields = ["title", "pictures", "where_used"]

    class Media:
        css = {"all": ["css/media-admin.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("created_by")

    @admin.display(description=_("pictures"))
    def size(self, obj):
        return obj.items.count()

    @admin.display(description=_("where used"))
    def where_used(self, obj):
        return _where_used(obj)

    def save_model(self, request, obj, form, change):
        services.gallery_save(gallery=obj, pictures=form.cleaned_data["pictures"], by=request.user)
