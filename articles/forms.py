from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Article


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = [
            "kicker",
            "title",
            "slug",
            "standfirst",
            "body",
            "lead_image",
            "lead_image_alt",
            "lead_image_caption",
            "lead_image_credit",
            "section",
            "tags",
            "featured",
            "status",
            "published_at",
        ]

    def clean(self):
        cleaned = super().clean()
        image = cleaned.get("lead_image")
        if image and not (cleaned.get("lead_image_alt") or "").strip():
            self.add_error(
                "lead_image_alt",
                _(
                    "Describe the lead image: alternative text is required for readers who cannot see it."
                ),
            )
        return cleaned
