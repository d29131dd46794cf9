"""Helpers about the test database itself."""

from django.db import connection


def analyze(*models) -> None:
    """Statistics for what a test just loaded, as autovacuum gives production.

    PostgreSQL plans a table it never analyzed from guesses: with a few
    hundred rows loaded inside the test's transaction (which autovacuum never
    sees), some page queries picked nested loops that made a whole-site test
    twice as slow as on SQLite. ANALYZE in the same transaction reads the
    rows loaded. Only the tables named: the row counts ANALYZE writes
    outlive the rollback, and other tables would be planned as if full.
    Nothing to do elsewhere."""
    if connection.vendor == "postgresql":
        tables = ", ".join(connection.ops.quote_name(m._meta.db_table) for m in models)
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {tables}")
