"""Lead images for the demo, drawn with Pillow so nothing is downloaded.

Flat editorial illustrations: a sky gradient, a horizon and a motif (a car, a
factory, a charger…) in colours derived from the article's slug, so every
article gets a distinct but stable picture.
"""

import hashlib
import io

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1600, 900

PALETTES = [
    ((26, 54, 93), (240, 170, 120), (200, 40, 40)),
    ((20, 70, 80), (170, 220, 210), (250, 200, 60)),
    ((60, 30, 80), (240, 150, 170), (40, 160, 200)),
    ((30, 40, 50), (120, 170, 220), (230, 90, 40)),
    ((70, 50, 30), (250, 220, 160), (30, 110, 90)),
    ((15, 30, 60), (90, 120, 200), (250, 250, 250)),
]


def _lerp(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _sky(draw, top, bottom, horizon):
    for y in range(horizon):
        draw.line([(0, y), (WIDTH, y)], fill=_lerp(top, bottom, y / horizon))


def _car(draw, x, y, scale, color):
    s = scale
    draw.rounded_rectangle([x, y - 70 * s, x + 420 * s, y], radius=int(30 * s), fill=color)
    draw.polygon(
        [
            (x + 80 * s, y - 70 * s),
            (x + 150 * s, y - 135 * s),
            (x + 300 * s, y - 135 * s),
            (x + 370 * s, y - 70 * s),
        ],
        fill=color,
    )
    glass = (210, 230, 245)
    draw.polygon(
        [
            (x + 110 * s, y - 75 * s),
            (x + 160 * s, y - 122 * s),
            (x + 220 * s, y - 122 * s),
            (x + 220 * s, y - 75 * s),
        ],
        fill=glass,
    )
    draw.polygon(
        [
            (x + 235 * s, y - 75 * s),
            (x + 235 * s, y - 122 * s),
            (x + 292 * s, y - 122 * s),
            (x + 340 * s, y - 75 * s),
        ],
        fill=glass,
    )
    for cx in (x + 95 * s, x + 325 * s):
        draw.ellipse([cx - 45 * s, y - 40 * s, cx + 45 * s, y + 50 * s], fill=(25, 25, 28))
        draw.ellipse([cx - 20 * s, y - 15 * s, cx + 20 * s, y + 25 * s], fill=(170, 170, 175))
    draw.rectangle([x + 395 * s, y - 55 * s, x + 418 * s, y - 40 * s], fill=(255, 230, 150))


def _factory(draw, ground, color, accent):
    base = ground
    draw.rectangle([150, base - 260, 1450, base], fill=color)
    for i in range(6):
        x = 150 + i * 216
        draw.polygon([(x, base - 260), (x + 108, base - 340), (x + 216, base - 260)], fill=color)
    for i, x in enumerate((260, 420)):
        draw.rectangle(
            [x, base - 520 + i * 40, x + 60, base - 260], fill=_lerp(color, (0, 0, 0), 0.2)
        )
        for k in range(3):
            r = 40 + k * 18
            draw.ellipse(
                [
                    x + 30 - r + k * 40,
                    base - 600 + i * 40 - k * 70 - r,
                    x + 30 + r + k * 40,
                    base - 600 + i * 40 - k * 70 + r,
                ],
                fill=(225, 228, 232),
            )
    for i in range(10):
        draw.rectangle([200 + i * 125, base - 200, 270 + i * 125, base - 140], fill=accent)
    draw.rectangle([700, base - 120, 900, base], fill=_lerp(color, (0, 0, 0), 0.35))


def _charger(draw, ground, color, accent):
    draw.rounded_rectangle([980, ground - 420, 1140, ground], radius=24, fill=color)
    draw.rounded_rectangle(
        [1010, ground - 390, 1110, ground - 300], radius=10, fill=(190, 240, 220)
    )
    draw.polygon(
        [
            (1065, ground - 280),
            (1035, ground - 215),
            (1062, ground - 215),
            (1045, ground - 160),
            (1090, ground - 235),
            (1062, ground - 235),
        ],
        fill=accent,
    )
    draw.line(
        [(1140, ground - 250), (1220, ground - 180), (1180, ground - 60)],
        fill=(30, 30, 30),
        width=14,
    )


def _road(draw, ground, color, accent):
    draw.polygon([(650, ground), (950, ground), (1500, HEIGHT), (100, HEIGHT)], fill=(60, 62, 66))
    for i in range(6):
        t0, t1 = i / 6, (i + 0.5) / 6
        y0, y1 = ground + (HEIGHT - ground) * t0, ground + (HEIGHT - ground) * t1
        w0, w1 = 4 + 20 * t0, 4 + 20 * t1
        draw.polygon(
            [(800 - w0, y0), (800 + w0, y0), (800 + w1, y1), (800 - w1, y1)], fill=(240, 240, 230)
        )
    for x in (300, 1300):
        draw.ellipse([x - 90, ground - 260, x + 90, ground - 60], fill=accent)
        draw.rectangle([x - 12, ground - 80, x + 12, ground], fill=(80, 60, 40))


def _city(draw, ground, color, accent):
    heights = [380, 520, 300, 610, 450, 350, 560, 420, 300, 500]
    for i, h in enumerate(heights):
        x = 60 + i * 150
        shade = _lerp(color, (255, 255, 255), (i % 3) * 0.12)
        draw.rectangle([x, ground - h, x + 130, ground], fill=shade)
        for row in range(ground - h + 30, ground - 40, 55):
            for col in range(x + 18, x + 110, 38):
                draw.rectangle(
                    [col, row, col + 20, row + 28],
                    fill=accent if (row + col) % 3 else (255, 240, 200),
                )


def _chart(draw, ground, color, accent):
    values = [180, 240, 210, 320, 300, 400, 460, 430, 540]
    for i, v in enumerate(values):
        x = 180 + i * 140
        draw.rectangle(
            [x, ground - v, x + 90, ground], fill=color if i < len(values) - 1 else accent
        )
    pts = [(225 + i * 140, ground - v - 40) for i, v in enumerate(values)]
    draw.line(pts, fill=accent, width=10, joint="curve")


MOTIFS = {"factory": _factory, "charger": _charger, "road": _road, "city": _city, "chart": _chart}


def draw_lead_image(slug: str, motif: str) -> bytes:
    seed = int(hashlib.sha1(slug.encode()).hexdigest(), 16)
    top, bottom, accent = PALETTES[seed % len(PALETTES)]
    img = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(img)
    horizon = 560 + seed % 80
    _sky(draw, top, bottom, horizon)
    draw.ellipse(
        [1200 - seed % 400, 90, 1330 - seed % 400, 220], fill=_lerp(bottom, (255, 255, 255), 0.6)
    )
    draw.rectangle([0, horizon, WIDTH, HEIGHT], fill=_lerp(top, (40, 45, 40), 0.7))
    building = _lerp(top, (200, 205, 210), 0.55)
    if motif in MOTIFS:
        MOTIFS[motif](draw, horizon, building, accent)
    if motif in ("car", "road", "charger", "city"):
        _car(
            draw,
            300 + seed % 300,
            horizon + 200,
            1.35,
            accent if motif != "road" else (240, 240, 245),
        )
    out = io.BytesIO()
    img.save(out, "JPEG", quality=88)
    return out.getvalue()
