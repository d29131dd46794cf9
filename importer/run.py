"""The import as a whole: read the catalogue, then each post in its own transaction.

A post that cannot be imported (a bad date, an unknown author, anything its
save refuses) is rolled back alone, files included, and listed with its
reason; the others go on. ``--dry-run`` runs exactly the same steps inside
one transaction that is rolled back at the end, and copies no file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import reset_queries, transaction

from articles.models import Section, Tag
from authors.models import Author

from . import mapping, references, wxr
from .export import Catalogue, Item
from .models import ImportedPost, OldPermalink
from .pictures import Pictures
from .posts import PostWriter, error_message
from .report import Report
from .text import plain
from .uploads import Uploads

Progress = Callable[[int, int], None]
COMMIT_EVERY = 1.0  # seconds


@dataclass(frozen=True)
class Options:
    path: Path
    media_dir: Path | None = None
    dry_run: bool = False
    default_section: str = ""  # a section's slug
    create_users: bool = False


def run(options: Options, progress: Progress | None = None) -> Report:
    """Import the export at ``options.path``; raises ``wxr.ExportError`` if it cannot start."""
    if options.media_dir is not None and not options.media_dir.is_dir():
        raise wxr.ExportError(f"La cartella delle immagini «{options.media_dir}» non esiste.")
    default = None
    if options.default_section:
        default = Section.objects.filter(slug=options.default_section).first()
        if default is None:
            raise wxr.ExportError(f"La sezione «{options.default_section}» non esiste.")
    catalogue = wxr.read_catalogue(options.path)
    report = Report(dry_run=options.dry_run, no_media_dir=options.media_dir is None)
    before = _counts()
    with transaction.atomic() if options.dry_run else nullcontext():
        _Import(catalogue, options, report, default).run(progress or (lambda done, total: None))
        after = _counts()
        report.made.update({name: after[name] - before[name] for name in before})
        if options.dry_run:
            transaction.set_rollback(True)
    return report


def _counts() -> dict[str, int]:
    return {
        "authors": Author.objects.count(),
        "users": get_user_model().objects.filter(author__isnull=False).count(),
        "sections": Section.objects.count(),
        "tags": Tag.objects.count(),
        "redirects": OldPermalink.objects.count(),
    }


class _Import:
    def __init__(self, catalogue: Catalogue, options: Options, report: Report, default):
        self.catalogue = catalogue
        self.options = options
        self.report = report
        self.pictures = Pictures(dry_run=options.dry_run)
        self.sections = references.Sections(catalogue, default)
        self.tags = references.Tags()
        with transaction.atomic():
            by = references.import_user()
            authors = references.authors(catalogue, create_users=options.create_users)
            house = references.house_author() if catalogue.posts_without_author else None
        self.files = Uploads(options.media_dir)
        self.writer = PostWriter(
            catalogue=catalogue,
            files=self.files,
            pictures=self.pictures,
            sections=self.sections,
            tags=self.tags,
            authors=authors,
            house=house,
            by=by,
        )

    def run(self, progress: Progress) -> None:
        total = self.catalogue.items
        items = wxr.iter_items(self.options.path)
        while True:
            # Posts are committed together about once a second (a commit per
            # post is most of the time on SQLite); each post stays atomic in
            # its own savepoint, and an interrupted run loses at most the
            # last second, which the next run imports.
            with transaction.atomic():
                deadline = time.monotonic() + COMMIT_EVERY
                for item in items:
                    self.item(item)
                    progress(item.position, total)
                    reset_queries()  # DEBUG keeps every query in memory otherwise
                    if time.monotonic() > deadline:
                        break
                else:
                    return

    def item(self, item: Item) -> None:
        report = self.report
        report.types[item.post_type or "?"] += 1
        if item.post_type != "post":
            return
        report.comments += item.comments
        label = f"«{plain(item.title, 70) or 'senza titolo'}» (ID {item.raw_id or '?'})"
        try:
            plan = mapping.plan(
                item,
                self.catalogue,
                default_section=self.options.default_section,
                files=self.files,
            )
        except mapping.Skip as skip:
            report.skip(label, skip.reason)
            return
        except Exception as error:  # data no rule foresaw: this item only
            report.skip(label, error_message(error))
            return
        record = ImportedPost.objects.filter(wp_id=plan.wp_id).select_related("article").first()
        refusal = self.writer.refusal(record, plan)
        if refusal:
            report.skip(label, refusal)
            return
        if record is not None and record.source_hash == plan.fingerprint:
            report.unchanged += 1
            report.missing += [(label, name) for name in record.missing_media]
            return
        try:
            body = self.writer.write(item, plan, record)
        except Exception as error:  # one post's failure, whatever it is, never stops the rest
            self.pictures.discard()
            self.sections.post_done(kept=False)
            self.tags.post_done(kept=False)
            report.skip(label, error_message(error))
            return
        self.pictures.done()
        self.sections.post_done(kept=True)
        self.tags.post_done(kept=True)
        if record is None:
            report.created += 1
        else:
            report.updated += 1
        report.missing += [(label, name) for name in body.missing]
        report.dropped.update(body.dropped)
        report.notes += [(label, note) for note in plan.notes]
