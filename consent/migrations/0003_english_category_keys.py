"""Category codes become English: the categories and the proof-of-consent log follow.

Readers' signed cookies keep the Italian codes until their next choice;
``consent.policy.decode`` reads those. The mapping is written out here because
a migration must not change when the application code does.
"""

from django.db import migrations, models

RENAMED = {"necessari": "necessary", "statistiche": "statistics", "terze_parti": "third_party"}
BATCH = 500


def _rename(apps, mapping):
    Category = apps.get_model("consent", "ConsentCategory")
    Record = apps.get_model("consent", "ConsentRecord")
    for old, new in mapping.items():
        if not Category.objects.filter(key=new).exists():
            Category.objects.filter(key=old).update(key=new)
    last = 0
    while batch := list(
        Record.objects.filter(pk__gt=last).order_by("pk").only("granted", "refused")[:BATCH]
    ):
        last = batch[-1].pk
        changed = [record for record in batch if _renamed(record, mapping)]
        Record.objects.bulk_update(changed, ["granted", "refused"])


def _renamed(record, mapping) -> bool:
    """Rename the record's codes in place; whether anything changed."""
    before = (record.granted, record.refused)
    record.granted, record.refused = (
        [mapping.get(key, key) if isinstance(key, str) else key for key in codes]
        if isinstance(codes, list)
        else codes
        for codes in before
    )
    return (record.granted, record.refused) != before


def forwards(apps, schema_editor):
    _rename(apps, RENAMED)


def backwards(apps, schema_editor):
    _rename(apps, {new: old for old, new in RENAMED.items()})


class Migration(migrations.Migration):
    dependencies = [("consent", "0002_default_categories")]
    operations = [
        migrations.AlterField(
            model_name="consentcategory",
            name="key",
            field=models.CharField(
                choices=[
                    ("necessary", "Strictly necessary"),
                    ("statistics", "Statistics"),
                    ("marketing", "Marketing"),
                    ("third_party", "Third-party content"),
                ],
                max_length=20,
                unique=True,
                verbose_name="key",
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
