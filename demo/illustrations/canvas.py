"""What every demo picture shares: a 1600×900 canvas, its scene, its helpers."""

from dataclasses import dataclass, field

from PIL import ImageDraw, ImageFont

from .vehicles import car

WIDTH, HEIGHT = 1600, 900
CONCRETE = (150, 152, 150)
ASPHALT = (60, 62, 66)


@dataclass
class Scene:
    draw: ImageDraw.ImageDraw
    horizon: int
    building: tuple  # walls, in a tint of the sky
    accent: tuple  # windows, bars, signs
    cars: list = field(default_factory=list)  # the first is the main vehicle
    body: str = "sedan"

    @property
    def car(self):
        return self.cars[0] if self.cars else None


def lerp(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def font(size):
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow without FreeType: the small bitmap font
        return ImageFont.load_default()


def main_car(scene: Scene, x=420, scale=1.35):
    if scene.car:
        car(scene.draw, x, scene.horizon + 235, scale, scene.car, scene.body)


def road_surface(draw, ground):
    """A road running from the foreground to the horizon, dashed down the middle."""
    draw.polygon([(650, ground), (950, ground), (1500, HEIGHT), (100, HEIGHT)], fill=ASPHALT)
    for i in range(6):
        t0, t1 = i / 6, (i + 0.5) / 6
        y0, y1 = ground + (HEIGHT - ground) * t0, ground + (HEIGHT - ground) * t1
        w0, w1 = 4 + 20 * t0, 4 + 20 * t1
        draw.polygon(
            [(800 - w0, y0), (800 + w0, y0), (800 + w1, y1), (800 - w1, y1)], fill=(240, 240, 230)
        )
