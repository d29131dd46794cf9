from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from media.services import ensure_renditions
from media.widgets import PictureChooser

from .models import Publisher


@admin.register(Publisher)
class PublisherAdmin(admin.ModelAdmin):
    """One record: the list opens it (or the form to create it)."""

    fieldsets = [
        (None, {"fields": ["masthead", "company", "editor_in_chief", "vat_number", "roc_number"]}),
        (_("Registered office"), {"fields": ["street_address", "postal_code", "city"]}),
        (
            _("Court registration"),
            {
                "fields": [
                    "court",
                    "registration_number",
                    "registration_date",
                    "registration_exempt",
                    "exemption_note",
                ]
            },
        ),
        (_("Contacts"), {"fields": ["email", "pec", "phone"]}),
        (_("Logo"), {"fields": ["logo"]}),
        (
            _("Text of the pages"),
            {"fields": ["about_text", "contacts_text", "policy_text", "corrections_text"]},
        ),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "logo":
            kwargs["widget"] = PictureChooser
            return db_field.formfield(**kwargs)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.logo:
            ensure_renditions(obj.logo, ("full",))  # the uncropped logo search engines read

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not Publisher.objects.exists()

    def changelist_view(self, request, extra_context=None):
        record = Publisher.objects.first()
        if record is not None:
            return redirect(reverse("admin:publisher_publisher_change", args=[record.pk]))
        if self.has_add_permission(request):
            return redirect(reverse("admin:publisher_publisher_add"))
        return super().changelist_view(request, extra_context)
