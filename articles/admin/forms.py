from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_prose_editor.fields import ProseEditorFormField
from django_prose_editor.widgets import AdminProseEditorWidget

from media.editor import MEDIA_EDITOR_EXTENSIONS
from media.markup import dropped_images
from media.widgets import GalleryChooser, PictureChooser
from newsroom.text import clean_text

from ..models import Article, ArticleAuthor
from ..sanitize import clean_html
from ..services import conflict_message

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
    # --- Media (issue 12): library pictures, galleries and embeds, with
    # pasted and dropped images uploaded into the library. These replace the
    # stock Figure/Image/Caption nodes (media/editor.py, static/js/editor-media.js).
    **MEDIA_EDITOR_EXTENSIONS,
}


class BodyField(ProseEditorFormField):
    def to_python(self, value):
        # Control characters go before validation, as in every other text
        # field (newsroom.text): a pasted NUL is dropped, not refused.
        return clean_text(super().to_python(value))


class ArticleAdminForm(forms.ModelForm):
    body = BodyField(
        label=_("body"),
        required=False,
        config={"extensions": BODY_EDITOR_EXTENSIONS},
        sanitize=clean_html,
        widget=AdminProseEditorWidget,
    )

    class Meta:
        model = Article
        fields = [
            "kicker",
            "title",
            "slug",
            "standfirst",
            "body",
            "lead_picture",
            "gallery",
            "kind",
            "section",
            "tags",
            "featured",
            "version",
        ]
        widgets = {
            "version": forms.HiddenInput,
            "lead_picture": PictureChooser,
            "gallery": GalleryChooser,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "body" in self.fields:
            self.fields["body"].label = capfirst(Article._meta.get_field("body").verbose_name)
        if "version" in self.fields:
            self.fields["version"].required = False

    def clean(self):
        cleaned = super().clean()
        picture = cleaned.get("lead_picture")
        if picture is not None and not picture.is_complete:
            self.add_error(
                "lead_picture",
                _(
                    "The lead image needs alternative text and a credit: "
                    "complete them in the library (or in the chooser) first."
                ),
            )
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
        if not self.instance.pk or cleaned.get("version") is None:
            return
        # The admin validates and saves in one transaction: locking the row
        # here leaves no gap between this check and the save.
        stored = Article.objects.select_for_update().filter(pk=self.instance.pk).first()
        if stored and stored.version != cleaned["version"]:
            # The editor's text stays in the form; the hidden version moves on,
            # so a second, deliberate save replaces the other person's version.
            self.data = self.data.copy()
            self.data[self.add_prefix("version")] = stored.version
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
