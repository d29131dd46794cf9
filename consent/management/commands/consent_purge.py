from django.conf import settings
from django.core.management.base import BaseCommand

from consent.services import consent_purge


class Command(BaseCommand):
    help = "Delete consent records older than CONSENT_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the setting.")

    def handle(self, *args, days=None, **options):
        days = days if days is not None else settings.CONSENT_RETENTION_DAYS
        deleted = consent_purge(days=days)
        self.stdout.write(f"Deleted {deleted} consent records older than {days} days.")
