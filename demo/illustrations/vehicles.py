"""Side views of the vehicles the demo pictures show, facing right.

Every function takes the ground line ``y`` the wheels stand on, so a scene
can line up several vehicles on the same road.
"""

from PIL import ImageDraw

TYRE = (25, 25, 28)
RIM = (170, 170, 175)
GLASS = (210, 230, 245)
HEADLIGHT = (255, 230, 150)
TAILLIGHT = (200, 30, 30)

# length, body height, cabin height, cabin base (start, end), roof (start, end),
# wheel radius: fractions of the length for the x positions, pixels otherwise.
BODIES = {
    "sedan": (420, 70, 65, (0.19, 0.88), (0.36, 0.71), 45),
    "hatch": (340, 72, 72, (0.12, 0.86), (0.30, 0.84), 42),
    "suv": (430, 95, 72, (0.14, 0.90), (0.30, 0.86), 50),
    "sports": (450, 55, 48, (0.28, 0.80), (0.42, 0.66), 42),
}


def _wheels(draw, xs, y, radius):
    for cx in xs:
        draw.ellipse([cx - radius, y - 2 * radius, cx + radius, y], fill=TYRE)
        r = radius * 0.45
        draw.ellipse([cx - r, y - radius - r, cx + r, y - radius + r], fill=RIM)


def car(draw: ImageDraw.ImageDraw, x, y, scale, colour, body="sedan"):
    length, height, cabin, base, roof, radius = BODIES[body]
    s = scale
    length, height, cabin, radius = length * s, height * s, cabin * s, radius * s
    bottom = y - radius * 0.55
    top = bottom - height
    draw.rounded_rectangle([x, top, x + length, bottom], radius=int(26 * s), fill=colour)
    b0, b1 = x + base[0] * length, x + base[1] * length
    r0, r1 = x + roof[0] * length, x + roof[1] * length
    draw.polygon([(b0, top + 2), (r0, top - cabin), (r1, top - cabin), (b1, top + 2)], fill=colour)
    pad = 9 * s
    middle = (r0 + r1) / 2
    draw.polygon(
        [
            (b0 + 2.2 * pad, top - pad / 2),
            (r0 + pad, top - cabin + pad),
            (middle - pad / 2, top - cabin + pad),
            (middle - pad / 2, top - pad / 2),
        ],
        fill=GLASS,
    )
    draw.polygon(
        [
            (middle + pad / 2, top - pad / 2),
            (middle + pad / 2, top - cabin + pad),
            (r1 - pad / 2, top - cabin + pad),
            (b1 - 2.2 * pad, top - pad / 2),
        ],
        fill=GLASS,
    )
    _wheels(draw, (x + 0.2 * length, x + 0.8 * length), y, radius)
    lamp = 14 * s
    draw.rectangle(
        [x + length - 24 * s, top + lamp, x + length - 2 * s, top + 2 * lamp], fill=HEADLIGHT
    )
    draw.rectangle([x + 2 * s, top + lamp, x + 16 * s, top + 2 * lamp], fill=TAILLIGHT)


def bus(draw, x, y, colour):
    """A twelve-metre city bus: a long box, a row of windows, two doors."""
    length, height, radius = 900, 270, 46
    bottom, top = y - 30, y - 30 - height
    draw.rounded_rectangle([x, top, x + length, bottom], radius=28, fill=colour)
    draw.rectangle([x + 40, top - 14, x + 300, top], fill=(90, 95, 100))  # roof batteries
    for i in range(7):
        left = x + 30 + i * 118
        draw.rounded_rectangle([left, top + 30, left + 100, top + 140], radius=8, fill=GLASS)
    for door in (x + 180, x + 700):
        draw.rectangle([door, top + 30, door + 70, bottom - 8], fill=(70, 90, 110))
        draw.line([(door + 35, top + 30), (door + 35, bottom - 8)], fill=GLASS, width=4)
    draw.rounded_rectangle(
        [x + length - 40, top + 30, x + length - 6, top + 200], radius=10, fill=GLASS
    )
    draw.rectangle([x + length - 140, top + 8, x + length - 50, top + 24], fill=(255, 190, 60))
    _wheels(draw, (x + 140, x + length - 180), y, radius)
    return top  # where the pantograph touches


def shuttle(draw, x, y, colour):
    """A driverless shuttle: a short, symmetric box of glass, no driver's seat."""
    length, height = 440, 300
    bottom, top = y - 28, y - 28 - height
    draw.rounded_rectangle([x, top, x + length, bottom], radius=60, fill=colour)
    draw.rounded_rectangle([x + 25, top + 30, x + length - 25, top + 170], radius=36, fill=GLASS)
    draw.line([(x + length / 2, top + 30), (x + length / 2, bottom - 10)], fill=colour, width=10)
    draw.rounded_rectangle(
        [x + length / 2 - 40, top - 34, x + length / 2 + 40, top + 4], radius=14, fill=(40, 44, 50)
    )
    draw.rectangle([x + length - 30, top + 200, x + length - 8, top + 225], fill=HEADLIGHT)
    draw.rectangle([x + 8, top + 200, x + 30, top + 225], fill=HEADLIGHT)
    _wheels(draw, (x + 95, x + length - 95), y, 40)


def scooter_rider(draw, x, y, helmet):
    """A person standing on an electric kick scooter, helmet on, riding right."""
    deck_y = y - 48
    draw.rounded_rectangle([x, deck_y - 14, x + 230, deck_y], radius=7, fill=(40, 40, 45))
    _wheels(draw, (x + 20, x + 250), y, 30)
    draw.line([(x + 250, y - 30), (x + 215, y - 330)], fill=(60, 60, 66), width=14)
    draw.line([(x + 190, y - 330), (x + 245, y - 330)], fill=(40, 40, 45), width=14)
    hip = (x + 110, deck_y - 190)
    shoulder = (x + 130, deck_y - 330)
    trousers, jacket, skin = (45, 55, 80), (60, 120, 160), (225, 180, 150)
    draw.line([(x + 70, deck_y - 14), hip], fill=trousers, width=30)
    draw.line([(x + 140, deck_y - 14), hip], fill=trousers, width=30)
    draw.line([hip, shoulder], fill=jacket, width=58)
    draw.line([shoulder, (x + 200, y - 320)], fill=jacket, width=20)
    head = (x + 140, deck_y - 385)
    draw.ellipse([head[0] - 38, head[1] - 38, head[0] + 38, head[1] + 38], fill=skin)
    draw.chord([head[0] - 44, head[1] - 52, head[0] + 44, head[1] + 30], 180, 360, fill=helmet)
