from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsentConfig(AppConfig):
    name = "consent"
    verbose_name = _("Cookie consent")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from . import config, models

        # Signals only drop the cached configuration; no rule lives here.
        for model in (
            models.ConsentCategory,
            models.ConsentService,
            models.ConsentScript,
            models.ConsentPolicy,
        ):
            post_save.connect(config.invalidate, sender=model, dispatch_uid=f"consent-{model}-s")
            post_delete.connect(config.invalidate, sender=model, dispatch_uid=f"consent-{model}-d")
