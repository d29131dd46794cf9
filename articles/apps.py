from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Articles")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from newsroom.pagecache import register_clock

        from .models import next_scheduled_publication

        # A scheduled article goes live at query time: no stored page may
        # outlive that moment.
        register_clock(next_scheduled_publication)
