"""pg_trgm for search that forgives typos ("polestr" finds Polestar).

PostgreSQL only, in a vendor-conditional RunPython: Django's TrigramExtension
skips other databases going forwards but not backwards (it asks pg_extension),
and the migration tests walk SQLite back and forth. Going back keeps the
extension: other databases' objects may use it, and it costs nothing.
"""

from django.db import migrations


def create_extension(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


class Migration(migrations.Migration):
    dependencies = [("articles", "0016_front_trust_sponsors")]

    operations = [migrations.RunPython(create_extension, migrations.RunPython.noop)]
