"""The consent rules, free of HTTP and templates.

Garante per la protezione dei dati personali, Linee guida cookie (10 June 2021):
ask again after six months, after a material change, or when the choice is
lost; never otherwise.
"""

import calendar
import ipaddress
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.core import signing

from .models import CategoryKey

COOKIE_NAME = "nr_consent"
COOKIE_SALT = "consent.cookie"
VALID_MONTHS = 6
# The browser may drop the cookie a little later than six months; the date
# inside it is what decides.
COOKIE_MAX_AGE = 186 * 24 * 3600
# Cookies signed before the codes became English still carry the Italian ones.
LEGACY_KEYS = {
    "necessari": CategoryKey.NECESSARY,
    "statistiche": CategoryKey.STATISTICS,
    "terze_parti": CategoryKey.THIRD_PARTY,
}


@dataclass(frozen=True)
class Choice:
    consent_id: str
    granted: frozenset = field(default_factory=frozenset)
    version: int = 1
    given_at: datetime | None = None


def add_months(when: datetime, months: int) -> datetime:
    month_index = when.month - 1 + months
    year, month = when.year + month_index // 12, month_index % 12 + 1
    day = min(when.day, calendar.monthrange(year, month)[1])
    return when.replace(year=year, month=month, day=day)


def is_current(choice: Choice | None, *, version: int, now: datetime) -> bool:
    if choice is None or choice.given_at is None or choice.version != version:
        return False
    return now < add_months(choice.given_at, VALID_MONTHS)


def encode(choice: Choice) -> str:
    payload = {
        "id": choice.consent_id,
        "c": sorted(choice.granted),
        "v": choice.version,
        "t": int(choice.given_at.timestamp()),
    }
    return signing.dumps(payload, salt=COOKIE_SALT)


def decode(value: str | None) -> Choice | None:
    """The reader's stored choice, or None when absent, forged or malformed."""
    if not value:
        return None
    try:
        data = signing.loads(value, salt=COOKIE_SALT)

        return Choice(
            consent_id=str(uuid.UUID(data["id"])),
            granted=frozenset(str(LEGACY_KEYS.get(c, c)) for c in data["c"]),
            version=int(data["v"]),
            given_at=datetime.fromtimestamp(int(data["t"]), tz=UTC),
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def decide(
    *, optional: set[str], asked: set[str], gpc: bool
) -> tuple[frozenset[str], frozenset[str], bool]:
    """Granted and refused optional categories, and whether GPC overrode the ask."""
    asked = asked & optional
    overridden = gpc and CategoryKey.MARKETING in asked
    if gpc:
        asked = asked - {CategoryKey.MARKETING}
    return frozenset(asked), frozenset(optional - asked), overridden


def truncate_ip(address: str | None) -> str | None:
    """Anonymise like analytics tools: last IPv4 octet, last 80 bits of IPv6."""
    try:
        ip = ipaddress.ip_address((address or "").strip())
    except ValueError:
        return None
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False).network_address)


_BROWSERS = (
    ("Edge", re.compile(r"Edg(e|A|iOS)?/")),
    ("Opera", re.compile(r"OPR/|Opera")),
    ("Samsung Internet", re.compile(r"SamsungBrowser/")),
    ("Firefox", re.compile(r"Firefox/|FxiOS/")),
    ("Chrome", re.compile(r"Chrome/|CriOS/|Chromium/")),
    ("Safari", re.compile(r"Safari/")),
)


def browser_family(user_agent: str | None) -> str:
    """The browser's family only: the full user agent is too identifying to keep."""
    ua = user_agent or ""
    for name, pattern in _BROWSERS:
        if pattern.search(ua):
            return name
    return "Other" if ua else ""
