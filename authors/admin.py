from django import forms
from django.contrib import admin
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy, ngettext

from .models import Author
from .services import author_save


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "slug", "user", "is_active"]
    list_filter = ["is_active"]
    list_editable = ["is_active"]
    search_fields = ["name", "slug", "user__username", "user__email"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "user", "is_active"]}),
        (gettext_lazy("Profile"), {"fields": ["role", "masthead_order", "bio", "photo"]}),
        (
            gettext_lazy("Public links"),
            {"fields": ["website", "twitter", "linkedin", "facebook", "instagram"]},
        ),
    ]
    actions = ["deactivate"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "masthead_order":
            # Optional in the form: left empty (or absent), the model's default stands.
            return forms.IntegerField(
                label=capfirst(db_field.verbose_name),
                help_text=db_field.help_text,
                required=False,
                min_value=0,
                max_value=32767,
                initial=db_field.default,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if obj.masthead_order is None:
            obj.masthead_order = Author._meta.get_field("masthead_order").default
        author_save(author=obj)

    @admin.action(description=gettext_lazy("Deactivate selected authors"))
    def deactivate(self, request, queryset):
        count = queryset.update(is_active=False)
        self.message_user(
            request,
            ngettext("%(count)d author deactivated.", "%(count)d authors deactivated.", count)
            % {"count": count},
        )
