"""Category codes: one English enum, old Italian codes still understood."""

import importlib
import json
import re
import uuid
from pathlib import Path

import pytest
from django.apps import apps
from django.core import signing
from django.utils import timezone

from consent import policy
from consent.models import CategoryKey, ConsentCategory, ConsentRecord
from tests.support.consent_support import gating

pytestmark = pytest.mark.django_db
SCRIPTS = sorted((Path(__file__).resolve().parents[1] / "static" / "js").glob("*.js"))
MIGRATION = importlib.import_module("consent.migrations.0003_english_category_keys")
ITALIAN = {"necessari", "statistiche", "marketing", "terze_parti"}


def old_cookie(*codes: str) -> str:
    """A cookie as readers got it before the codes became English."""
    payload = {
        "id": str(uuid.uuid4()),
        "c": sorted(codes),
        "v": 1,
        "t": int(timezone.now().timestamp()),
    }
    return signing.dumps(payload, salt=policy.COOKIE_SALT)


def test_a_cookie_with_the_old_italian_codes_keeps_its_choice(client, embed_article):
    cookie = old_cookie("statistiche", "terze_parti")
    assert policy.decode(cookie).granted == {CategoryKey.STATISTICS, CategoryKey.THIRD_PARTY}
    assert policy.decode(old_cookie("marketing")).granted == {CategoryKey.MARKETING}

    client.cookies[policy.COOKIE_NAME] = cookie
    assert gating(client.get(embed_article.get_absolute_url()).content.decode())["iframe"]


def test_the_migration_renames_categories_and_logged_choices_both_ways(monkeypatch):
    monkeypatch.setattr(MIGRATION, "BATCH", 2)  # several batches with a handful of rows
    rows = [
        (["statistics", "third_party"], ["marketing"]),
        ([], ["marketing", "statistics", "third_party"]),
        (["marketing"], ["statistics", "third_party"]),
        (["third_party"], ["marketing", "statistics"]),
        (["marketing", "statistics", "third_party"], []),
    ]
    for granted, refused in rows:
        ConsentRecord.objects.create(
            granted=granted,
            refused=refused,
            policy_version=1,
            created_at=timezone.now(),
            method="preferences",
        )

    def stored():
        keys = set(ConsentCategory.objects.values_list("key", flat=True))
        return keys, [(r.granted, r.refused) for r in ConsentRecord.objects.order_by("pk")]

    # 0004 (only "necessary" may be always on) stands between 0003 and today;
    # migrating backwards removes it first, so the rows here must not hit it.
    ConsentCategory.objects.update(required=False)
    MIGRATION.backwards(apps, None)
    keys, records = stored()
    assert keys == ITALIAN
    assert records[0] == (["statistiche", "terze_parti"], ["marketing"])
    assert all(code in ITALIAN for g, r in records for code in g + r)

    MIGRATION.forwards(apps, None)
    assert stored() == (set(CategoryKey.values), rows)


def test_consent_js_gets_the_embed_category_from_its_config(client, demo_consent):
    html = client.get("/").content.decode()
    config = json.loads(
        re.search(r'<script id="consent-config" type="application/json">(.*?)</script>', html)[1]
    )
    assert config["embedCategory"] == CategoryKey.THIRD_PARTY
    assert set(config["cookies"]) <= set(CategoryKey.values)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_no_script_spells_a_category_code_of_its_own(script):
    source = script.read_text()
    for code in {*CategoryKey.values, *ITALIAN}:
        assert f'"{code}"' not in source and f"'{code}'" not in source
