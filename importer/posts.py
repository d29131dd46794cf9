"""One WordPress post in, one article out: created or updated, atomically.

Everything goes through ``articles.services.article_save`` (sanitizer, image
pipeline, revision, search vector). A post WordPress published arrives
published at its original date (the table's "publish" would date it now), in
one of the table's states, and the step is recorded in the article's workflow
log as an action of its own, "import".
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles import services
from articles.models import Article, ArticleKind, ArticleTransition
from articles.workflow import Status

from . import mapping, permalinks, uploads
from .body import Body, BodyConverter
from .export import Catalogue, Item
from .models import ImportedPost, OldPermalink
from .pictures import Pictures, Source, lift_main_gallery
from .references import Sections, Tags
from .text import plain

# Yoast's title and description go to the article's fields of these names,
# where the model has them (kept on the ImportedPost record in any case).
SEO_FIELDS = ("seo_title", "seo_description")


class PostWriter:
    def __init__(self, *, catalogue, files, pictures, sections, tags, authors, house, by):
        self.catalogue: Catalogue = catalogue
        self.files = files
        self.pictures: Pictures = pictures
        self.sections: Sections = sections
        self.tags: Tags = tags
        self.authors = authors
        self.house = house
        self.by = by
        self.bodies = BodyConverter(catalogue, files, pictures)
        self.article_fields = {f.name for f in Article._meta.get_fields()}

    def refusal(self, record: ImportedPost | None, plan: mapping.Plan) -> str:
        """Why an already imported post must be left alone ("" if it need not)."""
        if record is None:
            return ""
        if record.guid and plan.guid and record.guid != plan.guid:
            return f"l'ID {plan.wp_id} è già stato importato da un altro contenuto (GUID diverso)"
        if record.article_id is None:
            return "eliminato in redazione dopo l'importazione: non viene ricreato"
        if (
            record.source_hash != plan.fingerprint
            and record.article.version != record.imported_version
        ):
            return "modificato in redazione dopo l'importazione: le modifiche di WordPress non sono applicate"
        return ""

    @transaction.atomic
    def write(self, item: Item, plan: mapping.Plan, record: ImportedPost | None) -> Body:
        """Create or update the article; returns its converted body (with what was missing)."""
        article = record.article if record else Article()
        before = article.status if record else None
        body = self.bodies.convert(item.content, plan.wp_id, title=plan.title)
        article.title = plan.title
        article.slug = self._free_slug(plan.slug, article)
        article.standfirst = plan.standfirst
        article.kind = plan.kind
        if plan.kind == ArticleKind.GALLERY:
            body.html, article.gallery = lift_main_gallery(body.html)
        article.body = body.html
        article.section = self.sections.get(plan.section, plan.section_name)
        article.status = plan.status
        article.published_at = plan.published_at
        for field, value in ((f, getattr(plan, f)) for f in SEO_FIELDS if f in self.article_fields):
            setattr(article, field, value[: Article._meta.get_field(field).max_length])
        lead = self._lead(article, plan, record, body)
        author = self.authors[plan.author_login] if plan.author_login else self.house
        services.article_save(
            article=article,
            by=self.by,
            tags=self.tags.get(plan.tags, plan.old_tag_slugs),
            byline=[author],
            comment=_("Imported from WordPress"),
        )
        self._dates(article, plan, new=record is None)
        if before != article.status:
            self._log(article, before, plan)
        self._old_addresses(article, plan)
        fields = {
            "guid": plan.guid,
            "article": article,
            "link": plan.link[:500],
            "wp_status": plan.wp_status,
            "source_hash": plan.fingerprint,
            "imported_version": article.version,
            "lead_source": lead,
            "missing_media": body.missing,
            "seo_title": plan.seo_title[:300],
            "seo_description": plan.seo_description[:500],
        }
        if record is None:
            ImportedPost.objects.create(wp_id=plan.wp_id, **fields)
        else:
            ImportedPost.objects.filter(pk=record.pk).update(**fields)
        return body

    def _free_slug(self, slug: str, article: Article) -> str:
        candidate, number = slug, 2
        while Article.objects.filter(slug=candidate).exclude(pk=article.pk).exists():
            candidate, number = f"{slug}-{number}", number + 1
        return candidate

    def _lead(self, article: Article, plan: mapping.Plan, record, body: Body) -> str:
        """The featured image: its uploads name ("" when there is none)."""
        attachment = plan.lead
        if attachment is None:
            if record and record.lead_source:  # removed on WordPress since
                self.pictures.remove_lead(article)
            return ""
        name = uploads.of_attachment(attachment)
        # A title that is a phrase describes the picture; "IMG_1234" does not.
        alt = plain(
            attachment.alt or (attachment.title if " " in attachment.title.strip() else ""), 250
        )
        caption = plain(attachment.caption, 300)
        if record and record.lead_source == name and self.pictures.has_lead(article):
            self.pictures.describe_lead(article, alt=alt, caption=caption)
            return name
        path = self.files.find(name)
        if path is None:
            body.missing.append(f"{name or attachment.url} (immagine in evidenza)")
            return record.lead_source if record else ""
        source = Source(path=path, name=self.files.name_of(path), alt=alt, caption=caption)
        problem = self.pictures.problem(source)
        if problem:
            body.missing.append(f"{name} (immagine in evidenza: {problem})")
            return record.lead_source if record else ""
        self.pictures.attach_lead(article, source)
        return name

    def _dates(self, article: Article, plan: mapping.Plan, *, new: bool) -> None:
        """As on WordPress: written when published, last changed when modified there
        (an update without WordPress's date keeps the time of this run)."""
        changes = {}
        if new and plan.published_at:
            changes["created_at"] = changes["updated_at"] = plan.published_at
        if plan.modified_at and (plan.published_at is None or plan.modified_at > plan.published_at):
            changes["updated_at"] = plan.modified_at
        if not changes:
            return
        Article.objects.filter(pk=article.pk).update(**changes)
        for field, value in changes.items():
            setattr(article, field, value)

    def _log(self, article: Article, before: str | None, plan: mapping.Plan) -> None:
        ArticleTransition.objects.create(
            article=article,
            name="import",
            from_status=before or Status.DRAFT,
            to_status=article.status,
            by=self.by,
            at=timezone.now(),
            note=_("Imported from WordPress (post %(id)s, status “%(status)s”).")
            % {"id": plan.wp_id, "status": plan.wp_status},
        )

    def _old_addresses(self, article: Article, plan: mapping.Plan) -> None:
        """The permalink and the ``?p=`` form (added to any earlier ones: links to a
        permalink WordPress changed keep working); an address another article
        already answers stays with it."""
        base = self.catalogue.site.base_blog_url.rstrip("/")
        keys = {permalinks.key_of_url(f"{base}/?p={plan.wp_id}")}
        if plan.link:
            keys.add(permalinks.key_of_url(plan.link))
        rows = [
            OldPermalink(path=path, query=query, article=article)
            for path, query in keys
            if len(path) <= 500 and (path != "/" or query)
        ]
        OldPermalink.objects.bulk_create(rows, ignore_conflicts=True)


def error_message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return f"errore imprevisto ({type(error).__name__}: {error})"
