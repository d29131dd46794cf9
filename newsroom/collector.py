"""What a served worker keeps out of Python's cyclic garbage collector.

A worker's long-lived objects, what Django builds at start (settings,
models, the admin) and what it builds lazily on the first requests (URL
patterns, compiled templates, translations), are about 100,000. A full
collection walked them all: about 60 ms in which the worker answered nobody,
once every few hundred requests; at 8 connections on 2 workers that was the
slowest percent of the search pages. Frozen, they are left out (Python's
``gc.freeze``); the collector still runs for what requests leave behind.
"""

import gc
import itertools

# By then the pages a worker serves most have been rendered once.
WARM_UP_REQUESTS = 50


def freeze_long_lived() -> None:
    """Leave every object alive now out of future collections; garbage is
    collected first, or the cycles it holds could never be freed."""
    gc.collect()
    gc.freeze()


class FreezingAfterWarmUp:
    """A WSGI application that freezes what lives once its first requests were served.

    Made for gunicorn's sync workers, one request at a time. With threads
    (``runserver``) it still freezes exactly once, and what other requests
    hold at that moment stays frozen: a few objects, never collected."""

    def __init__(self, app, after: int = WARM_UP_REQUESTS):
        self.app, self.after = app, after
        self._served = itertools.count()  # next() is atomic: one thread sees ``after``

    def __call__(self, environ, start_response):
        if next(self._served) == self.after:
            # Between two requests: what the last one built is gone by now,
            # and only what lives on is frozen.
            freeze_long_lived()
        return self.app(environ, start_response)
