"""Editorial states.

"Scheduled" is not stored: a scheduled article is a published one whose
``published_at`` lies in the future, so it goes live at query time with no
cron or worker, and unpublishing it is the same transition either way.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("draft")
    REVIEW = "review", _("in review")
    PUBLISHED = "published", _("published")
    UNPUBLISHED = "unpublished", _("unpublished")


SCHEDULED_LABEL = _("scheduled")
