"""Machine-readable dates: ISO 8601 in Rome time, to the second.

HTML's ``<time datetime>`` allows at most three digits of a second's fraction,
and feeds, sitemaps and structured data need no fraction at all: one helper
for all of them.
"""

from datetime import datetime

from django.utils import timezone


def iso_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return timezone.localtime(value).replace(microsecond=0).isoformat()
