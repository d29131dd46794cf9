"""The demo publisher's legal data, the staff's roles, article types and one
sponsored piece. Invented: the company, people, numbers and the sponsor do not
exist (the P.IVA is a made-up number with a valid check digit)."""

from textwrap import dedent

PUBLISHER = {
    "masthead": "Newsroom Motori",
    "company": "Redazione Motori Digitale S.r.l.",
    "street_address": "Via dei Motori 12",
    "postal_code": "20121",
    "city": "Milano",
    "vat_number": "12345678903",
    "court": "Tribunale di Milano",
    "registration_number": "123/2024",
    "registration_date": "2024-03-15",
    "editor_in_chief": "Marco Bellandi",
    "roc_number": "40123",
    "email": "redazione@newsroom-motori.example",
    "pec": "redazione-motori@pec.example",
    "phone": "+39 02 1234 5678",
    "about_text": (
        "Newsroom Motori racconta ogni giorno l'automobile e la mobilità: novità, prove su "
        "strada, mercato e industria, dall'Italia e dal mondo.\n\n"
        "Siamo una redazione indipendente: nessuna casa automobilistica decide che cosa "
        "scriviamo. I contenuti pagati da un'azienda sono sempre segnalati come sponsorizzati."
    ),
    "contacts_text": (
        "Per segnalazioni, comunicati stampa e richieste di rettifica scrivete alla "
        "redazione: rispondiamo entro due giorni lavorativi."
    ),
    "policy_text": (
        "Verifichiamo ogni notizia con almeno una fonte diretta. Le prove su strada si "
        "fanno con auto fornite dalle case per un periodo limitato: lo scriviamo nell'articolo, "
        "e le case non vedono i testi prima della pubblicazione."
    ),
    "corrections_text": (
        "Gli errori si correggono nel testo e si segnalano in fondo all'articolo con la data "
        "della correzione. Le richieste di rettifica ai sensi dell'art. 8 della legge 47/1948 "
        "si inviano alla PEC della redazione."
    ),
}

AUTHOR_ROLES = {
    "marco-bellandi": ("Direttore responsabile", 1),
    "giulia-ferraresi": ("Caporedattrice", 2),
    "digitalvoice": ("Redattrice, desk digitale", 3),
    "chiara-montanari": ("Redattrice, novità e prodotto", 4),
    "luca-zanetti": ("Redattore, mercati internazionali", 5),
    "francesca-rinaldi": ("Redattrice, mobilità", 6),
    "paolo-cattaneo": ("Collaboratore", 7),
}

# Types of some demo pieces (the rest are news).
KINDS = {
    "prova-alfa-romeo-junior-ibrida": "review",
    "prova-cupra-born-vz": "review",
    "prova-lancia-ypsilon-hybrid": "review",
    "prova-volvo-ex30": "review",
    "prova-bmw-ix1-edrive20": "review",
    "prova-mercedes-benz-cla-elettrica": "review",
    "prova-toyota-yaris-cross-hybrid-130": "review",
    "usato-auto-batteria-prezzi-in-calo": "analysis",
}

SPONSOR = {
    "name": "Voltaria Energia",
    "link": "https://www.voltaria-energia.example/",
    "disclaimer": (
        "Contenuto realizzato in collaborazione con Voltaria Energia. La redazione di "
        "Newsroom Motori non ha partecipato alla sua realizzazione."
    ),
}

SPONSORED_ARTICLES = [
    {
        "title": "Ricaricare a casa l'auto elettrica: come scegliere la wallbox giusta",
        "slug": "ricaricare-casa-wallbox-guida",
        "kicker": "Guida",
        "kind": "sponsored",
        "sponsor": True,
        "standfirst": (
            "Potenza, contatore, app e incentivi: che cosa guardare prima di installare "
            "una stazione di ricarica nel box o nel cortile di casa."
        ),
        "body": dedent(
            """
            <p>Chi compra un'auto elettrica ricarica a casa quasi sempre: di notte, con l'energia che costa meno. La <strong>wallbox</strong> rende la ricarica più veloce e più sicura di una presa domestica.</p>
            <h2>Quanta potenza serve</h2>
            <p>Con un contatore da 3 kW una wallbox da 7,4 kW lavora a potenza ridotta: conviene chiedere un aumento al fornitore. Le offerte con installazione inclusa sono su <a href="https://www.voltaria-energia.example/wallbox">voltaria-energia.example</a>.</p>
            <h2>Incentivi</h2>
            <p>Le detrazioni fiscali per le infrastrutture di ricarica cambiano ogni anno: prima di firmare, verificate quelle in vigore. Le nostre notizie sulla <a href="/sezione/auto-elettriche/">ricarica</a> tengono il conto.</p>
            """
        ).strip(),
        "section": "auto-elettriche",
        "authors": ["digitalvoice"],
        "tags": ["Ricarica", "Wallbox"],
        "hours_ago": 30,
        "image": {
            "motif": "charger",
            "cars": ["blue"],
            "alt": "Illustrazione: un'auto blu collegata a una colonnina di ricarica",
            "caption": "Una stazione di ricarica domestica",
        },
    },
]
