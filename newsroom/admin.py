from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.forms import AdminPasswordChangeForm, SetUnusablePasswordMixin
from django.contrib.auth.models import Group
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

User = get_user_model()


def permission_label(permission) -> str:
    """A permission in Italian: Django names its own ones "Can add article"
    when they are created, in English, whatever the language."""
    actions = {
        "add": _("can add"),
        "change": _("can change"),
        "delete": _("can delete"),
        "view": _("can view"),
    }
    model = permission.content_type.model_class()
    action, _sep, model_name = permission.codename.partition("_")
    name = permission.name
    if model is not None and action in actions and model_name == model._meta.model_name:
        name = f"{actions[action]}: {model._meta.verbose_name}"
    app = model._meta.app_config.verbose_name if model is not None else ""
    return f"{app} | {name}" if app else name


class ItalianPermissions:
    """Permissions listed in Italian, in the picker and where they are only shown."""

    PERMISSION_FIELDS = ("permissions", "user_permissions")

    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name in self.PERMISSION_FIELDS and field is not None:
            field.label_from_instance = permission_label
        return field

    def get_readonly_fields(self, request, obj=None):
        return (*super().get_readonly_fields(request, obj), "permission_list")

    def get_fieldsets(self, request, obj=None):
        # A permission field shown read-only would list Django's English names.
        shown = set(super().get_readonly_fields(request, obj))
        if obj is not None and not self.has_change_permission(request, obj):
            shown |= set(self.PERMISSION_FIELDS)
        return [
            (
                title,
                {
                    **options,
                    "fields": [
                        "permission_list" if f in self.PERMISSION_FIELDS and f in shown else f
                        for f in options["fields"]
                        if f != "permission_list"
                    ],
                },
            )
            for title, options in super().get_fieldsets(request, obj)
        ]

    @admin.display(description=gettext_lazy("permissions"))
    def permission_list(self, obj):
        rows = obj.permissions if isinstance(obj, Group) else obj.user_permissions
        labels = sorted(permission_label(p) for p in rows.select_related("content_type"))
        return format_html_join(mark_safe("<br>"), "{}", ((label,) for label in labels)) or "—"


class ItalianPasswordChangeForm(AdminPasswordChangeForm):
    # Django joins this warning to a lazy text at import time, so neither is
    # ever translated; built lazily here, both are.
    usable_password_help_text = format_lazy(
        '{}<ul id="id_unusable_warning" class="messagelist"><li class="warning">{}</li></ul>',
        SetUnusablePasswordMixin.usable_password_help_text,
        gettext_lazy("If disabled, the current password for this user will be lost."),
    )


class NewsroomGroupAdmin(ItalianPermissions, GroupAdmin):
    pass


class NewsroomUserAdmin(ItalianPermissions, UserAdmin):
    change_password_form = ItalianPasswordChangeForm

    """The Amministratore role manages accounts but cannot grant itself more.

    Only superusers may touch superuser status, per-user permissions, or a
    superuser's account (whose password would otherwise be a way in).
    """

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if request.user.is_superuser:
            return fields
        return (*fields, "is_superuser", "user_permissions")

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)


admin.site.unregister(User)
admin.site.register(User, NewsroomUserAdmin)
admin.site.unregister(Group)
admin.site.register(Group, NewsroomGroupAdmin)
