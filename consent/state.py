"""What one request may carry: the reader's choice applied to the configuration."""

from functools import cached_property

from django.utils import timezone

from . import config, policy
from .models import CategoryKey


class ConsentState:
    def __init__(self, request):
        self.request = request
        self.config_token, self.config = config.load_with_token()
        self.choice = policy.decode(request.COOKIES.get(policy.COOKIE_NAME))
        # From META: read for every stored page served (request.headers costs more).
        self.gpc = request.META.get("HTTP_SEC_GPC", "").strip() == "1"

    @cached_property
    def is_current(self) -> bool:
        return policy.is_current(self.choice, version=self.config.version, now=timezone.now())

    @property
    def show_banner(self) -> bool:
        return self.config.asks_for_consent and not self.is_current

    @property
    def variant(self) -> str:
        """What of the reader's consent a page shows: banner or not, granted, GPC."""
        return f"{int(self.show_banner)}:{','.join(sorted(self.granted))}:{int(self.gpc)}"

    @cached_property
    def granted(self) -> frozenset:
        """Optional categories this page may use (none until a current choice)."""
        if not self.is_current:
            return frozenset()
        granted = self.choice.granted & self.config.optional_keys
        if self.gpc:
            granted -= {CategoryKey.MARKETING}
        return frozenset(granted)

    def allows(self, key: str) -> bool:
        return key in self.granted

    @property
    def scripts(self) -> list:
        return [s for s in self.config.scripts if s["category"] in self.granted]

    def categories_for_form(self) -> list[dict]:
        rows = []
        for cat in self.config.categories:
            locked_by_gpc = self.gpc and cat.key == CategoryKey.MARKETING
            rows.append(
                {
                    "category": cat,
                    "checked": cat.required or cat.key in self.granted,
                    "disabled": cat.required or locked_by_gpc,
                    "gpc": locked_by_gpc,
                }
            )
        return rows
