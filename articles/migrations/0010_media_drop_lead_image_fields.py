# The lead image now lives in the media library (moved by 0009).

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0009_media_images_into_library'),
    ]

    operations = [
        migrations.RemoveField(model_name='article', name='lead_image'),
        migrations.RemoveField(model_name='article', name='lead_image_alt'),
        migrations.RemoveField(model_name='article', name='lead_image_caption'),
        migrations.RemoveField(model_name='article', name='lead_image_credit'),
        migrations.RemoveField(model_name='article', name='lead_image_renditions'),
    ]
