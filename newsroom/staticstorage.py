"""Static files as production serves them: our own stylesheets and scripts
minified, then named by their content and compressed (WhiteNoise).

Minified before hashing, so a file's name follows what is served. Only the
project's own ``static/`` folder: Django's admin and other apps ship their
files as their authors meant them. Comments and whitespace are a fifth of
what a reader downloads for an article page (about 1.3 KB of 16 with gzip).
"""

import hashlib
import shutil
from collections import defaultdict
from pathlib import Path

import rcssmin
import rjsmin
from django.conf import settings
from whitenoise.storage import CompressedManifestStaticFilesStorage

MINIFIERS = {".css": rcssmin.cssmin, ".js": rjsmin.jsmin}


def is_ours(source_storage) -> bool:
    location = getattr(source_storage, "location", None)
    return location is not None and any(
        Path(location) == Path(folder) for folder in settings.STATICFILES_DIRS
    )


class MinifiedStaticFilesStorage(CompressedManifestStaticFilesStorage):
    def post_process(self, paths, dry_run=False, **options):
        if not dry_run:
            paths = dict(paths)
            for path, (source_storage, source) in paths.items():
                minify = MINIFIERS.get(Path(path).suffix)
                if (
                    minify
                    and is_ours(source_storage)
                    and not path.endswith((".min.js", ".min.css"))
                ):
                    with source_storage.open(source) as original:
                        text = original.read().decode("utf-8")
                    Path(self.path(path)).write_text(minify(text), encoding="utf-8")
                    # Hashing reads each file from where it was found: from here on
                    # that is the minified copy.
                    paths[path] = (self, path)
        yield from super().post_process(paths, dry_run=dry_run, **options)

    def compress_files(self, paths):
        # A file under its own name and under its hashed name holds the same
        # bytes (but a stylesheet whose urls were rewritten): each content is
        # compressed once, at Brotli's slowest setting, and its twins get copies.
        twins = defaultdict(list)
        for path in paths:
            # The extension too: whether a file is compressed goes by its name.
            twins[_digest(self.path(path)), Path(path).suffix].append(path)
        copies = {first: rest for first, *rest in twins.values()}
        for name, compressed_name in super().compress_files(list(copies)):
            yield name, compressed_name
            suffix = compressed_name.removeprefix(name)
            for twin in copies[name]:
                shutil.copyfile(self.path(compressed_name), self.path(twin + suffix))
                yield twin, twin + suffix


def _digest(path: str) -> str:
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()
