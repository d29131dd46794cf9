"""The single correction note is gone: corrections are records now (0009 moved them)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0012_desk_corrections_from_notes"),
    ]

    operations = [
        migrations.RemoveField(
            model_name='article',
            name='corrected_at',
        ),
        migrations.RemoveField(
            model_name='article',
            name='correction_note',
        ),
    ]
