"""Helpers about the test database itself."""

from django.db import connection


def analyze() -> None:
    """Statistics for what a test just loaded, as autovacuum gives production.

    PostgreSQL plans a table it never analyzed from guesses: with a few
    hundred rows loaded inside the test's transaction (which autovacuum never
    sees), some page queries picked nested loops that made a whole-site test
    twice as slow as on SQLite. ANALYZE in the same transaction reads the
    rows loaded. Nothing to do elsewhere."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
