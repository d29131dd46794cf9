"""Demo content for newsroom: sections, authors and articles in Italian.

Plain data with no Django imports, so it can be loaded by a management
command, a fixture builder or a test without side effects. Article bodies are
HTML that still goes through the sanitizer on import. Each article's ``image``
says which scene ``demo.illustrations`` draws (and the colours and body of its
vehicles), and a caption and alt text that describe that drawing.
"""

from .auto_elettriche import AUTO_ELETTRICHE
from .fotogallery import FOTOGALLERY
from .industria import INDUSTRIA
from .lead import LEAD
from .mercato import MERCATO
from .mobilita import MOBILITA
from .prove import PROVE
from .trust import AUTHOR_ROLES, KINDS, PUBLISHER, SPONSOR, SPONSORED_ARTICLES  # noqa: F401

SECTIONS = [
    {
        "name": "Auto elettriche",
        "slug": "auto-elettriche",
        "description": (
            "Novità, tecnologie, autonomia e ricarica delle auto a batteria e a idrogeno, "
            "dalle citycar alle ammiraglie."
        ),
        "order": 1,
        "color": "#0B6E4F",
    },
    {
        "name": "Industria",
        "slug": "industria",
        "description": (
            "Fabbriche, strategie dei costruttori, lavoro e normative che stanno "
            "cambiando il settore automobilistico."
        ),
        "order": 2,
        "color": "#37474F",
    },
    {
        "name": "Mercato",
        "slug": "mercato",
        "description": (
            "Immatricolazioni, prezzi, usato e noleggio: i numeri che raccontano "
            "come comprano l'auto gli italiani."
        ),
        "order": 3,
        "color": "#1A4E8A",
    },
    {
        "name": "Prove",
        "slug": "prove",
        "description": (
            "Le nostre prove su strada: come vanno davvero le auto, tra consumi "
            "misurati, pregi e difetti."
        ),
        "order": 4,
        "color": "#A61B1B",
    },
    {
        "name": "Mobilità",
        "slug": "mobilita",
        "description": (
            "Città, trasporto pubblico, micromobilità e sharing: come cambia il "
            "modo di spostarsi in Italia."
        ),
        "order": 5,
        "color": "#6A1B9A",
    },
]

AUTHORS = [
    {
        # The seed's byline was the account name "digitalvoice": kept as the slug.
        "name": "Elena Marchetti",
        "slug": "digitalvoice",
        "bio": (
            "Redattrice del desk digitale: segue ogni giorno notizie, annunci e "
            "comunicati delle case automobilistiche, in Italia e all'estero."
        ),
        "website": "",
        "twitter": "",
        "linkedin": "",
        "active": True,
    },
    {
        "name": "Giulia Ferraresi",
        "slug": "giulia-ferraresi",
        "bio": (
            "Ingegnera meccanica prestata al giornalismo, segue tecnologia, batterie e "
            "normative europee. Ha lavorato per dieci anni nello sviluppo prodotto di un "
            "fornitore di componentistica emiliano prima di entrare in redazione."
        ),
        "website": "https://giuliaferraresi.example.com",
        "twitter": "https://x.com/giuliaferraresi",
        "linkedin": "https://www.linkedin.com/in/giulia-ferraresi",
        "active": True,
    },
    {
        "name": "Marco Bellandi",
        "slug": "marco-bellandi",
        "bio": (
            "Cronista di economia e industria, racconta da oltre vent'anni le fabbriche "
            "dell'auto italiane, da Mirafiori a Melfi. Prima di approdare in redazione "
            "ha lavorato per un quotidiano torinese."
        ),
        "website": "",
        "twitter": "https://x.com/marcobellandi",
        "linkedin": "https://www.linkedin.com/in/marco-bellandi",
        "active": True,
    },
    {
        "name": "Chiara Montanari",
        "slug": "chiara-montanari",
        "bio": (
            "Si occupa di novità di prodotto e presentazioni internazionali. Appassionata "
            "di design automobilistico, ha collaborato con riviste di settore e con "
            "programmi radiofonici dedicati ai motori."
        ),
        "website": "https://www.example.com/chiara-montanari",
        "twitter": "",
        "linkedin": "https://www.linkedin.com/in/chiara-montanari",
        "active": True,
    },
    {
        "name": "Luca Zanetti",
        "slug": "luca-zanetti",
        "bio": (
            "Segue i mercati internazionali e l'industria asiatica, con particolare "
            "attenzione a Cina e Corea del Sud. Laureato in economia, ha vissuto due anni "
            "a Shanghai come corrispondente."
        ),
        "website": "",
        "twitter": "https://x.com/lucazanetti",
        "linkedin": "",
        "active": True,
    },
    {
        "name": "Francesca Rinaldi",
        "slug": "francesca-rinaldi",
        "bio": (
            "Scrive di mercato, incentivi e diritti dei consumatori. Cura ogni mese "
            "l'analisi dei dati di immatricolazione e risponde ai lettori nella rubrica "
            "dedicata all'acquisto dell'auto."
        ),
        "website": "",
        "twitter": "",
        "linkedin": "https://www.linkedin.com/in/francesca-rinaldi",
        "active": True,
    },
    {
        "name": "Paolo Cattaneo",
        "slug": "paolo-cattaneo",
        "bio": (
            "Giornalista specializzato in mobilità urbana e trasporto pubblico. Ha "
            "collaborato con la redazione occupandosi di car sharing, micromobilità e "
            "politiche per le città."
        ),
        "website": "https://paolocattaneo.example.com",
        "twitter": "",
        "linkedin": "",
        "active": False,
    },
]

ARTICLES = [*LEAD, *INDUSTRIA, *AUTO_ELETTRICHE, *MERCATO, *PROVE, *MOBILITA]
# Photo galleries: the pictures are the piece (its lead image is the first photo).
GALLERY_ARTICLES = FOTOGALLERY
