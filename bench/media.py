"""Media library figures (printed, never pass/fail): how long a press kit of
50 photos takes to ingest, and what each picture's renditions cost.

    .venv/bin/python bench/media.py [--photos 50] [--width 4000]

Runs the services the upload view and the article save call, on a private
SQLite database and media folder, with photos as agencies send them (4000
pixels wide, 3:2, noisy enough to compress like a photograph, IPTC credits).
"""

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORK = Path(tempfile.mkdtemp(prefix="newsroom-bench-media-"))
os.environ.update(
    DJANGO_SETTINGS_MODULE="newsroom.settings",
    DEBUG="false",
    SECRET_KEY="bench-only",
    SITE_URL="http://127.0.0.1",
    DATABASE_URL=f"sqlite:///{WORK / 'bench.sqlite3'}",
    MEDIA_ROOT=str(WORK / "media"),
)
os.environ.pop("REDIS_URL", None)

import django  # noqa: E402

django.setup()

from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from PIL import Image  # noqa: E402

from media import services  # noqa: E402
from newsroom.images import ARTICLE_RENDITIONS  # noqa: E402
from tests.support.images import IPTC_BYLINE, IPTC_CREDIT, iptc_segment  # noqa: E402


def press_photo(n: int, width: int) -> bytes:
    height = width * 2 // 3
    noise = Image.effect_noise((width, height), 40).convert("L")
    gradient = Image.linear_gradient("L").resize((width, height))
    img = Image.merge("RGB", (noise, gradient, Image.blend(noise, gradient, 0.5)))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90)
    data = out.getvalue()
    credits = iptc_segment({IPTC_BYLINE: f"Fotografo {n}", IPTC_CREDIT: "Ufficio stampa"})
    return data[:2] + credits + data[2:]


def seconds(values) -> str:
    return f"{statistics.mean(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--width", type=int, default=4000)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    print(f"Preparing {args.photos} press photos, {args.width} px wide…", flush=True)
    files = [press_photo(n, args.width) for n in range(args.photos)]
    megabytes = sum(map(len, files)) / 1e6

    ingest = []
    pictures = []
    start = time.perf_counter()
    for n, data in enumerate(files):
        upload = SimpleUploadedFile(f"kit-{n:02d}.jpg", data, content_type="image/jpeg")
        began = time.perf_counter()
        pictures.append(services.picture_ingest(upload=upload))
        ingest.append(time.perf_counter() - began)
    total = time.perf_counter() - start

    crops = []
    for picture in pictures[:10]:
        began = time.perf_counter()
        services.ensure_renditions(picture, ARTICLE_RENDITIONS)
        crops.append(time.perf_counter() - began)
    cached = []
    for picture in pictures[:10]:
        began = time.perf_counter()
        services.ensure_renditions(picture, ARTICLE_RENDITIONS)
        cached.append(time.perf_counter() - began)

    height = args.width * 2 // 3
    print(f"Press kit: {args.photos} photos, {args.width}×{height}, {megabytes:.0f} MB in all")
    print(
        f"  ingest of the whole kit: {total:.1f} s ({args.photos / total * 60:.0f} photos a minute)"
    )
    print(
        f"  per photo (check, read IPTC/XMP, strip, re-encode, thumb + full sizes): {seconds(ingest)}"
    )
    print(f"  a lead image's five crops (16:9, 4:3, 1:1, 1.91:1 card): {seconds(crops)}")
    print(f"  the same crops asked for again (made once, then kept): {seconds(cached)}")


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
