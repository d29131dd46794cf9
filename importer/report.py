"""What an import did, told in Italian at the end of the run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

LISTED = 50  # lines per list; the rest are counted
TYPE_NAMES = {
    "page": "pagine",
    "nav_menu_item": "voci di menu",
    "revision": "revisioni",
    "wp_block": "blocchi riutilizzabili",
    "custom_css": "CSS personalizzati",
    "wp_navigation": "menu di navigazione",
}
NOT_CONTENT = {"attachment", "post"}


@dataclass
class Report:
    dry_run: bool = False
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    dropped: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    made: Counter = field(default_factory=Counter)  # authors, users, sections, tags, redirects
    comments: int = 0
    no_media_dir: bool = False

    def skip(self, label: str, reason: str) -> None:
        self.skipped.append((label, reason))

    def lines(self) -> list[str]:
        verb = "da creare" if self.dry_run else "creati"
        out = []
        if self.dry_run:
            out.append("SIMULAZIONE (--dry-run): nessuna modifica è stata salvata.")
        out += [
            f"Articoli {verb}: {self.created}",
            f"Articoli {'da aggiornare' if self.dry_run else 'aggiornati'}: {self.updated}",
            f"Articoli invariati: {self.unchanged}",
            f"Articoli saltati: {len(self.skipped)}",
            *_listed(f"{label}: {reason}" for label, reason in self.skipped),
        ]
        others = {t: n for t, n in self.types.items() if t not in NOT_CONTENT}
        if others:
            kinds = ", ".join(f"{TYPE_NAMES.get(t, t)} {n}" for t, n in sorted(others.items()))
            out.append(f"Altri contenuti non importati (solo gli articoli lo sono): {kinds}")
        feminine = "da creare" if self.dry_run else "create"
        out.append(
            f"Autori {verb}: {self.made['authors']} (utenti {verb}: {self.made['users']}); "
            f"sezioni {feminine}: {self.made['sections']}; tag {verb}: {self.made['tags']}"
        )
        out.append(f"Reindirizzamenti dai vecchi indirizzi {verb}: {self.made['redirects']}")
        out.append(f"Immagini mancanti o non valide: {len(self.missing)}")
        if self.no_media_dir and self.missing:
            out.append(
                "  (nessuna cartella indicata con --media-dir: le immagini non sono state cercate)"
            )
        else:
            out += _listed(f"{label}: {name}" for label, name in self.missing)
        if self.dropped:
            names = ", ".join(
                f"{name if name.startswith('<') else f'[{name}]'} ×{n}"
                for name, n in self.dropped.most_common()
            )
            out.append(f"Shortcode ed elementi rimossi (il testo racchiuso è tenuto): {names}")
        if self.notes:
            out.append(f"Note: {len(self.notes)}")
            out += _listed(f"{label}: {note}" for label, note in self.notes)
        if self.comments:
            out.append(f"Commenti non importati (il sito non ne ha): {self.comments}")
        return out


def _listed(lines) -> list[str]:
    lines = list(lines)
    shown = [f"  - {line}" for line in lines[:LISTED]]
    if len(lines) > LISTED:
        shown.append(f"  … e altri {len(lines) - LISTED}")
    return shown
