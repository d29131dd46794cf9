"""Lead pictures for the demo, drawn with Pillow so nothing is downloaded.

Flat editorial illustrations: a sky, a horizon and a scene (a plant on its
port, a car at a charging post, a brake disc…). The sky's colours come from
the article's slug, so every picture is distinct but stable; what the scene
shows, and the colour of its vehicles, come from the article's data, so its
caption and alt text can say exactly what is drawn.
"""

import hashlib
import io
from functools import partial

from PIL import Image, ImageDraw

from . import closeups, energy, industry, streets
from .canvas import HEIGHT, WIDTH, Scene, lerp, main_car

# Every demo picture is a drawing: its credit says so, never a press office.
ILLUSTRATION_CREDIT = "Illustrazione della redazione"

PALETTES = [
    ((26, 54, 93), (240, 170, 120), (200, 40, 40)),
    ((20, 70, 80), (170, 220, 210), (250, 200, 60)),
    ((60, 30, 80), (240, 150, 170), (40, 160, 200)),
    ((30, 40, 50), (120, 170, 220), (230, 90, 40)),
    ((70, 50, 30), (250, 220, 160), (30, 110, 90)),
    ((15, 30, 60), (90, 120, 200), (250, 250, 250)),
]

# The colours a caption may name ("un'auto gialla"), by the data's key.
COLOURS = {
    "red": (200, 35, 40),
    "yellow": (245, 200, 40),
    "orange": (235, 110, 30),
    "blue": (40, 90, 180),
    "light-green": (150, 210, 160),
    "green": (30, 110, 70),
    "grey": (120, 124, 130),
    "silver": (195, 198, 204),
    "white": (245, 245, 248),
    "black": (30, 30, 34),
}

MOTIFS = {
    "car": main_car,
    "factory": industry.factory,
    "factory-port": industry.factory_port,
    "port": industry.port,
    "solar-plant": industry.solar_plant,
    "construction": industry.construction,
    "chart": industry.chart,
    "brake": closeups.brake,
    "dashboard": closeups.dashboard,
    "dashboard-tall-screen": partial(closeups.dashboard, screen="tall"),
    "cells": closeups.cells,
    "city": streets.city,
    "street-30": streets.street_30,
    "scooter": streets.scooter,
    "road": streets.road,
    "mountain-road": streets.mountain_road,
    "shuttle": streets.shuttle_road,
    "bus-depot": streets.bus_depot,
    "showroom": streets.showroom,
    "lot": streets.lot,
    "charger": energy.charger,
    "charging-hub": energy.charging_hub,
    "hydrogen": energy.hydrogen,
}


def draw_lead_image(
    slug: str, motif: str, *, cars=(), body: str = "sedan", width: int = WIDTH
) -> bytes:
    """The JPEG for one article: ``width`` pixels wide, 16:9."""
    scene_of = MOTIFS[motif]  # an unknown motif is a mistake in the data, not a blank sky
    seed = int(hashlib.sha1(slug.encode()).hexdigest(), 16)
    top, bottom, accent = PALETTES[seed % len(PALETTES)]
    img = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(img)
    horizon = 560 + seed % 80
    for y in range(horizon):
        draw.line([(0, y), (WIDTH, y)], fill=lerp(top, bottom, y / horizon))
    sun = 1200 - seed % 400
    draw.ellipse([sun, 90, sun + 130, 220], fill=lerp(bottom, (255, 255, 255), 0.6))
    draw.rectangle([0, horizon, WIDTH, HEIGHT], fill=lerp(top, (40, 45, 40), 0.7))
    scene_of(
        Scene(
            draw=draw,
            horizon=horizon,
            building=lerp(top, (200, 205, 210), 0.55),
            accent=accent,
            cars=[COLOURS[name] for name in cars],
            body=body,
        )
    )
    if width != WIDTH:
        img = img.resize((width, round(width * HEIGHT / WIDTH)), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=88)
    return out.getvalue()
