import uuid
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from . import config, policy
from .models import ConsentRecord, Method


@transaction.atomic
def consent_record(
    *,
    asked: set[str],
    method: str,
    previous: policy.Choice | None,
    gpc: bool = False,
    ip: str | None = None,
    user_agent: str = "",
) -> tuple[policy.Choice, ConsentRecord]:
    """Turn one reader's choice into the cookie's content and its proof.

    Refusals and withdrawals are recorded like consents. The consent id stays
    the same for one browser, so its history can be followed in the log.
    """
    conf = config.load()
    granted, refused, overridden = policy.decide(
        optional=conf.optional_keys, asked=set(asked), gpc=gpc
    )
    choice = policy.Choice(
        consent_id=previous.consent_id if previous else str(uuid.uuid4()),
        granted=granted,
        version=conf.version,
        given_at=timezone.now().replace(microsecond=0),
    )
    record = ConsentRecord.objects.create(
        consent_id=choice.consent_id,
        granted=sorted(granted),
        refused=sorted(refused),
        policy_version=choice.version,
        created_at=choice.given_at,
        method=Method.GPC if overridden else method,
        gpc=gpc,
        ip_truncated=policy.truncate_ip(ip),
        browser_family=policy.browser_family(user_agent),
    )
    return choice, record


def consent_purge(*, days: int) -> int:
    """Delete proof older than the retention period; return how many rows went."""
    cutoff = timezone.now() - timedelta(days=days)
    deleted, _ = ConsentRecord.objects.filter(created_at__lt=cutoff).delete()
    return deleted
