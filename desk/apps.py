from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class DeskConfig(AppConfig):
    """The editors' own tools: dashboard, notifications, presence, autosave."""

    name = "desk"
    verbose_name = _("Desk")
    default = True

    def ready(self):
        from articles.signals import article_transitioned

        from . import notifications

        article_transitioned.connect(notifications.on_transition, dispatch_uid="desk-notify")


class DeskAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the desk's site: a personal dashboard as its home page."""

    default = False
    default_site = "desk.sites.DeskAdminSite"
