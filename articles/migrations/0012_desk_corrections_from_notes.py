"""Each article's single correction note becomes a Correction record (text,
time and who, from the log's last "correct" step); 0010 drops the old fields."""

from django.db import migrations


def notes_to_records(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Correction = apps.get_model("articles", "Correction")
    ArticleTransition = apps.get_model("articles", "ArticleTransition")
    for article in Article.objects.exclude(correction_note="").iterator():
        step = (
            ArticleTransition.objects.filter(article=article, name="correct")
            .order_by("-at", "-pk")
            .first()
        )
        Correction.objects.create(
            article=article,
            text=article.correction_note,
            created_at=article.corrected_at or (step.at if step else article.updated_at),
            created_by_id=step.by_id if step else None,
        )


def records_to_notes(apps, schema_editor):
    Correction = apps.get_model("articles", "Correction")
    Article = apps.get_model("articles", "Article")
    for correction in Correction.objects.order_by("created_at", "pk").iterator():
        Article.objects.filter(pk=correction.article_id).update(
            correction_note=correction.text, corrected_at=correction.created_at
        )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0011_desk_editor"),
    ]

    operations = [
        migrations.RunPython(notes_to_records, records_to_notes),
    ]
