"""The admin site of the newsroom: the desk's dashboard is its home page,
and every model admin speaks grammatical Italian (``desk.italian``)."""

from django.conf import settings
from django.contrib import admin
from django.urls import path

from . import dashboard
from .italian import ItalianMessages


class DeskAdminSite(admin.AdminSite):
    index_template = "admin/desk/dashboard.html"

    def __init__(self, name="admin"):
        super().__init__(name)
        self.site_header = self.site_title = settings.SITE_NAME

    def index(self, request, extra_context=None):
        context = {**dashboard.for_user(request.user), **(extra_context or {})}
        return super().index(request, context)

    def register(self, model_or_iterable, admin_class=None, **options):
        base = admin_class or admin.ModelAdmin
        if not issubclass(base, ItalianMessages):
            base = type(base.__name__, (ItalianMessages, base), {"__module__": base.__module__})
        return super().register(model_or_iterable, base, **options)

    def get_urls(self):
        from . import views

        return [
            path(
                "desk/notifications/",
                self.admin_view(views.notification_list),
                name="desk_notifications",
            ),
            path(
                "desk/notifications/<int:pk>/",
                self.admin_view(views.notification_open),
                name="desk_notification_open",
            ),
            path(
                "desk/notifications/read/",
                self.admin_view(views.notifications_read),
                name="desk_notifications_read",
            ),
            path(
                "desk/preferences/",
                self.admin_view(views.preferences),
                name="desk_preferences",
            ),
            path(
                "desk/presence/<int:pk>/",
                self.admin_view(views.presence_heartbeat),
                name="desk_presence",
            ),
            path(
                "desk/presence/<int:pk>/leave/",
                self.admin_view(views.presence_leave),
                name="desk_presence_leave",
            ),
            path(
                "desk/presence/<int:pk>/take-over/",
                self.admin_view(views.presence_take_over),
                name="desk_take_over",
            ),
            path(
                "desk/autosave/new/",
                self.admin_view(views.autosave_save),
                name="desk_autosave_new",
            ),
            path(
                "desk/autosave/<int:pk>/",
                self.admin_view(views.autosave_save),
                name="desk_autosave",
            ),
            path(
                "desk/autosave/discard/",
                self.admin_view(views.autosave_discard),
                name="desk_autosave_discard",
            ),
            *super().get_urls(),
        ]
