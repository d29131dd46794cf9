"""A seeded newsroom served by gunicorn, for the browser suite and the benchmarks.

Production settings (DEBUG off, WhiteNoise, collected static files) on a free
loopback port, with its own database; ``manage``/``shell`` act on that
database as an operator would.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServedSite:
    def __init__(
        self,
        base: Path,
        database_url: str,
        workers: int = 2,
        threads: int = 1,
        env: dict | None = None,
        seed: bool = True,
    ):
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.workers, self.threads = workers, threads
        self.server, self.seed = None, seed
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")},
            "DJANGO_SETTINGS_MODULE": "newsroom.settings",
            "DEBUG": "false",
            "SECRET_KEY": "served-site-only-secret",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(base / "media"),
            "STATIC_ROOT": str(base / "static"),
            "SERVE_MEDIA": "true",
            "PAGE_CACHE_GENERATION_FILE": str(base / "pages.generation"),
            "SITE_URL": self.url,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            # Production settings over plain HTTP on loopback, as documented.
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "SECURE_HSTS_SECONDS": "0",
            # Production settings do not install the demo app: this site seeds it.
            "DEMO": "true",
            **(env or {}),
        }

    def manage(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr}")
        return result.stdout

    def shell(self, code: str) -> str:
        return self.manage("shell", "-v", "0", "-c", code)

    def start(self) -> "ServedSite":
        self.manage("migrate", "--noinput", "-v0")
        self.manage("collectstatic", "--noinput", "-v0")
        if self.seed:
            self.manage("seed_demo")
        return self.restart()

    def restart(self) -> "ServedSite":
        """Serve again after ``stop``: the database and files are as it left them."""
        gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
        bind = self.url.removeprefix("http://")
        self.server = subprocess.Popen(
            [gunicorn, "newsroom.wsgi", "-b", bind, "-w", str(self.workers),
             "--threads", str(self.threads), "--log-level", "warning"],
            cwd=ROOT,
            env=self.env,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(self.url + "/", timeout=2)
                return self
            except OSError:
                if time.monotonic() > deadline or self.server.poll() is not None:
                    self.stop()
                    raise RuntimeError("the served site did not start") from None
                time.sleep(0.3)

    def stop(self) -> None:
        if self.server and self.server.poll() is None:
            self.server.terminate()
            self.server.wait(timeout=10)
