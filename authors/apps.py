from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuthorsConfig(AppConfig):
    name = "authors"
    verbose_name = _("Authors")
    default_auto_field = "django.db.models.BigAutoField"
