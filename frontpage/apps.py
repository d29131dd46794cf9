from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrontpageConfig(AppConfig):
    name = "frontpage"
    verbose_name = _("Home page")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from newsroom.pagecache import register_clock

        from . import models, reads

        # A pin's start or end, an Ultim'ora's start or end: the home page and
        # every page's bar change by themselves then; and "I più letti" is
        # brought up to date at every quarter of an hour.
        register_clock(models.next_pin_change)
        register_clock(models.next_breaking_change)
        register_clock(reads.next_refresh)
