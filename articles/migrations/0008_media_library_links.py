# The media library (issue 12): articles point to library pictures and
# galleries; the old lead-image fields stay until 0009 has moved them.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0007_article_kind'),
        ('media', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='article',
            name='gallery',
            field=models.ForeignKey(blank=True, help_text="Shown as the article's main content: for a photo gallery.", null=True, on_delete=django.db.models.deletion.PROTECT, related_name='main_of', to='media.gallery', verbose_name='main gallery'),
        ),
        migrations.AddField(
            model_name='article',
            name='lead_picture',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='lead_of', to='media.picture', verbose_name='lead image'),
        ),
        migrations.CreateModel(
            name='ArticleMedia',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='body_media', to='articles.article')),
                ('gallery', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='body_uses', to='media.gallery')),
                ('picture', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='body_uses', to='media.picture')),
            ],
            options={
                'verbose_name': 'use in the text',
                'verbose_name_plural': 'uses in the text',
                'constraints': [models.CheckConstraint(condition=models.Q(('picture__isnull', True), ('gallery__isnull', True), _connector='XOR'), name='body_media_is_a_picture_or_a_gallery'), models.UniqueConstraint(fields=('article', 'picture'), name='unique_body_picture'), models.UniqueConstraint(fields=('article', 'gallery'), name='unique_body_gallery')],
            },
        ),
    ]
