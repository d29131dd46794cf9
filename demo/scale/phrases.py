"""Phrase pools for generated articles: Italian automotive news, combined at
random (seeded) into titles, standfirsts and bodies. Plain data."""

BRANDS = [
    "Fiat", "Alfa Romeo", "Lancia", "Maserati", "Ferrari", "Lamborghini", "Jeep", "Peugeot",
    "Citroën", "Opel", "Renault", "Dacia", "Volkswagen", "Audi", "Škoda", "Seat", "Cupra",
    "BMW", "Mini", "Mercedes-Benz", "Smart", "Porsche", "Toyota", "Lexus", "Honda", "Mazda",
    "Nissan", "Suzuki", "Hyundai", "Kia", "Volvo", "Polestar", "Tesla", "BYD", "MG", "Geely",
    "Lynk & Co", "Xpeng", "Nio", "Leapmotor", "Ford", "Land Rover", "Jaguar", "DS",
]  # fmt: skip
MODELS = [
    "Panda", "500e", "Grande Panda", "Junior", "Tonale", "Ypsilon", "Grecale", "Avenger",
    "208", "3008", "C3", "Corsa", "Clio", "Scenic", "Duster", "Sandero", "Golf", "ID.3",
    "ID.7", "Tiguan", "Q4 e-tron", "A3", "Octavia", "Elroq", "Born", "Formentor", "iX1",
    "Serie 3", "Cooper", "Classe A", "CLA", "Taycan", "Macan", "Yaris", "C-HR", "RAV4",
    "Civic", "CX-60", "Qashqai", "Swift", "Kona", "Ioniq 5", "EV3", "Sportage", "EX30",
    "XC60", "Model 3", "Model Y", "Dolphin", "Seal", "Atto 3", "MG4", "ZS", "T03", "Puma",
    "Defender", "Range Rover Evoque",
]  # fmt: skip
TOPICS = [
    "Incentivi", "Ricarica", "Batterie", "Immatricolazioni", "Usato", "Noleggio", "Dazi",
    "Euro 7", "Emissioni", "Guida autonoma", "Sicurezza", "Software", "Idrogeno", "Ibride",
    "GPL", "Metano", "Fabbriche", "Lavoro", "Gigafactory", "Normative", "Codice della strada",
    "Città 30", "Car sharing", "Micromobilità", "Trasporto pubblico", "Autostrade",
    "Fiscalità", "Bollo auto", "Assicurazioni", "Flotte aziendali", "Motorsport", "Formula 1",
    "Rally", "Lusso", "SUV", "Utilitarie", "Station wagon", "Cabrio", "Pick-up", "Furgoni",
    "Mercato italiano", "Europa", "Cina", "Stati Uniti", "Giappone", "Corea del Sud",
    "Milano", "Torino", "Roma", "Bologna", "Napoli", "PNRR", "Export", "Componentistica",
    "Pneumatici", "Carburanti", "Prezzi", "Saloni", "Prova su strada", "Anteprime",
]  # fmt: skip

TITLE_PATTERNS = [
    "{brand} {model}, {what}",
    "{topic}: {fact}",
    "{brand} {verb} {thing}",
    "La nuova {brand} {model} {news}",
    "{topic}, {fact}",
    "Prova {brand} {model}: {verdict}",
]
WHAT = [
    "prezzi e allestimenti per l'Italia", "arriva la versione ibrida", "ecco la gamma 2027",
    "cosa cambia con il restyling", "autonomia e tempi di ricarica", "la prova su strada",
    "ordini aperti da domani", "tutte le novità dell'abitacolo", "il listino si abbassa",
]  # fmt: skip
FACT = [
    "cosa cambia dal prossimo mese", "le regole spiegate punto per punto",
    "i numeri del trimestre", "le richieste dei concessionari", "i dubbi delle associazioni",
    "il governo prepara un decreto", "l'Europa rinvia la decisione", "i dati regione per regione",
    "crescono le domande", "la filiera chiede tempo", "i sindaci divisi",
]  # fmt: skip
VERB = ["presenta", "annuncia", "rinnova", "richiama", "taglia i prezzi di", "porta in Italia"]
THING = [
    "una piattaforma elettrica", "il nuovo motore ibrido", "la gamma 2027",
    "un piano da due miliardi", "la produzione a Melfi", "il software di bordo",
    "una citycar da 20.000 euro", "tre nuovi SUV",
]  # fmt: skip
NEWS = [
    "debutta al Salone", "è ordinabile da oggi", "arriva a settembre", "cambia nome",
    "sarà prodotta in Italia", "ha un prezzo di lancio",
]  # fmt: skip
VERDICT = [
    "comoda e parca", "brillante ma cara", "la sorpresa dell'anno", "bene in città",
    "spaziosa e silenziosa", "da rivedere i comandi",
]  # fmt: skip
KICKERS = [
    "Novità", "Mercato", "L'analisi", "Anteprima", "Il caso", "Prova", "Tecnologia",
    "Normative", "In breve", "Il punto", "",
]  # fmt: skip

SENTENCES = [
    "La casa ha confermato che le prime consegne sono previste entro la fine dell'anno.",
    "Secondo i dati dell'associazione dei costruttori, le immatricolazioni sono cresciute del {n} per cento.",
    "L'autonomia dichiarata nel ciclo WLTP arriva a {km} chilometri con una sola carica.",
    "Il prezzo di listino parte da {price} euro, incentivi esclusi.",
    "Nel confronto con la generazione precedente l'abitacolo guadagna spazio per le gambe e un bagagliaio più capiente.",
    "I concessionari segnalano un aumento delle richieste di preventivo nelle ultime settimane.",
    "La rete di ricarica pubblica conta ormai oltre {n}.000 punti in tutta Italia, ma resta concentrata al Nord.",
    "Il ministero ha annunciato che il decreto attuativo sarà pubblicato entro {n} giorni.",
    "I sindacati chiedono garanzie sull'occupazione negli stabilimenti italiani del gruppo.",
    "Sulla strada la vettura si dimostra stabile e silenziosa, anche alle andature autostradali.",
    "Il sistema di assistenza alla guida di livello 2 mantiene la corsia e regola la distanza dal veicolo che precede.",
    "Gli analisti prevedono che la quota delle auto elettriche superi il {n} per cento entro tre anni.",
    "La batteria da {kwh} kWh si ricarica dal 10 all'80 per cento in circa {min} minuti in corrente continua.",
    "Il motore ibrido da {cv} cavalli lavora insieme a un'unità elettrica alimentata da una piccola batteria.",
    "Le associazioni dei consumatori chiedono regole più chiare sui prezzi alle colonnine.",
    "Il comune ha esteso il limite dei 30 all'ora a gran parte delle strade del centro.",
    "La produzione partirà nello stabilimento di Melfi, dove lavorano oltre {n}.000 persone.",
    "L'aggiornamento del software arriva via rete e non richiede il passaggio in officina.",
    "Le tariffe del noleggio a lungo termine sono scese per il terzo mese consecutivo.",
    "I dazi europei sulle elettriche prodotte in Cina restano al centro della trattativa.",
    "Nel primo semestre il mercato dell'usato ha superato i due milioni di passaggi di proprietà.",
    "La versione sportiva porta la potenza a {cv} cavalli e l'accelerazione da 0 a 100 in {sec} secondi.",
    "Il gruppo ha chiuso il trimestre con ricavi in crescita e margini stabili.",
    "Sulla rete autostradale i nuovi punti di ricarica ad alta potenza saranno attivi dalla primavera.",
]  # fmt: skip
SUBHEADS = [
    "Come va su strada", "I prezzi", "Cosa cambia", "I numeri", "Le reazioni",
    "La tecnologia", "Il contesto", "Le prossime tappe",
]  # fmt: skip
QUOTES = [
    "«È un passo avanti importante per tutta la filiera», ha detto l'amministratore delegato.",
    "«I clienti chiedono auto semplici e prezzi chiari», spiega un concessionario di Torino.",
    "«Serve un piano stabile, non incentivi a singhiozzo», commenta l'associazione di categoria.",
]  # fmt: skip
FIRST_NAMES = [
    "Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Davide",
    "Valentina", "Andrea", "Martina", "Paolo", "Elisa", "Stefano", "Federica", "Nicola",
]  # fmt: skip
LAST_NAMES = [
    "Bianchi", "Russo", "Ferrari", "Esposito", "Romano", "Gallo", "Costa", "Fontana",
    "Conti", "Ricci", "Bruno", "De Luca", "Moretti", "Lombardi", "Barbieri", "Galli",
]  # fmt: skip
MOTIFS = [
    "car", "factory", "factory-port", "port", "solar-plant", "construction", "chart", "brake",
    "dashboard", "cells", "city", "street-30", "scooter", "road",
]  # fmt: skip
CAR_COLOURS = ["red", "blue", "white", "black", "silver", "green", "yellow", "grey"]
