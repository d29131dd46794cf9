"""A system check for production: the legal data the law wants on every page.

It reads the database, which system checks normally avoid, so it is careful:
it runs only with DEBUG off, and only when the database is reachable and
already migrated (a fresh checkout, CI's ``check --deploy`` before any
``migrate``, or a database outage says nothing). A migrated production
database without the record, or with a gap in it, gets a warning.
"""

from pathlib import Path

from django.conf import settings
from django.core.checks import Warning, register
from django.db import DatabaseError, connection
from django.utils.translation import gettext as _

TABLE = "publisher_publisher"


def _migrated() -> bool:
    if connection.vendor == "sqlite":
        name = str(connection.settings_dict.get("NAME") or "")
        in_memory = name == ":memory:" or "mode=memory" in name
        # Connecting to a missing SQLite file would create it.
        if not name or (not in_memory and not Path(name).exists()):
            return False
    try:
        return TABLE in connection.introspection.table_names()
    except DatabaseError:
        return False


@register("publisher")
def legal_data_check(app_configs=None, **kwargs):
    if settings.DEBUG or not _migrated():
        return []
    from .models import Publisher

    try:
        record = Publisher.objects.first()
    except DatabaseError:
        return []
    if record is None:
        return [
            Warning(
                _("The publisher's legal data is missing."),
                hint=_(
                    "Italian law wants the masthead, publisher, VAT number, court "
                    "registration and editor in chief on the site: fill in "
                    "Admin › Publisher data."
                ),
                id="publisher.W001",
            )
        ]
    if missing := record.missing:
        return [
            Warning(
                _("The publisher's legal data is incomplete: %(fields)s.")
                % {"fields": ", ".join(missing)},
                hint=_("Complete it in Admin › Publisher data."),
                id="publisher.W002",
            )
        ]
    return []
