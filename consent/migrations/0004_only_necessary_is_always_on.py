"""Only the strictly necessary category may be always on (issue 10, point 6).

A category other than "necessary" that an admin had made always on goes back
to asking for consent before the database starts refusing such rows.
"""

from django.db import migrations, models


def _ask_again(apps, schema_editor):
    Category = apps.get_model("consent", "ConsentCategory")
    Category.objects.exclude(key="necessary").filter(required=True).update(required=False)


class Migration(migrations.Migration):

    dependencies = [
        ("consent", "0003_english_category_keys"),
    ]

    operations = [
        migrations.RunPython(_ask_again, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="consentcategory",
            constraint=models.CheckConstraint(
                condition=models.Q(("required", False), ("key", "necessary"), _connector="OR"),
                name="only_necessary_is_always_on",
                violation_error_message="Only the strictly necessary category can be always on: the Garante requires the reader's consent for statistics, marketing and third-party content.",
            ),
        ),
    ]
