"""Streets and roads: the city, its signs and riders, the open road."""

from .canvas import ASPHALT, HEIGHT, WIDTH, Scene, font, lerp, main_car, road_surface
from .vehicles import GLASS, bus, car, scooter_rider, shuttle


def city(scene: Scene):
    _skyline(scene)
    main_car(scene)


def _skyline(scene: Scene):
    draw, h = scene.draw, scene.horizon
    heights = [380, 520, 300, 610, 450, 350, 560, 420, 300, 500]
    for i, height in enumerate(heights):
        x = 60 + i * 150
        draw.rectangle(
            [x, h - height, x + 130, h], fill=lerp(scene.building, (255, 255, 255), (i % 3) * 0.12)
        )
        for row in range(h - height + 30, h - 40, 55):
            for col in range(x + 18, x + 110, 38):
                window = scene.accent if (row + col) % 3 else (255, 240, 200)
                draw.rectangle([col, row, col + 20, row + 28], fill=window)


def street_30(scene: Scene):
    """A city street with a round 30 km/h speed-limit sign in front."""
    city(scene)
    draw, h = scene.draw, scene.horizon
    cx, cy = 1330, h - 170
    draw.rectangle([cx - 10, cy, cx + 10, h + 200], fill=(120, 124, 130))
    draw.ellipse([cx - 120, cy - 120, cx + 120, cy + 120], fill=(200, 30, 30))
    draw.ellipse([cx - 92, cy - 92, cx + 92, cy + 92], fill=(250, 250, 250))
    draw.text((cx, cy), "30", font=font(120), fill=(20, 20, 20), anchor="mm")


def scooter(scene: Scene):
    """A rider with a helmet on an electric scooter, in a city bike lane."""
    _skyline(scene)
    draw, h = scene.draw, scene.horizon
    draw.rectangle([0, h + 150, WIDTH, h + 250], fill=(170, 70, 60))
    draw.line([(0, h + 150), (WIDTH, h + 150)], fill=(245, 245, 245), width=8)
    scooter_rider(draw, 620, h + 235, scene.accent)


def _trees(draw, ground, leaves):
    for x in (300, 1300):
        draw.ellipse([x - 90, ground - 260, x + 90, ground - 60], fill=leaves)
        draw.rectangle([x - 12, ground - 80, x + 12, ground], fill=(80, 60, 40))


def road(scene: Scene):
    """A tree-lined road to the horizon, the car on it."""
    road_surface(scene.draw, scene.horizon)
    _trees(scene.draw, scene.horizon, (40, 120, 70))
    main_car(scene, x=520)


def mountain_road(scene: Scene):
    """The road climbing into the mountains, snow on the peaks."""
    draw, h = scene.draw, scene.horizon
    rock = lerp(scene.building, (60, 70, 80), 0.5)
    for left, peak, right in (
        (-100, 250, 600),
        (350, 560, 1000),
        (850, 1150, 1500),
        (1250, 1500, 1900),
    ):
        top = h - 330 + (peak % 7) * 20
        draw.polygon([(left, h), (peak, top), (right, h)], fill=rock)
        draw.polygon(
            [(peak - 60, top + 70), (peak, top), (peak + 60, top + 70)], fill=(245, 245, 250)
        )
    road_surface(draw, h)
    main_car(scene, x=520)


def shuttle_road(scene: Scene):
    """A driverless shuttle on a tree-lined road."""
    road_surface(scene.draw, scene.horizon)
    _trees(scene.draw, scene.horizon, (40, 120, 70))
    shuttle(scene.draw, 580, scene.horizon + 250, scene.car)


def bus_depot(scene: Scene):
    """A city bus charging under a pantograph in front of its depot."""
    draw, h = scene.draw, scene.horizon
    draw.rectangle([80, h - 300, 1520, h], fill=scene.building)
    for x in range(140, 1480, 220):
        draw.rectangle([x, h - 220, x + 170, h], fill=lerp(scene.building, (0, 0, 0), 0.3))
    draw.rectangle([0, h, WIDTH, HEIGHT], fill=ASPHALT)
    ground = h + 250
    roof = bus(draw, 330, ground, scene.car)
    steel = (70, 74, 80)
    draw.rectangle([1290, ground - 520, 1310, ground], fill=steel)
    draw.rectangle([700, ground - 530, 1310, ground - 505], fill=steel)
    arm = [
        (900, ground - 505),
        (860, (ground - 505 + roof) / 2),
        (900, roof - 14),
        (940, (ground - 505 + roof) / 2),
    ]
    draw.polygon(arm, outline=(30, 30, 30), width=6)
    draw.line([(850, roof - 14), (950, roof - 14)], fill=(30, 30, 30), width=8)


def showroom(scene: Scene):
    """Cars on show inside a dealer's glass-fronted hall."""
    draw, h = scene.draw, scene.horizon
    wall = lerp(scene.building, (255, 255, 255), 0.3)
    draw.rectangle([0, 0, WIDTH, 70], fill=wall)
    for x in range(0, WIDTH + 1, 400):
        draw.rectangle([x - 25, 0, x + 25, h], fill=wall)
    draw.rectangle([0, h - 30, WIDTH, h], fill=wall)
    draw.rectangle([0, h, WIDTH, HEIGHT], fill=(215, 216, 220))
    _row_of_cars(scene, ground=h + 230, scale=1.0)


def lot(scene: Scene):
    """A dealer's forecourt: cars in a row, bunting above, the showroom behind."""
    draw, h = scene.draw, scene.horizon
    draw.rectangle([200, h - 260, 1400, h], fill=scene.building)
    draw.rectangle([200, h - 260, 1400, h - 210], fill=scene.accent)
    draw.rectangle([260, h - 180, 1340, h - 20], fill=GLASS)
    draw.rectangle([0, h, WIDTH, HEIGHT], fill=(120, 122, 125))
    flags = [(200, 200, 40), (40, 120, 200), (220, 60, 60)]
    for i, x in enumerate(range(40, WIDTH - 60, 70)):
        y = h - 330 + abs(800 - x) / -20 + 40
        draw.polygon([(x, y), (x + 60, y), (x + 30, y + 50)], fill=flags[i % len(flags)])
    draw.line([(40, h - 330), (800, h - 290), (WIDTH - 40, h - 330)], fill=(40, 40, 40), width=3)
    _row_of_cars(scene, ground=h + 230, scale=0.8)


def _row_of_cars(scene, ground, scale):
    step = (WIDTH - 80) / len(scene.cars)
    scale = min(scale, 0.9 * step / 450)
    length = 450 * scale
    for i, colour in enumerate(scene.cars):
        car(scene.draw, 40 + i * step + (step - length) / 2, ground, scale, colour, scene.body)
