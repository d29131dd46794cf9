"""What admins configured, read once and cached until they change it."""

from dataclasses import dataclass

from django.core.cache import cache

# v2: category codes became English; a v1 entry still holds the Italian ones.
CACHE_KEY = "consent:config:v2"
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


def load() -> Config:
    config = cache.get(CACHE_KEY)
    if config is None:
        config = _build()
        cache.set(CACHE_KEY, config, CACHE_SECONDS)
    return config


def invalidate(**kwargs):
    cache.delete(CACHE_KEY)


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
