from django.contrib import admin

from media.services import ensure_renditions
from media.widgets import PictureChooser

from ..sponsors import Sponsor


@admin.register(Sponsor)
class SponsorAdmin(admin.ModelAdmin):
    list_display = ["name", "link"]
    search_fields = ["name"]
    fields = ["name", "link", "logo", "disclaimer"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.logo:
            ensure_renditions(obj.logo, ("full",))  # shown whole next to the label

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "logo":
            kwargs["widget"] = PictureChooser
            return db_field.formfield(**kwargs)
        return super().formfield_for_dbfield(db_field, request, **kwargs)
