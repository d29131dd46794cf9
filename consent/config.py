"""What admins configured, read once and cached until they change it."""

import secrets
from dataclasses import dataclass

from django.core.cache import cache

# v3: stored with its token (v2 was the bare config; v1 held Italian category codes).
CACHE_KEY = "consent:config:v3"
# Saving in the admin drops the key at once; the timeout bounds staleness in
# processes that do not share the cache (local memory, several workers).
CACHE_SECONDS = 60


@dataclass(frozen=True)
class Category:
    key: str
    name: str
    description: str
    required: bool
    services: tuple
    scripts: tuple


@dataclass(frozen=True)
class Config:
    version: int
    categories: tuple

    @property
    def optional(self) -> tuple:
        return tuple(c for c in self.categories if not c.required)

    @property
    def optional_keys(self) -> set[str]:
        return {c.key for c in self.optional}

    @property
    def asks_for_consent(self) -> bool:
        """A site with nothing optional configured needs no banner at all."""
        return any(c.services or c.scripts for c in self.optional)

    @property
    def scripts(self) -> tuple:
        return tuple(s for c in self.categories for s in c.scripts)


# Every request reads the configuration (the page cache keys pages by the
# reader's consent), and unpickling it from the cache costs half of serving a
# stored page. Each process keeps the last one it read, with the token stored
# beside it in the cache: while the token there is the same, so is the config.
TOKEN_KEY = CACHE_KEY + ":token"
_kept: tuple[str, Config] | None = None


def load() -> Config:
    return load_with_token()[1]


def load_with_token() -> tuple[str, Config]:
    """The configuration and its token, which changes whenever it does."""
    global _kept
    token = cache.get(TOKEN_KEY)
    if token is not None and _kept is not None and _kept[0] == token:
        return _kept
    entry = cache.get(CACHE_KEY)
    if entry is None:
        entry = (secrets.token_hex(8), _build())
        cache.set(CACHE_KEY, entry, CACHE_SECONDS)
        cache.set(TOKEN_KEY, entry[0], CACHE_SECONDS)
    _kept = entry
    return entry


def invalidate(**kwargs):
    global _kept
    _kept = None
    cache.delete_many([CACHE_KEY, TOKEN_KEY])


def _build() -> Config:
    from .models import ConsentCategory, ConsentPolicy

    policy = ConsentPolicy.objects.filter(pk=1).values_list("version", flat=True).first()
    categories = []
    for cat in ConsentCategory.objects.prefetch_related("services", "scripts"):
        categories.append(
            Category(
                key=cat.key,
                name=cat.name,
                description=cat.description,
                required=cat.required,
                services=tuple(cat.services.all()),
                scripts=tuple(
                    {"category": cat.key, "name": s.name, "src": s.src, "config": s.config}
                    for s in cat.scripts.all()
                    if s.is_active
                ),
            )
        )
    return Config(version=policy or 1, categories=tuple(categories))
