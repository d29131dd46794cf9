"""Django's PostgreSQL backend, with a deadline on every wait for the server.

``statement_timeout`` makes a live server give up on a slow query, and
libpq's ``connect_timeout`` covers a new connection; neither helps when the
server stops answering on a connection already open (a frozen host, a
stopped process): the worker would wait until gunicorn kills it. Here each
round trip gives up after ``client_timeout`` seconds, the connection is
dropped, and Django raises ``OperationalError``, which readers see as the
Italian 503 page (``newsroom.errors``).
"""

import psycopg
from django.db.backends.postgresql import base


class DeadlineConnection(psycopg.Connection):
    client_timeout: float | None = None

    def wait(self, gen, interval=0.1, timeout=None):
        try:
            return super().wait(gen, interval, timeout or self.client_timeout)
        except psycopg.errors._WaitTimeout:
            # The server may still answer later: this connection's protocol
            # state is unknown, so it must never be used again.
            self.pgconn.finish()
            raise psycopg.OperationalError(
                f"the database did not answer within {self.client_timeout} s"
            ) from None


# "SELECT 1" answers in milliseconds from a live server: a health check on a
# connection to a frozen one need not wait a whole statement timeout.
HEALTH_CHECK_TIMEOUT = 1.0


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self):
        params = super().get_connection_params()
        self._client_timeout = params.pop("client_timeout", None)
        return params

    def get_new_connection(self, conn_params):
        connection = super().get_new_connection(conn_params)
        if self._client_timeout and type(connection) is psycopg.Connection:
            connection.__class__ = DeadlineConnection
            connection.client_timeout = self._client_timeout
        return connection

    def is_usable(self):
        if not isinstance(self.connection, DeadlineConnection):
            return super().is_usable()
        budget = self.connection.client_timeout
        self.connection.client_timeout = min(budget, HEALTH_CHECK_TIMEOUT)
        try:
            return super().is_usable()
        finally:
            self.connection.client_timeout = budget
