from axes.apps import AppConfig as AxesAppConfig
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    # Registered as an app only for its template tags and management commands.
    name = "newsroom"
    verbose_name = "Newsroom"
    default = True  # this module also holds AxesConfig below

    def ready(self):
        from . import signals

        signals.connect()


class AxesConfig(AxesAppConfig):
    # django-axes names its admin section "Axes"; the Amministratore reads Italian.
    default = False
    verbose_name = _("Login security")
