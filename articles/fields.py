from django.db import models

from .sanitize import clean_html


class SanitizedHTMLField(models.TextField):
    """A TextField that runs ``clean_html`` whenever the row is saved.

    Cleaning in ``pre_save`` covers the admin, the shell, fixtures loaded
    through ``save()`` and every service alike.
    """

    def pre_save(self, model_instance, add):
        value = clean_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value
