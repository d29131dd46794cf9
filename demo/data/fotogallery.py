"""The demo's photo gallery: a piece whose main content is its pictures.

Each photo says what ``demo.illustrations`` draws (scene, colours, body of
the vehicles), and its caption and alt text describe exactly that drawing.
"""

from textwrap import dedent

_PHOTOS = [
    ("showroom", ["blue"], "sedan", "una berlina blu esposta in un salone dalle vetrate ampie",
     "Il salone: la berlina blu accoglie i visitatori all'ingresso"),
    ("showroom", ["red", "silver"], "sports", "una sportiva rossa e una grigio argento in salone",
     "Le sportive sotto le luci del padiglione"),
    ("lot", ["yellow", "white", "black"], "hatch", "tre utilitarie, gialla, bianca e nera, in fila nel piazzale di un concessionario",
     "Il piazzale del concessionario, con le utilitarie pronte per la consegna"),
    ("city", ["green"], "hatch", "una piccola auto verde tra i palazzi del centro città",
     "In città: la compatta verde nel traffico del mattino"),
    ("street-30", ["orange"], "hatch", "un'auto arancione in una strada con il limite dei 30 all'ora",
     "Zona 30: la velocità ridotta davanti alle scuole"),
    ("charger", ["white"], "suv", "un SUV bianco collegato a una colonnina di ricarica",
     "La ricarica in corrente continua: mezz'ora di sosta"),
    ("charging-hub", ["blue", "grey"], "sedan", "due auto, blu e grigia, in un'area di ricarica con più colonnine",
     "L'hub di ricarica in autostrada"),
    ("road", ["red"], "suv", "un SUV rosso su una strada alberata verso l'orizzonte",
     "Sulla statale: il SUV rosso nella prova su strada"),
    ("mountain-road", ["silver"], "sedan", "una berlina grigio argento su una strada di montagna con le cime innevate",
     "In montagna, tra i tornanti"),
    ("solar-plant", ["light-green"], "hatch", "un'auto verde chiaro davanti a un campo di pannelli solari",
     "L'energia del fotovoltaico per la ricarica"),
    ("factory", ["black"], "suv", "un SUV nero davanti a uno stabilimento industriale",
     "Lo stabilimento dove nasce il SUV"),
    ("dashboard", [], "sedan", "il cruscotto di un'auto con il volante e lo schermo centrale",
     "L'abitacolo: il volante e lo schermo al centro della plancia"),
]  # fmt: skip

FOTOGALLERY = [
    {
        "title": "Fotogallery: un giorno con l'auto elettrica, dal salone alla montagna",
        "slug": "fotogallery-giorno-auto-elettrica",
        "kicker": "Fotogallery",
        "kind": "gallery",
        "standfirst": (
            "Dodici illustrazioni della redazione raccontano una giornata con l'auto a "
            "batteria: la scelta in salone, la città, la ricarica e la strada."
        ),
        "body": dedent(
            """
            <p>Dal salone del concessionario alla colonnina, dalle zone 30 del centro ai tornanti di montagna: abbiamo provato a raccontare per immagini una giornata qualunque al volante di un'auto elettrica. Scorri la galleria per vedere tutte le tappe.</p>
            """
        ).strip(),
        "section": "auto-elettriche",
        "authors": ["chiara-montanari"],
        "tags": ["Fotogallery", "Auto elettriche", "Ricarica"],
        "hours_ago": 5,
        "gallery": {
            "title": "Un giorno con l'auto elettrica",
            "photos": [
                {
                    "motif": motif,
                    "cars": cars,
                    "body": body,
                    "alt": f"Illustrazione: {alt}",
                    "caption": caption,
                }
                for motif, cars, body, alt, caption in _PHOTOS
            ],
        },
    }
]
