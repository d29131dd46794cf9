"""A one-line progress bar for a terminal (nothing at all when output is redirected)."""

from __future__ import annotations

import time

WIDTH = 30


class ProgressBar:
    def __init__(self, stream, label: str = "Importazione", interval: float = 0.2):
        # A Django OutputWrapper or a plain stream: written to without line endings.
        self.stream = stream
        self.label = label
        self.interval = interval
        self.enabled = stream.isatty()
        self.started = time.monotonic()
        self.shown = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.shown < self.interval and done < total):
            return
        self.shown = now
        share = done / total if total else 1
        bar = "█" * round(share * WIDTH)
        rate = done / max(now - self.started, 1e-6)
        self._write(
            f"\r{self.label} |{bar:<{WIDTH}}| {done}/{total} elementi ({share:.0%}, {rate:.0f}/s)"
        )

    def close(self) -> None:
        if self.enabled and self.shown:
            self._write("\n")

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text, ending="")
        except TypeError:  # a plain stream
            self.stream.write(text)
        self.stream.flush()
