from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublisherConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "publisher"
    verbose_name = _("Publisher")

    def ready(self):
        from . import checks  # noqa: F401 (registers the legal-data check)
