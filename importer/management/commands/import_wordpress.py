"""python manage.py import_wordpress EXPORT.xml [--media-dir DIR] [--dry-run] [--default-section SLUG]"""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from importer.progress import ProgressBar
from importer.run import Options, run
from importer.wxr import ExportError


class Command(BaseCommand):
    help = (
        "Importa un'esportazione WordPress (WXR 1.1/1.2): autori, categorie, tag, articoli, "
        "immagini in evidenza e reindirizzamenti dai vecchi indirizzi."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", type=Path, help="Il file XML esportato da WordPress.")
        parser.add_argument(
            "--media-dir",
            type=Path,
            help="Una copia della cartella wp-content/uploads del sito WordPress.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Mostra cosa succederebbe senza salvare nulla."
        )
        parser.add_argument(
            "--default-section",
            default="",
            metavar="SLUG",
            help="La sezione degli articoli senza categoria (o solo in «Senza categoria»).",
        )
        parser.add_argument(
            "--create-users",
            action="store_true",
            help="Crea anche un utente (senza password) per ogni autore WordPress.",
        )

    def handle(self, *args, export, media_dir, dry_run, default_section, create_users, **opts):
        options = Options(
            path=export,
            media_dir=media_dir,
            dry_run=dry_run,
            default_section=default_section,
            create_users=create_users,
        )
        progress = ProgressBar(self.stderr)
        started = time.monotonic()
        try:
            report = run(options, progress)
        except ExportError as error:
            raise CommandError(str(error)) from None
        finally:
            progress.close()
        for line in report.lines():
            self.stdout.write(line)
        self.stdout.write(f"Durata: {time.monotonic() - started:.1f} s")
