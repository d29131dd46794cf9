"""Import a generated WordPress export of 10,000 posts and print the time and
the importer's peak memory (never pass/fail).

    .venv/bin/python bench/import_wordpress.py [--posts 10000] [--postgres URL]

The export is written as a stream: 20 authors, 12 nested categories, 400 tags
in mixed case, classic and block-editor bodies of about 2 KB with captions,
galleries, embeds and shortcodes, Yoast fields and featured images (the files
are not there: rendering 10,000 pictures measures Pillow, not the importer).
Runs on a fresh SQLite database in a temporary folder (or a PostgreSQL
database of your own with --postgres), in a child process measured with wait4.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Banco di prova</title><link>https://www.banco.example</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://www.banco.example</wp:base_site_url>
<wp:base_blog_url>https://www.banco.example</wp:base_blog_url>
"""
WORDS = [
    "auto", "elettrica", "ibrida", "mercato", "prezzo", "autonomia", "ricarica", "prova",
    "strada", "città", "motore", "consumi", "listino", "incentivi", "batteria", "colonnina",
    "autostrada", "concessionario", "usato", "nuovo", "modello", "berlina", "utilitaria", "suv",
    "potenza", "cavalli", "chilometri", "litro", "benzina", "diesel",
]  # fmt: skip
CATEGORIES = [
    ("auto", ""), ("elettriche", "auto"), ("ibride", "auto"), ("suv", "auto"),
    ("mercato", ""), ("usato", "mercato"), ("listini", "mercato"), ("prove", ""),
    ("mobilita", ""), ("bici", "mobilita"), ("industria", ""), ("moto", ""),
]  # fmt: skip


def sentence(rng: random.Random, words: int = 14) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def body(rng: random.Random, n: int) -> str:
    paragraphs = [" ".join(sentence(rng) for _ in range(4)) for _ in range(5)]
    if n % 2:  # block editor
        blocks = [f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->" for p in paragraphs]
        blocks.insert(2, '<!-- wp:embed {"url":"https://youtu.be/dQw4w9WgXcQ"} -->\n'
                      '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n'
                      "https://youtu.be/dQw4w9WgXcQ\n</div></figure>\n<!-- /wp:embed -->")  # fmt: skip
        return "\n\n".join(blocks)
    paragraphs.insert(1, f'[caption id="attachment_{100000 + n}" width="800"]<img src="https://www.banco.example/wp-content/uploads/2024/01/foto-{n}-800x450.jpg" alt="Foto {n}" class="wp-image-{100000 + n}" /> Didascalia {n}[/caption]')  # fmt: skip
    paragraphs.insert(3, '[su_note]Nota del redattore.[/su_note] [gallery ids="1,2"]')
    return "\n\n".join(paragraphs)


def write_export(path: Path, posts: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    tags = [rng.choice([w.capitalize(), w, w.upper()]) + f" {i % 200}" for i, w in
            enumerate(rng.choice(WORDS) for _ in range(400))]  # fmt: skip
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEAD)
        for i in range(20):
            out.write(f"<wp:author><wp:author_login><![CDATA[autore{i}]]></wp:author_login>"
                      f"<wp:author_display_name><![CDATA[Autore Numero {i}]]></wp:author_display_name></wp:author>\n")  # fmt: skip
        for term_id, (nicename, parent) in enumerate(CATEGORIES, start=2):
            out.write(f"<wp:category><wp:term_id>{term_id}</wp:term_id><wp:category_nicename>{nicename}</wp:category_nicename>"
                      f"<wp:category_parent>{parent}</wp:category_parent><wp:cat_name><![CDATA[{nicename.capitalize()}]]></wp:cat_name></wp:category>\n")  # fmt: skip
        for n in range(1, posts + 1):
            nicename = rng.choice(CATEGORIES)[0]
            status = rng.choices(
                ["publish", "draft", "pending", "future", "private"], [90, 4, 3, 2, 1]
            )[0]
            day = f"2023-{1 + n % 12:02d}-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00"
            date = "2099-01-01 10:00:00" if status == "future" else day
            terms = "".join(f'<category domain="post_tag" nicename="t{t}"><![CDATA[{tags[t]}]]></category>'
                            for t in rng.sample(range(len(tags)), 4))  # fmt: skip
            out.write(f"""<item><title><![CDATA[{sentence(rng, 8)[:-1]} &#8211; n. {n}]]></title>
<link>https://www.banco.example/{nicename}/articolo-{n}/</link>
<dc:creator><![CDATA[autore{n % 20}]]></dc:creator>
<guid isPermaLink="false">https://www.banco.example/?p={n}</guid>
<content:encoded><![CDATA[{body(rng, n)}]]></content:encoded>
<excerpt:encoded><![CDATA[{sentence(rng, 20)}]]></excerpt:encoded>
<wp:post_id>{n}</wp:post_id><wp:post_date>{date}</wp:post_date><wp:post_date_gmt>{date}</wp:post_date_gmt>
<wp:post_name>articolo-{n}</wp:post_name><wp:status>{status}</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="{nicename}"><![CDATA[{nicename.capitalize()}]]></category>{terms}
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>{100000 + n}</wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key>_yoast_wpseo_metadesc</wp:meta_key><wp:meta_value><![CDATA[{sentence(rng, 18)}]]></wp:meta_value></wp:postmeta>
</item>
<item><title>foto-{n}</title><wp:post_id>{100000 + n}</wp:post_id><wp:post_type>attachment</wp:post_type>
<wp:status>inherit</wp:status><wp:post_parent>{n}</wp:post_parent>
<wp:attachment_url>https://www.banco.example/wp-content/uploads/2024/01/foto-{n}.jpg</wp:attachment_url>
<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2024/01/foto-{n}.jpg</wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>Foto numero {n}</wp:meta_value></wp:postmeta>
</item>
""")  # fmt: skip
        out.write("</channel>\n</rss>\n")


def timed(command: list[str], env: dict) -> tuple[float, float, float, str]:
    """Run ``command``; return (seconds, CPU seconds, peak RSS in MiB, its output)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as output:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        output.seek(0)
        text = output.read()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed:\n{text}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--postgres", metavar="DATABASE_URL", help="an empty database of your own")
    args = parser.parse_args()
    python = str(ROOT / ".venv" / "bin" / "python")
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        work = Path(folder)
        export = work / "export.xml"
        start = time.perf_counter()
        write_export(export, args.posts)
        size = export.stat().st_size / 1024 / 1024
        print(
            f"export: {args.posts} posts, {size:.1f} MiB, written in {time.perf_counter() - start:.1f} s"
        )
        env = {
            **os.environ,
            "DEBUG": "false",
            "SECRET_KEY": "bench-only",
            "SITE_URL": "http://127.0.0.1:8000",
            "DATABASE_URL": args.postgres or f"sqlite:///{work / 'db.sqlite3'}",
            "MEDIA_ROOT": str(work / "media"),
        }
        timed([python, "manage.py", "migrate", "--noinput", "-v0"], env)
        media = work / "uploads"
        media.mkdir()
        command = [python, "manage.py", "import_wordpress", str(export), "--media-dir", str(media)]
        seconds, cpu, peak, output = timed(command, env)
        print("\n".join(output.splitlines()[:4]))
        print(f"import: {seconds:.1f} s ({args.posts / seconds:.0f} posts/s, CPU {cpu:.1f} s), "
              f"peak RSS {peak:.0f} MiB")  # fmt: skip
        seconds, cpu, peak, output = timed(command, env)
        print(
            f"second run (nothing to do): {seconds:.1f} s (CPU {cpu:.1f} s), peak RSS {peak:.0f} MiB"
        )


if __name__ == "__main__":
    main()
