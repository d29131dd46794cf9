"""Stored public pages are retired whenever public content changes.

Wired to model signals rather than to each service on purpose: every write
path (admin, services, imports, the shell, fixtures) must retire stale pages,
including ones nobody remembered to wire. Bulk ``update()`` sends no signal;
pages then live at most PAGE_CACHE_SECONDS.
"""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from . import pagecache


def _retire_pages(**kwargs):
    transaction.on_commit(pagecache.invalidate)


def connect() -> None:
    for label in settings.PAGE_CACHE_INVALIDATED_BY:
        model = apps.get_model(label)
        for signal in (post_save, post_delete):
            signal.connect(_retire_pages, sender=model, dispatch_uid=f"pagecache-{label}")
    m2m_changed.connect(_retire_pages, dispatch_uid="pagecache-m2m")
