"""Configure the demo's optional services: a local statistics script and embeds.

Idempotent. The statistics script is a fake served by this site, so the demo
(and the browser tests) can watch it load without reaching the internet.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from consent.models import ConsentCategory, ConsentScript, ConsentService

SERVICES = {
    "statistics": [
        (
            "Statistiche di lettura (demo)",
            "Questo sito",
            "Conta le pagine lette in forma aggregata (script dimostrativo).",
            "6 mesi",
            "nr_demo_stats",
        ),
    ],
    "third_party": [
        (
            "YouTube",
            "Google Ireland Ltd.",
            "Video incorporati negli articoli.",
            "Fino a 2 anni",
            "",
        ),
        ("X (Twitter)", "X Corp.", "Post incorporati negli articoli.", "Fino a 2 anni", ""),
        ("Instagram", "Meta Platforms Ireland Ltd.", "Post incorporati.", "Fino a 1 anno", ""),
        (
            "Facebook",
            "Meta Platforms Ireland Ltd.",
            "Post e video incorporati.",
            "Fino a 1 anno",
            "",
        ),
    ],
}
SCRIPTS = [
    (
        "statistics",
        "Statistiche di lettura (demo)",
        "/static/js/demo-analytics.js",
        {"site": "demo"},
    ),
]


class Command(BaseCommand):
    help = "Configure the demo's consent categories with services and a gated script."

    @transaction.atomic
    def handle(self, *args, **options):
        categories = {c.key: c for c in ConsentCategory.objects.all()}
        for key, rows in SERVICES.items():
            for order, (name, provider, purpose, duration, cookies) in enumerate(rows):
                ConsentService.objects.get_or_create(
                    category=categories[key],
                    name=name,
                    defaults={
                        "provider": provider,
                        "purpose": purpose,
                        "duration": duration,
                        "cookie_names": cookies,
                        "order": order,
                    },
                )
        for key, name, src, config in SCRIPTS:
            ConsentScript.objects.get_or_create(
                category=categories[key], name=name, defaults={"src": src, "config": config}
            )
        self.stdout.write(self.style.SUCCESS("Consent demo: services and scripts configured."))
