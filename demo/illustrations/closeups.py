"""Close-ups: a brake disc, a dashboard, battery cells."""

from math import cos, radians, sin

from .canvas import HEIGHT, WIDTH, Scene, lerp, road_surface


def brake(scene: Scene):
    """Close-up of a drilled brake disc and its red caliper, dust drifting off."""
    draw = scene.draw
    for y in range(HEIGHT):
        draw.line([(0, y), (WIDTH, y)], fill=lerp((60, 64, 70), (20, 22, 26), y / HEIGHT))
    cx, cy, r = 700, 450, 340
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(165, 166, 170))
    draw.ellipse([cx - 150, cy - 150, cx + 150, cy + 150], fill=(115, 116, 120))
    for k in range(5):
        hole = _polar(cx, cy, 90, k * 72)
        draw.ellipse([hole[0] - 18, hole[1] - 18, hole[0] + 18, hole[1] + 18], fill=(40, 40, 44))
    for k in range(36):
        hole = _polar(cx, cy, 220 if k % 2 else 270, k * 10)
        draw.ellipse([hole[0] - 9, hole[1] - 9, hole[0] + 9, hole[1] + 9], fill=(70, 70, 74))
    draw.arc(
        [cx - r - 30, cy - r - 30, cx + r + 30, cy + r + 30], -70, 10, fill=(200, 30, 30), width=130
    )
    for i in range(40):
        x, y = 1080 + (i * 53) % 420, 200 + (i * 97) % 400
        draw.ellipse([x, y, x + 6 + i % 5, y + 6 + i % 5], fill=(120, 110, 100))


def _polar(cx, cy, radius, degrees):
    return cx + radius * cos(radians(degrees)), cy + radius * sin(radians(degrees))


def dashboard(scene: Scene, screen="wide"):
    """The driver's view: wheel, dashboard and a central screen, the road ahead."""
    draw, h = scene.draw, scene.horizon
    road_surface(draw, h)
    dark = (35, 38, 44)
    draw.rectangle([0, 0, WIDTH, 50], fill=dark)
    draw.polygon([(0, 0), (140, 0), (300, 640), (0, 640)], fill=dark)
    draw.polygon([(WIDTH, 0), (WIDTH - 140, 0), (WIDTH - 300, 640), (WIDTH, 640)], fill=dark)
    draw.rounded_rectangle([-50, 600, WIDTH + 50, HEIGHT + 80], radius=90, fill=(50, 54, 60))
    box = [720, 500, 1180, 760] if screen == "wide" else [820, 430, 1040, 820]
    draw.rounded_rectangle(box, radius=18, fill=(15, 18, 24))
    left, top, right, bottom = box
    draw.rectangle([left + 16, top + 16, right - 16, bottom - 90], fill=(200, 215, 205))
    draw.line(
        [(left + 40, bottom - 110), ((left + right) / 2, top + 60), (right - 40, top + 40)],
        fill=scene.accent,
        width=10,
    )
    for i in range(3):
        x = left + 20 + i * (right - left - 40) / 3
        draw.rounded_rectangle(
            [x, bottom - 70, x + (right - left - 80) / 3, bottom - 20], radius=10, fill=(60, 70, 85)
        )
    draw.ellipse([200, 560, 700, 1060], outline=(20, 20, 22), width=46)
    draw.rounded_rectangle([380, 760, 520, 860], radius=30, fill=(20, 20, 22))


def cells(scene: Scene):
    """Rows of cylindrical battery cells on a laboratory bench."""
    draw = scene.draw
    draw.rectangle([0, 0, WIDTH, 620], fill=lerp(scene.building, (255, 255, 255), 0.6))
    draw.rectangle([0, 620, WIDTH, HEIGHT], fill=(150, 110, 70))
    draw.rectangle([0, 620, WIDTH, 640], fill=(185, 145, 100))
    for base, width, height, count in ((660, 80, 230, 14), (860, 120, 330, 10)):
        step = WIDTH / count
        for i in range(count):
            x = i * step + (step - width) / 2
            wrap = scene.accent if i % 2 else lerp(scene.accent, (0, 0, 0), 0.3)
            draw.rectangle([x, base - height, x + width, base], fill=wrap)
            draw.rectangle(
                [x, base - height * 0.55, x + width, base - height * 0.4], fill=(240, 240, 240)
            )
            draw.ellipse(
                [x, base - height - width / 6, x + width, base - height + width / 6],
                fill=(200, 202, 206),
            )
