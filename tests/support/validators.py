"""The W3C Nu HTML Checker, as the suite runs it (npm's vnu-jar on Java)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
JAR = Path(os.environ.get("VNU_JAR", ROOT / ".venv/vnu/node_modules/vnu-jar/build/dist/vnu.jar"))


def checker_available() -> bool:
    return JAR.exists() and shutil.which("java") is not None


def nu_errors(pages: dict[str, bytes]) -> list[str]:
    """Every error the checker finds in ``pages`` (name → HTML), one JVM for all."""
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for n, html in enumerate(pages.values()):
            files.append(Path(folder) / f"page{n}.html")
            files[-1].write_bytes(html)
        result = subprocess.run(
            ["java", "-jar", str(JAR), "--errors-only", "--format", "json", *map(str, files)],
            capture_output=True,
            text=True,
            timeout=300,
        )
    names = {f"file:{path}": name for path, name in zip(files, pages, strict=True)}
    report = json.loads(result.stderr)
    return [
        f"{names.get(m.get('url'), m.get('url'))}:{m.get('lastLine')}: {m.get('message')} "
        f"[{(m.get('extract') or '').strip()[:80]}]"
        for m in report["messages"]
        if m.get("type") in ("error", "non-document-error")
    ]
