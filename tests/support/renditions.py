"""Renditions made once per picture content for the whole test run.

Most tests upload the same few generated photos (``image_file``), and every
upload renders a dozen sizes in two formats: half the run's time went to
resizing and encoding the same pixels again. ``remembering`` wraps
``newsroom.images.build_renditions``: the first call for a content, a crop
and a focal point runs the real function and keeps the bytes it wrote; a
later call for the same content writes those bytes under its own names, as
the real function would have (rendering is deterministic). A content never
seen, or a file that cannot be rendered, goes through the real function.
"""

from __future__ import annotations

import copy
import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from newsroom import images


def remembering(real):
    kept: dict[tuple, tuple[str, dict, dict[str, bytes]]] = {}

    def build_renditions(source_name, storage=None, only=None, focus=images.CENTRE):
        storage = storage or default_storage
        with storage.open(source_name) as fh:
            digest = hashlib.sha256(fh.read()).hexdigest()
        key = (digest, tuple(only) if only else None, tuple(focus))
        if key not in kept:
            index = real(source_name, storage=storage, only=only, focus=focus)
            files = {
                path: storage.open(path).read()
                for sizes in index.values()
                for size in sizes
                for field, path in size.items()
                if field not in ("w", "h")
            }
            kept[key] = (images.rendition_prefix(source_name), copy.deepcopy(index), files)
            return index
        old, index, files = kept[key]
        new = images.rendition_prefix(source_name)
        renamed = {path: new + path.removeprefix(old) for path in files}
        for path, content in files.items():
            if storage.exists(renamed[path]):
                storage.delete(renamed[path])
            saved = storage.save(renamed[path], ContentFile(content))
            assert saved == renamed[path], (saved, renamed[path])
        return {
            name: [{k: renamed.get(v, v) if k not in ("w", "h") else v for k, v in size.items()}
                   for size in sizes]
            for name, sizes in index.items()
        }  # fmt: skip

    build_renditions.real = real
    return build_renditions
