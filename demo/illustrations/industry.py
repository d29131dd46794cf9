"""Industry: plants, ports, building sites and the market's charts."""

from .canvas import CONCRETE, HEIGHT, WIDTH, Scene, lerp, main_car
from .vehicles import GLASS, car

CRANE = (240, 180, 40)


def _factory_building(draw, ground, color, accent, left=150, right=1450):
    draw.rectangle([left, ground - 260, right, ground], fill=color)
    bays = round((right - left) / 216)
    bay = (right - left) / bays
    for i in range(bays):
        x = left + i * bay
        draw.polygon(
            [(x, ground - 260), (x + bay / 2, ground - 340), (x + bay, ground - 260)], fill=color
        )
    for i, x in enumerate((left + 110, left + 270)):
        draw.rectangle(
            [x, ground - 520 + i * 40, x + 60, ground - 260], fill=lerp(color, (0, 0, 0), 0.2)
        )
        for k in range(3):
            r, cx, cy = 40 + k * 18, x + 30 + k * 40, ground - 600 + i * 40 - k * 70
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(225, 228, 232))
    for x in range(left + 50, right - 90, 125):
        draw.rectangle([x, ground - 200, x + 70, ground - 140], fill=accent)
    middle = (left + right) // 2
    draw.rectangle(
        [middle - 100, ground - 120, middle + 100, ground], fill=lerp(color, (0, 0, 0), 0.35)
    )


def factory(scene: Scene):
    _factory_building(scene.draw, scene.horizon, scene.building, scene.accent)
    main_car(scene, x=1000, scale=1.1)


def factory_port(scene: Scene):
    """A plant on its quay, a car carrier moored alongside."""
    draw, h = scene.draw, scene.horizon
    _water(draw, h)
    _factory_building(draw, h, scene.building, scene.accent, left=60, right=930)
    _ship(draw, h)
    for i, colour in enumerate(scene.cars):
        car(draw, 80 + i * 220, h + 150, 0.45, colour, "hatch")


def port(scene: Scene):
    """Rows of new cars on a quay, waiting to be loaded on a car carrier."""
    draw, h = scene.draw, scene.horizon
    _water(draw, h)
    _ship(draw, h)
    for row, (y, scale) in enumerate(((h + 70, 0.36), (h + 150, 0.42), (h + 240, 0.5))):
        step = 175 * scale / 0.36
        for i in range(int(940 // step)):
            colour = scene.cars[(i + row) % len(scene.cars)]
            car(draw, 20 + i * step, y, scale, colour, "hatch")


def _water(draw, h):
    draw.rectangle([1000, h, WIDTH, HEIGHT], fill=(40, 80, 120))
    for y in range(h + 40, HEIGHT, 45):
        draw.line([(1030, y), (1130, y)], fill=(90, 130, 170), width=4)
    draw.rectangle([990, h, 1005, HEIGHT], fill=CONCRETE)


def _ship(draw, h):
    hull = (35, 45, 70)
    draw.rectangle([1050, h - 330, 1570, h - 20], fill=(235, 236, 238))
    draw.rectangle([1050, h - 120, 1570, h - 95], fill=(200, 40, 40))
    for x in range(1080, 1540, 60):
        draw.rectangle([x, h - 300, x + 30, h - 285], fill=(150, 160, 170))
    draw.rectangle([1470, h - 390, 1560, h - 330], fill=(235, 236, 238))
    draw.rectangle([1480, h - 375, 1550, h - 350], fill=(70, 90, 110))
    draw.polygon([(1035, h - 25), (1590, h - 25), (1560, h + 75), (1070, h + 75)], fill=hull)


def solar_plant(scene: Scene):
    """A long, low production building, its roof covered with solar panels."""
    draw, h = scene.draw, scene.horizon
    top = h - 250
    draw.rectangle([150, top, 1450, h], fill=scene.building)
    draw.rectangle([150, top + 60, 1450, top + 150], fill=GLASS)
    for x in range(150, 1450, 100):
        draw.line([(x, top + 60), (x, top + 150)], fill=scene.building, width=8)
    for x in range(170, 1400, 105):
        draw.polygon(
            [(x, top), (x + 40, top - 55), (x + 130, top - 55), (x + 90, top)], fill=(30, 50, 100)
        )
        draw.line([(x + 20, top - 27), (x + 110, top - 27)], fill=(120, 150, 200), width=3)
    draw.rectangle([700, h - 90, 900, h], fill=lerp(scene.building, (0, 0, 0), 0.35))
    main_car(scene, x=1000, scale=1.1)


def construction(scene: Scene):
    """A plant going up: a steel frame and a tower crane lifting a beam."""
    draw, h = scene.draw, scene.horizon
    draw.rectangle([0, h, WIDTH, HEIGHT], fill=(120, 95, 70))
    steel = (90, 95, 105)
    for x in range(250, 1101, 150):
        height = 320 if x < 800 else 200
        draw.line([(x, h), (x, h - height)], fill=steel, width=14)
    for y, right in ((h - 100, 1100), (h - 200, 1100), (h - 320, 800)):
        draw.line([(250, y), (right, y)], fill=steel, width=12)
    mast = 1300
    draw.line([(mast, h), (mast, h - 470)], fill=CRANE, width=12)
    draw.line([(mast + 40, h), (mast + 40, h - 470)], fill=CRANE, width=12)
    for y in range(h, h - 470, -60):
        draw.line([(mast, y), (mast + 40, y - 60)], fill=CRANE, width=6)
    draw.rectangle([700, h - 500, 1560, h - 470], fill=CRANE)
    draw.rectangle([1440, h - 540, 1540, h - 470], fill=(80, 80, 85))
    draw.line([(950, h - 470), (950, h - 360)], fill=(30, 30, 30), width=4)
    draw.rectangle([850, h - 360, 1050, h - 345], fill=steel)


def chart(scene: Scene):
    """A bar chart rising to the right, its last bar highlighted, a trend line."""
    draw, h = scene.draw, scene.horizon
    values = [180, 240, 210, 320, 300, 400, 460, 430, 540]
    for i, v in enumerate(values):
        x = 180 + i * 140
        fill = scene.building if i < len(values) - 1 else scene.accent
        draw.rectangle([x, h - v, x + 90, h], fill=fill)
    draw.line(
        [(225 + i * 140, h - v - 40) for i, v in enumerate(values)],
        fill=scene.accent,
        width=10,
        joint="curve",
    )
