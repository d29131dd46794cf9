"""The lead story: the seed article (../shared/seeds), as the desk published it.

Only the seed's facts, in cleaner Italian. It is dated on the day of the
announcement (10 November 2023): Polestar 3 production "all'inizio del 2024"
and RKM's hybrid range "nel 2024" are still ahead, Busan's Polestar 4 from the
second half of 2025 too.
"""

from textwrap import dedent

LEAD = [
    {
        "title": "Renault Korea produrrà la Polestar 4 a Busan dal 2025",
        "slug": "renault-korea-busan-produrra-polestar-4",
        "kicker": "Industria",
        "standfirst": (
            "Accordo tra Polestar, Geely e Renault Korea Motors: dalla seconda metà del 2025 "
            "lo stabilimento sudcoreano costruirà il modello completamente elettrico per la "
            "Corea del Sud e per il Nord America."
        ),
        "body": dedent(
            """
            <p>Renault Korea Motors (RKM) produrrà la <strong>Polestar 4</strong> nel suo stabilimento di <strong>Busan</strong>, in Corea del Sud. L'accordo, raggiunto tra Polestar, il gruppo Geely e RKM, prevede che la produzione del modello, completamente elettrico, parta nella seconda metà del 2025. Le auto costruite a Busan saranno destinate al mercato sudcoreano e a quello nordamericano.</p>
            <p>Dopo aver annunciato l'arrivo della propria gamma ibrida nel 2024, RKM compie così un altro passo per rafforzare il suo ruolo di base per le esportazioni.</p>
            <h2>Uno stabilimento sul porto</h2>
            <p>Lo stabilimento di Busan ha accesso diretto ai porti d'imbarco, impiega circa 2.000 persone e produce automobili da 23 anni. Ha una capacità di 300.000 unità l'anno ed è noto per la qualità: negli ultimi due anni si è classificato al primo posto tra i costruttori sudcoreani per la qualità iniziale dei veicoli destinati al mercato interno.</p>
            <p>Dal 2022 Renault Korea punta sulle auto elettriche di fascia alta dei segmenti D ed E, destinate sia al mercato interno sia all'estero.</p>
            <h2>Le parole dei vertici</h2>
            <p>«La Polestar 4 sarà il primo veicolo completamente elettrico prodotto nello stabilimento di Busan e simboleggia il rinnovamento di Renault Korea Motors e la nostra ambiziosa visione per il futuro», ha dichiarato Stéphane Deblaise, amministratore delegato di RKM. «Siamo molto orgogliosi di questa nuova collaborazione e grati al marchio Polestar per la fiducia. In una prospettiva più ampia, vediamo altre opportunità per Renault Korea Motors nel prossimo futuro, grazie ai nostri solidi azionisti, Renault Group e Geely Group».</p>
            <p>«Siamo molto felici di fare il passo successivo nella diversificazione della nostra produzione insieme a Geely Holding e a Renault Korea Motors, un'azienda che condivide la nostra attenzione alla qualità e alla sostenibilità», ha detto Thomas Ingenlath, amministratore delegato di Polestar. «Con la Polestar 3 pronta ad avviare la produzione a Chengdu, in Cina, all'inizio del 2024 e nella Carolina del Sud, negli Stati Uniti, nell'estate del 2024, presto avremo attività produttive in cinque stabilimenti, in tre Paesi, a sostegno delle nostre ambizioni di crescita globale».</p>
            """
        ).strip(),
        "section": "industria",
        "authors": ["digitalvoice"],
        "tags": [
            "Polestar",
            "Polestar 4",
            "Renault",
            "Renault Korea",
            "Geely",
            "Corea del Sud",
            "Fabbriche",
            "Export",
        ],
        "featured": True,
        "published": "2023-11-10T11:20",
        "image": {
            "motif": "factory-port",
            "cars": ["white", "red", "silver", "blue"],
            "alt": (
                "Illustrazione: uno stabilimento automobilistico con due ciminiere su una "
                "banchina, quattro auto in fila davanti e una nave per il trasporto di auto "
                "ormeggiata accanto"
            ),
            "caption": (
                "Una fabbrica affacciata sul porto: lo stabilimento di Busan ha accesso "
                "diretto agli scali d'imbarco"
            ),
        },
    },
]
