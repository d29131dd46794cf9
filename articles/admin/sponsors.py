from django.contrib import admin

from media.widgets import PictureChooser

from ..sponsors import Sponsor


@admin.register(Sponsor)
class SponsorAdmin(admin.ModelAdmin):
    list_display = ["name", "link"]
    search_fields = ["name"]
    fields = ["name", "link", "logo", "disclaimer"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "logo":
            kwargs["widget"] = PictureChooser
            return db_field.formfield(**kwargs)
        return super().formfield_for_dbfield(db_field, request, **kwargs)
