"""The cache backends: keys taken as they are, and a Redis cache that degrades
to "no cache" instead of taking the site down.

The cache is an optimisation: when Redis is down, frozen or slow, every call
answers as an empty cache would (a miss, a refused write) within the socket
timeout, and the site renders from the database. After a failure Redis is
left alone for ``RETRY_SECONDS``, so a frozen server costs one timeout per
process and interval, not one per call; the outage and the recovery are
logged once each.
"""

from __future__ import annotations

import logging
import threading
import time
from functools import wraps

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger("newsroom.cache")

RETRY_SECONDS = 10.0


class CacheUnavailable(Exception):
    """Redis could not answer; the caller gets an empty-cache answer instead."""


def _degrading(fallback):
    """Run the backend method, or return ``fallback(*args)`` while Redis is unavailable."""

    def decorate(method):
        @wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return self._call(method, *args, **kwargs)
            except CacheUnavailable:
                return fallback(*args, **kwargs)

        return wrapper

    return decorate


def _miss(key, default=None, *args, **kwargs):
    return default


def _refused(*args, **kwargs):
    return False


def _nothing(*args, **kwargs):
    return {}


def _all_failed(data, *args, **kwargs):
    return list(data)


def _no_counter(key, *args, **kwargs):
    raise ValueError(f"Key '{key}' not found (the cache is unavailable)")


class PlainKeys:
    """No check of each key against memcached's rules (a warning per odd key,
    for a backend we never use): it walks the key a character at a time, about
    8 µs a call, and serving a stored page reads the cache two or three times
    in 100 µs. Our keys are names and hashes; Redis and local memory take any."""

    def validate_key(self, key):
        pass


class LocalMemoryCache(PlainKeys, LocMemCache):
    pass


class ResilientRedisCache(PlainKeys, RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._down_until = 0.0
        self._lock = threading.Lock()

    def _call(self, method, *args, **kwargs):
        if time.monotonic() < self._down_until:
            raise CacheUnavailable
        try:
            result = method(self, *args, **kwargs)
        except self._redis_errors() as error:
            self._mark_down(error)
            raise CacheUnavailable from error
        if self._down_until:
            self._mark_up()
        return result

    def _redis_errors(self):
        import redis

        return (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError)

    def _mark_down(self, error):
        with self._lock:
            was_up = not self._down_until
            self._down_until = time.monotonic() + RETRY_SECONDS
        if was_up:
            logger.error("Cache unavailable, serving without it: %s", error)

    def _mark_up(self):
        with self._lock:
            self._down_until = 0.0
        logger.warning("Cache available again")

    get = _degrading(_miss)(RedisCache.get)
    get_many = _degrading(_nothing)(RedisCache.get_many)
    has_key = _degrading(_refused)(RedisCache.has_key)
    add = _degrading(_refused)(RedisCache.add)
    set = _degrading(_refused)(RedisCache.set)
    set_many = _degrading(_all_failed)(RedisCache.set_many)
    touch = _degrading(_refused)(RedisCache.touch)
    delete = _degrading(_refused)(RedisCache.delete)
    delete_many = _degrading(_refused)(RedisCache.delete_many)
    clear = _degrading(_refused)(RedisCache.clear)
    incr = _degrading(_no_counter)(RedisCache.incr)
    decr = _degrading(_no_counter)(RedisCache.decr)
