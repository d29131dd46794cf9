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

    def ready(self):
        super().ready()
        # django-axes names its rows in English ("Access Log for … @ …") with
        # no translation hook; the admin shows these names as page titles.
        from axes import models

        models.AccessAttempt.__str__ = _attempt
        models.AccessLog.__str__ = _log
        models.AccessFailureLog.__str__ = _failure


def _when(value) -> str:
    from django.utils import timezone
    from django.utils.formats import date_format

    return date_format(timezone.localtime(value), "SECONDS_DATETIME_FORMAT") if value else ""


def _attempt(row) -> str:
    return _("Access attempt of %(when)s") % {"when": _when(row.attempt_time)}


def _log(row) -> str:
    return _("Access of %(user)s on %(when)s") % {
        "user": row.username,
        "when": _when(row.attempt_time),
    }


def _failure(row) -> str:
    return _("Failed access of %(user)s on %(when)s from %(ip)s") % {
        "user": row.username,
        "when": _when(row.attempt_time),
        "ip": row.ip_address,
    }
