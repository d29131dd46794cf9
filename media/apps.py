from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaConfig(AppConfig):
    name = "media"
    verbose_name = _("Media library")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from newsroom.pagecache import register_clock

        from .models import next_rights_expiry

        # A picture leaves public pages the day after its rights expire:
        # no stored page may outlive that midnight.
        register_clock(next_rights_expiry)
