from django import forms
from django.urls import reverse_lazy
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_prose_editor.fields import ProseEditorFormField
from django_prose_editor.widgets import AdminProseEditorWidget
from taggit.forms import TagWidget

from media.editor import MEDIA_EDITOR_EXTENSIONS
from media.markup import dropped_images
from media.widgets import GalleryChooser, PictureChooser
from newsroom.text import clean_text

from ..models import Article, ArticleAuthor
from ..revisions import TEXT_FIELDS
from ..services import conflict_message
from . import workflow_form
from .editor import DESK_EDITOR_EXTENSIONS, editor_html

# What the body editor offers; everything it produces is inside the bleach
# allowlist, and clean_html runs again on the server whatever the browser sends.
BODY_EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Underline": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    "HTML": True,
    # Library pictures, galleries and embeds, with pasted and dropped images
    # uploaded into the library; they replace the stock Figure/Image/Caption
    # nodes (media/editor.py, static/js/editor-media.js).
    **MEDIA_EDITOR_EXTENSIONS,
}

# Lengths that read well (counted as the editor types); the database limits are higher.
SOFT_LIMITS = {
    "kicker": 30,
    "title": 90,
    "standfirst": 300,
    "seo_title": 60,
    "seo_description": 160,
    "social_title": 70,
    "social_description": 200,
}


class BodyField(ProseEditorFormField):
    def to_python(self, value):
        # Control characters go before validation, as in every other text
        # field (newsroom.text): a pasted NUL is dropped, not refused.
        return clean_text(super().to_python(value))


class TagSuggestions(TagWidget):
    """The comma-separated tag field, plain without scripts; the script turns it
    into a combobox suggesting existing tags (``TagAdmin.suggestions``)."""

    class Media:
        css = {"all": ["css/tag-suggestions.css"]}
        js = ["js/tag-suggestions.js"]

    def __init__(self, attrs=None):
        super().__init__(
            {
                "class": "vTextField",
                "autocomplete": "off",
                "data-tag-suggestions": reverse_lazy("admin:articles_tag_suggestions"),
                **(attrs or {}),
            }
        )


class ArticleAdminForm(workflow_form.WorkflowStep, forms.ModelForm):
    body = BodyField(
        label=_("body"),
        required=False,
        config={"extensions": {**BODY_EDITOR_EXTENSIONS, **DESK_EDITOR_EXTENSIONS}},
        sanitize=editor_html,
        widget=AdminProseEditorWidget,
    )

    class Meta:
        model = Article
        fields = [
            *TEXT_FIELDS,
            "slug",
            "lead_picture",
            "gallery",
            "kind",
            "sponsor",
            "section",
            "tags",
            "featured",
            "version",
        ]
        widgets = {
            "version": forms.HiddenInput,
            "lead_picture": PictureChooser,
            "gallery": GalleryChooser,
            "tags": TagSuggestions,
            "title": forms.TextInput(attrs={"class": "vTextField headline-input"}),
            "seo_description": forms.Textarea(attrs={"rows": 2}),
            "social_description": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "body" in self.fields:
            self.fields["body"].label = capfirst(Article._meta.get_field("body").verbose_name)
        if "version" in self.fields:
            self.fields["version"].required = False
        for name, limit in SOFT_LIMITS.items():
            if name in self.fields:
                self.fields[name].widget.attrs["data-soft-limit"] = limit

    def clean(self):
        cleaned = super().clean()
        dropped = dropped_images(self.data.get(self.add_prefix("body"), ""), cleaned.get("body"))
        if dropped:
            self.add_error(
                "body",
                ngettext(
                    "A picture in the text is not from the media library (pasted from another "
                    "site?) and would be lost: upload it with the picture button, or remove it.",
                    "%(count)d pictures in the text are not from the media library (pasted from "
                    "another site?) and would be lost: upload them with the picture button, or "
                    "remove them.",
                    dropped,
                )
                % {"count": dropped},
            )
        self._check_version(cleaned)
        return cleaned

    def _check_version(self, cleaned):
        """Refuse a save based on an old version, unless the editor chose to
        overwrite exactly the version now stored (a third save is refused again)."""
        self.conflict = None
        if not self.instance.pk or cleaned.get("version") is None:
            return
        # The admin validates and saves in one transaction: locking the row
        # here leaves no gap between this check and the save.
        stored = Article.objects.select_for_update().filter(pk=self.instance.pk).first()
        if stored is None or stored.version == cleaned["version"]:
            return
        if self.data.get("overwrite_version") == str(stored.version):
            cleaned["version"] = stored.version
            return
        self.conflict = workflow_form.conflict(stored, cleaned["version"], self)
        raise forms.ValidationError(conflict_message(stored), code="conflict")


class ArticleAuthorForm(forms.ModelForm):
    class Meta:
        model = ArticleAuthor
        fields = ["author", "position"]

    def clean_author(self):
        author = self.cleaned_data["author"]
        is_new_credit = self.instance.pk is None or self.instance.author_id != author.pk
        if is_new_credit and not author.is_active:
            # Existing bylines keep former contributors; new ones cannot add them.
            raise forms.ValidationError(
                _("%(name)s is no longer an active author and cannot be added to a byline.")
                % {"name": author.name}
            )
        return author
