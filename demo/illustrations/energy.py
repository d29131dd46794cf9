"""Energy: charging points, a fast-charging hub, a hydrogen pump."""

from .canvas import Scene, font, lerp
from .vehicles import car

CABLE = (30, 30, 30)


def _charger(draw, x, ground, color, accent, label=None):
    """A charging post (or a pump, with a label) 160 px wide, its screen on top."""
    draw.rounded_rectangle([x, ground - 420, x + 160, ground], radius=24, fill=color)
    draw.rounded_rectangle(
        [x + 30, ground - 390, x + 130, ground - 300], radius=10, fill=(190, 240, 220)
    )
    if label:
        draw.text((x + 80, ground - 215), label, font=font(70), fill=accent, anchor="mm")
        return
    draw.polygon(
        [
            (x + 85, ground - 280),
            (x + 55, ground - 215),
            (x + 82, ground - 215),
            (x + 65, ground - 160),
            (x + 110, ground - 235),
            (x + 82, ground - 235),
        ],
        fill=accent,
    )


def _plugged_car(scene, ground, post_x):
    """The main car parked nose to the post, the cable from the post to its nose."""
    scale = 1.2
    length = {"hatch": 340, "suv": 430, "sports": 450}.get(scene.body, 420) * scale
    x = post_x - 60 - length
    car(scene.draw, x, ground + 150, scale, scene.car, scene.body)
    nose = (x + length - 10, ground + 150 - 130 * scale)
    scene.draw.line(
        [(post_x, ground - 250), (post_x - 50, ground - 120), nose], fill=CABLE, width=14
    )


def charger(scene: Scene):
    """A car plugged into a charging post."""
    _charger(scene.draw, 1080, scene.horizon + 60, scene.building, scene.accent)
    _plugged_car(scene, scene.horizon + 60, 1080)


def charging_hub(scene: Scene):
    """Three fast chargers under a canopy, one car plugged in."""
    draw, h = scene.draw, scene.horizon
    roof = lerp(scene.building, (255, 255, 255), 0.4)
    draw.rectangle([640, h - 420, 1580, h - 370], fill=roof)
    for x in (660, 1540):
        draw.rectangle([x, h - 370, x + 24, h + 60], fill=roof)
    for x in (800, 1080, 1360):
        _charger(draw, x, h + 60, scene.building, scene.accent)
    _plugged_car(scene, h + 60, 800)


def hydrogen(scene: Scene):
    """A hydrogen pump marked H2, a car stopped next to it."""
    _charger(scene.draw, 1080, scene.horizon + 60, scene.building, scene.accent, label="H2")
    _plugged_car(scene, scene.horizon + 60, 1080)
