"""Demo content for newsroom: sections, authors and articles in Italian.

Plain data with no Django imports, so it can be loaded by a management
command, a fixture builder or a test without side effects. Article bodies are
HTML that still goes through the sanitizer on import.
"""

from textwrap import dedent

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
        "name": "digitalvoice",
        "slug": "digitalvoice",
        "bio": (
            "Il desk digitale della redazione: notizie, comunicati e aggiornamenti "
            "quotidiani dal mondo dell'auto."
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

ARTICLES = [
    # --- Seed article (scraped original, cleaned) -------------------------------
    {
        "title": (
            "Lo stabilimento Renault Korea di Busan produrrà ed esporterà veicoli "
            "completamente elettrici a partire dal 2025"
        ),
        "slug": "renault-korea-busan-produrra-polestar-4",
        "kicker": "Auto elettriche",
        "standfirst": (
            "Renault Korea Motors produrrà la Polestar 4 nello stabilimento di Busan dalla "
            "seconda metà del 2025, per i mercati nordamericano e sudcoreano, grazie a un "
            "accordo con Polestar e Geely."
        ),
        "body": dedent(
            """
            <p>Dopo aver lanciato la propria gamma ibrida nel 2024, Renault Korea Motors (RKM) annuncia il prossimo passo per ampliare il proprio ruolo di hub per le esportazioni e raggiungere un accordo con Polestar. La produzione della Polestar 4, un veicolo esclusivamente elettrico, è prevista nello stabilimento di Busan entro la seconda metà del 2025.</p>
            <p>L’accordo è stato raggiunto tra Polestar, Geely Group e Renault Korea Motors (RKM) per la produzione di veicoli Polestar 4, presso lo stabilimento RKM di Busan per i mercati nordamericano e sudcoreano. Situato con accesso diretto ai porti di esportazione, lo stabilimento di Busan conta circa 2.000 dipendenti ed è rinomato da 23 anni di eccellenza nella produzione di veicoli. Lo stabilimento di Busan, che detiene la stimata posizione di primo posto nella classifica dei veicoli di qualità per il mercato interno.</p>
            <p>Dal 2022, Renault Korea si concentra sulla produzione di auto elettriche di fascia alta dei segmenti D ed E sia per i mercati nazionali che internazionali. Lo stabilimento di Busan ha una capacità annua di 300.000 unità ed è riconosciuto per le sue prestazioni di altissima qualità, classificandosi tra i principali OEM nazionali per la qualità iniziale negli ultimi 2 anni.</p>
            <p>Stephane Deblaise (nella foto d’apertura), amministratore delegato di RKM, afferma: “Polestar 4 sarà il primo veicolo completamente elettrico prodotto nello stabilimento di Busan, a simboleggiare il rinnovamento di Renault Korea Motors e la nostra ambiziosa visione per il futuro. Siamo molto orgogliosi di questa nuova partnership e grati al marchio Polestar per la fiducia. Da una prospettiva più ampia, vediamo ulteriori opportunità per Renault Korea Motors nel prossimo futuro, grazie ai nostri forti azionisti, Renault Group e Geely Group”.</p>
            <p>Thomas Ingenlath, CEO di Polestar, afferma: “Siamo molto felici di fare il passo successivo nella diversificazione della nostra impronta produttiva insieme a Geely Holding e Renault Korea Motors, un’azienda che condivide la nostra attenzione sia alla qualità che alla sostenibilità. Con la Polestar 3 pronta ad avviare la produzione a Chengdu, in Cina, all’inizio del 2024 e nella Carolina del Sud, negli Stati Uniti, nell’estate del 2024, presto avremo attività produttive in cinque stabilimenti, in tre paesi, a supporto delle nostre ambizioni di crescita globale”.</p>
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
        "hours_ago": 3,
        "image": {
            "alt": (
                "Stephane Deblaise, amministratore delegato di Renault Korea Motors, "
                "nello stabilimento di Busan"
            ),
            "caption": "Stephane Deblaise, amministratore delegato di RKM",
            "credit": "Renault Korea Motors",
            "motif": "factory",
        },
    },
    # --- Industria --------------------------------------------------------------
    {
        "title": "Stellantis, Mirafiori punta sulla 500 ibrida per rilanciare i volumi",
        "slug": "stellantis-mirafiori-500-ibrida-volumi",
        "kicker": "Il caso",
        "standfirst": (
            "La versione mild hybrid della city car torinese è il perno del piano per "
            "riportare lo storico stabilimento a volumi sostenibili. I sindacati restano "
            "cauti: servono altri modelli."
        ),
        "body": dedent(
            """
            <p>Lo stabilimento di <strong>Mirafiori</strong> torna al centro della strategia italiana di <strong>Stellantis</strong>. La nuova <em>500 ibrida</em>, che affianca la versione a batteria sulle stesse linee di Torino, è il modello su cui il gruppo conta per riportare la fabbrica a volumi produttivi più stabili dopo mesi segnati dalla cassa integrazione.</p>
            <h2>Una piattaforma, due motorizzazioni</h2>
            <p>Il progetto è nato adattando la piattaforma della 500 elettrica per ospitare un motore termico: un lavoro di ingegneria tutt'altro che banale, perché l'auto era stata disegnata attorno al pacco batterie. Sotto il cofano c'è un tre cilindri con sistema mild hybrid, una soluzione già nota ai clienti Fiat e pensata per contenere il prezzo di listino.</p>
            <p>Per lo stabilimento la doppia alimentazione è una garanzia di flessibilità. La produzione potrà essere bilanciata in base alla domanda reale, che in Italia resta orientata soprattutto verso le <strong>ibride</strong>, mentre le vendite delle auto a batteria crescono più lentamente del previsto.</p>
            <h2>Le richieste dei sindacati</h2>
            <p>Le organizzazioni sindacali accolgono con favore l'avvio della produzione, ma chiedono un piano di lungo periodo. Il nodo è sempre lo stesso: un solo modello difficilmente basta a saturare una delle fabbriche più grandi d'Europa, che in passato ha prodotto centinaia di migliaia di vetture l'anno.</p>
            <blockquote><p>La 500 ibrida è una buona notizia, ma per Mirafiori serve un secondo modello e una prospettiva chiara sul lavoro dei prossimi anni.</p></blockquote>
            <p>Il gruppo ricorda che a Torino restano attivi anche il polo per l'economia circolare, il centro di sviluppo delle batterie e la produzione dei cambi elettrificati destinati alle ibride. Tutti i dettagli sul piano industriale sono disponibili sul sito <a href="https://www.stellantis.com/it">Stellantis</a>.</p>
            """
        ).strip(),
        "section": "industria",
        "authors": ["marco-bellandi"],
        "tags": ["Stellantis", "Fiat", "Fabbriche", "Ibride", "Torino", "Lavoro"],
        "hours_ago": 26,
        "image": {
            "alt": "Catena di montaggio della Fiat 500 nello stabilimento di Mirafiori a Torino",
            "caption": "Le linee di Mirafiori, dove nasce la 500",
            "credit": "Ufficio stampa Stellantis",
            "motif": "factory",
        },
    },
    {
        "title": "Ferrari, a Maranello l'e-building che costruirà la prima Ferrari elettrica",
        "slug": "ferrari-maranello-e-building-prima-elettrica",
        "kicker": "Industria",
        "standfirst": (
            "Il nuovo edificio produttivo ospita sulle stesse linee motori termici, ibridi "
            "ed elettrici e porta in casa l'assemblaggio di batterie e motori elettrici."
        ),
        "body": dedent(
            """
            <p>A <strong>Maranello</strong> la transizione si misura in metri quadrati. Il nuovo <em>e-building</em> di <strong>Ferrari</strong>, nel cuore della cittadella produttiva, è stato progettato per costruire sulle stesse linee vetture con motore termico, ibride e completamente elettriche, compresa la prima Ferrari a batteria.</p>
            <p>L'edificio si sviluppa su oltre 40.000 metri quadrati e riunisce attività che finora venivano in parte affidate a fornitori esterni: l'assemblaggio dei moduli delle batterie, la produzione dei motori elettrici e degli assali elettrificati. Una scelta che, spiegano a Maranello, serve a proteggere il know-how e a controllare la qualità di ogni componente.</p>
            <h2>Tre strade, una sola fabbrica</h2>
            <p>La casa del Cavallino descrive la propria strategia come un percorso su tre binari: motori a combustione, ibridi plug-in e modelli full electric convivranno a lungo in gamma. L'obiettivo è lasciare al cliente la scelta, senza rinunciare ai motori che hanno fatto la storia del marchio.</p>
            <ul>
            <li><strong>Linee flessibili</strong>: i modelli possono essere alternati in base agli ordini.</li>
            <li><strong>Batterie</strong>: moduli e pacchi assemblati internamente.</li>
            <li><strong>Energia</strong>: il tetto è coperto da pannelli fotovoltaici.</li>
            </ul>
            <h2>Dalla pista alla strada</h2>
            <p>Le competenze maturate nel <em>motorsport</em>, dai sistemi ibridi delle monoposto di Formula 1 alla 499P che ha riportato il marchio alla vittoria a Le Mans, sono la base tecnica su cui poggia il progetto. Per il distretto emiliano delle fabbriche del lusso è un segnale importante: anche la trasformazione elettrica può restare radicata nel territorio.</p>
            <p>Approfondimenti e immagini sono pubblicati sul sito ufficiale <a href="https://www.ferrari.com/it-IT">Ferrari</a>.</p>
            """
        ).strip(),
        "section": "industria",
        "authors": ["chiara-montanari"],
        "tags": ["Ferrari", "Fabbriche", "Batterie", "Motorsport", "Lusso"],
        "hours_ago": 74,
        "image": {
            "alt": (
                "Facciata del nuovo e-building Ferrari a Maranello con i pannelli "
                "fotovoltaici sul tetto"
            ),
            "caption": "L'e-building nella cittadella produttiva di Maranello",
            "credit": "Ufficio stampa Ferrari",
            "motif": "factory",
        },
    },
    {
        "title": "BYD sbarca in Europa: a Szeged la prima fabbrica di auto del gruppo cinese",
        "slug": "byd-szeged-ungheria-prima-fabbrica-europea",
        "kicker": "Il piano",
        "standfirst": (
            "Il costruttore di Shenzhen produrrà in Ungheria auto elettriche e ibride per il "
            "mercato europeo, accorciando i tempi di consegna e aggirando l'impatto dei dazi."
        ),
        "body": dedent(
            """
            <p><strong>BYD</strong> mette radici in <strong>Europa</strong>. Lo stabilimento di <strong>Szeged</strong>, nel sud dell'<strong>Ungheria</strong>, è il primo impianto per auto del gruppo nel continente e segna il passaggio da esportatore a produttore locale per uno dei marchi che crescono più in fretta al mondo.</p>
            <p>La scelta dell'Ungheria non è casuale: il Paese ospita già le fabbriche di diversi costruttori tedeschi e una fitta rete di fornitori, oltre a impianti per la produzione di celle. A Szeged, secondo le indicazioni del gruppo, saranno assemblati modelli compatti a batteria e ibridi plug-in pensati per i gusti europei.</p>
            <h2>Perché produrre in Europa</h2>
            <p>Dietro la decisione ci sono anzitutto i <em>dazi</em> compensativi introdotti dall'Unione europea sulle auto a batteria importate dalla <strong>Cina</strong>. Produrre all'interno del mercato unico permette di evitarli, di ridurre i costi logistici e di consegnare le vetture in poche settimane invece che in mesi.</p>
            <ol>
            <li>Meno dazi sulle vetture vendute nell'Unione europea.</li>
            <li>Tempi di consegna più brevi per clienti e concessionari.</li>
            <li>Un'immagine di marchio più vicina ai consumatori europei.</li>
            </ol>
            <p>Il piano europeo di BYD prevede anche un secondo stabilimento in Turchia. Per le fabbriche del continente è un segnale ambivalente: nuovi posti di lavoro e investimenti da un lato, una concorrenza sempre più agguerrita per i marchi storici dall'altro.</p>
            """
        ).strip(),
        "section": "industria",
        "authors": ["luca-zanetti"],
        "tags": ["BYD", "Cina", "Europa", "Fabbriche", "Ungheria", "Dazi"],
        "hours_ago": 98,
        "image": {
            "alt": "Veduta aerea del cantiere dello stabilimento BYD di Szeged, in Ungheria",
            "caption": "Il sito produttivo di Szeged",
            "credit": "Ufficio stampa BYD",
            "motif": "factory",
        },
    },
    {
        "title": "Euro 7, cosa cambia davvero: freni, pneumatici e batterie sotto esame",
        "slug": "euro-7-cosa-cambia-freni-pneumatici-batterie",
        "kicker": "Le regole",
        "standfirst": (
            "La nuova norma europea lascia quasi invariati i limiti allo scarico delle auto, "
            "ma introduce per la prima volta controlli su polveri dei freni, usura degli "
            "pneumatici e durata delle batterie."
        ),
        "body": dedent(
            """
            <p>Chi si aspettava una rivoluzione allo scarico resterà sorpreso: per le automobili la norma <strong>Euro 7</strong> conferma in larga parte i limiti dell'Euro 6 sulle emissioni di gas inquinanti. La vera novità è altrove, in tutto ciò che un'auto rilascia nell'ambiente anche quando il motore non c'è.</p>
            <h2>Le novità principali</h2>
            <ul>
            <li><strong>Freni</strong>: per la prima volta viene fissato un limite alle particelle prodotte dall'usura di dischi e pastiglie, più basso per le auto a batteria che frenano molto grazie alla rigenerazione.</li>
            <li><strong>Pneumatici</strong>: arriveranno limiti sull'abrasione, con un calendario più lungo per dare tempo ai produttori di sviluppare metodi di prova condivisi.</li>
            <li><strong>Batterie</strong>: le auto elettriche e ibride plug-in dovranno conservare una quota minima della capacità originale dopo cinque e dopo otto anni di utilizzo.</li>
            <li><strong>Monitoraggio</strong>: i sistemi di bordo controlleranno le emissioni durante tutta la vita del veicolo.</li>
            </ul>
            <p>Le nuove regole si applicheranno prima ai modelli di nuova omologazione e, dopo un anno, a tutte le auto immatricolate. Per veicoli commerciali pesanti e autobus i limiti allo scarico diventano invece più severi.</p>
            <h2>Cosa significa per chi compra</h2>
            <p>Per gli automobilisti l'effetto più concreto riguarda le auto a batteria: la durata garantita dell'accumulatore diventa un requisito di legge e non solo una promessa commerciale, con ricadute positive anche sul mercato dell'usato. Per i costruttori, invece, le normative sulle polveri non allo scarico apriranno una nuova stagione di investimenti su freni e materiali.</p>
            <p>Il testo completo del regolamento è consultabile su <a href="https://eur-lex.europa.eu/">EUR-Lex</a>, il portale che in Europa raccoglie il diritto dell'Unione.</p>
            """
        ).strip(),
        "section": "industria",
        "authors": ["giulia-ferraresi"],
        "tags": ["Euro 7", "Europa", "Normative", "Batterie", "Emissioni"],
        "hours_ago": 150,
        "image": {
            "alt": "Disco e pinza di un freno d'auto in primo piano durante un test in laboratorio",
            "caption": "Le polveri dei freni entrano per la prima volta nei limiti europei",
            "credit": "Foto redazione",
            "motif": "car",
        },
    },
    {
        "title": "Gigafactory di Termoli, il progetto resta in attesa: il territorio chiede certezze",
        "slug": "gigafactory-termoli-progetto-in-attesa",
        "kicker": "Il caso",
        "standfirst": (
            "La fabbrica di celle per batterie prevista nello stabilimento molisano è "
            "ferma in attesa di un mercato più chiaro. Sindacati e istituzioni locali "
            "chiedono tempi e garanzie."
        ),
        "body": dedent(
            """
            <p>Doveva essere il simbolo della riconversione elettrica del Mezzogiorno. La <strong>gigafactory</strong> di <strong>Termoli</strong>, progettata da ACC, la società per le batterie nata dall'alleanza tra <strong>Stellantis</strong>, <strong>Mercedes-Benz</strong> e TotalEnergies, è invece in attesa di una decisione definitiva.</p>
            <p>I soci hanno spiegato di voler verificare l'andamento della domanda europea di auto a batteria e valutare l'impiego di chimiche meno costose, come le celle al litio-ferro-fosfato, prima di confermare gli investimenti. Una cautela che riguarda anche altri progetti di fabbriche di celle nel continente.</p>
            <h2>I nodi aperti</h2>
            <ul>
            <li><strong>La tecnologia</strong>: quale chimica produrre, e con quali partner.</li>
            <li><strong>Le risorse pubbliche</strong>: i fondi inizialmente destinati al progetto sono stati in parte riprogrammati.</li>
            <li><strong>Il lavoro</strong>: il futuro dei dipendenti impegnati oggi nella produzione di motori e cambi.</li>
            </ul>
            <p>Nel frattempo lo stabilimento continua a produrre motori e componenti per le vetture del gruppo, ma con volumi inferiori al passato. Sindacati ed enti locali chiedono un incontro al ministero per ottenere un calendario preciso.</p>
            <blockquote><p>Non chiediamo promesse, chiediamo date: chi lavora qui deve sapere che cosa produrrà tra tre anni.</p></blockquote>
            <p>La partita di Termoli va oltre il Molise: dalla capacità di produrre batterie in Europa dipende una parte importante dell'autonomia industriale del settore nei prossimi decenni.</p>
            """
        ).strip(),
        "section": "industria",
        "authors": ["marco-bellandi", "francesca-rinaldi"],
        "tags": ["Stellantis", "Mercedes-Benz", "Batterie", "Gigafactory", "Fabbriche", "Lavoro"],
        "hours_ago": 210,
        "image": {
            "alt": "Ingresso dello stabilimento Stellantis di Termoli con il parcheggio dei dipendenti",
            "caption": "Lo stabilimento di Termoli, in Molise",
            "credit": "Foto redazione",
            "motif": "factory",
        },
    },
    {
        "title": "Volkswagen riparte dal software: con Rivian una nuova architettura per il gruppo",
        "slug": "volkswagen-rivian-software-architettura",
        "kicker": "Tecnologia",
        "standfirst": (
            "La joint venture tra il gruppo tedesco e la casa americana svilupperà "
            "l'elettronica e il software dei futuri modelli, a partire dalle compatte a "
            "batteria di fascia d'ingresso."
        ),
        "body": dedent(
            """
            <p>Per anni il <strong>software</strong> è stato il tallone d'Achille di <strong>Volkswagen</strong>. I ritardi accumulati dalla divisione interna dedicata ai sistemi di bordo hanno pesato sul lancio di alcuni modelli, anche di <strong>Audi</strong> e Porsche. Ora il gruppo cambia strada e si affida a una joint venture con Rivian, il costruttore americano di pick-up e SUV elettrici.</p>
            <h2>Meno centraline, più aggiornamenti</h2>
            <p>Il cuore del progetto è un'architettura <em>zonale</em>: invece di decine di centraline dedicate a singole funzioni, pochi computer potenti gestiscono intere aree del veicolo. Il risultato è un impianto elettrico più semplice, meno cavi e la possibilità di aggiornare l'auto a distanza, come si fa con uno smartphone.</p>
            <p>I primi modelli a beneficiarne, secondo quanto indicato dal gruppo, saranno le compatte a batteria pensate per riportare il marchio nella fascia di prezzo più accessibile. In <strong>Europa</strong> è lì che si gioca la sfida dei volumi, e l'architettura sarà poi estesa progressivamente agli altri marchi.</p>
            <h2>La partita della guida autonoma</h2>
            <p>Una piattaforma software unica è anche il presupposto per sviluppare funzioni di assistenza alla guida sempre più evolute, fino ai primi livelli di <strong>guida autonoma</strong>. Su questo terreno i costruttori europei devono recuperare terreno rispetto ai concorrenti americani e cinesi.</p>
            <blockquote><p>Oggi un'auto si giudica anche da come migliora nel tempo: il software è diventato un componente strategico quanto il motore.</p></blockquote>
            <p>Resta da capire quanto rapidamente la nuova architettura arriverà su strada: il gruppo ha fissato tappe ambiziose, e il mercato giudicherà soprattutto la capacità di rispettarle.</p>
            """
        ).strip(),
        "section": "industria",
        "authors": ["luca-zanetti"],
        "tags": ["Volkswagen", "Audi", "Software", "Guida autonoma", "Europa"],
        "hours_ago": 330,
        "image": {
            "alt": "Cruscotto digitale di un'auto Volkswagen con lo schermo centrale acceso",
            "caption": "Il software è ormai il cuore dell'esperienza a bordo",
            "credit": "Ufficio stampa Volkswagen",
            "motif": "car",
        },
    },
    # --- Auto elettriche --------------------------------------------------------
    {
        "title": "Renault 5 E-Tech, l'elettrica che riparte dalla storia",
        "slug": "renault-5-e-tech-elettrica-storia",
        "kicker": "Novità",
        "standfirst": (
            "Linee ispirate alla R5 degli anni Settanta, una piattaforma dedicata e un prezzo "
            "pensato per portare l'auto a batteria nel cuore del segmento B."
        ),
        "body": dedent(
            """
            <p>C'è molta nostalgia, ma anche parecchia sostanza, nella nuova <strong>Renault 5 E-Tech</strong>. La piccola francese riprende le proporzioni e alcuni dettagli della R5 originale, dalla presa d'aria sul cofano che qui nasconde l'indicatore di carica ai fari squadrati, e li trasferisce su un'auto a batteria progettata da zero.</p>
            <h2>Due batterie, tre potenze</h2>
            <p>La 5 nasce sulla piattaforma AmpR Small, sviluppata da <strong>Renault</strong> per le utilitarie a batteria del gruppo. In gamma ci sono due accumulatori e tre livelli di potenza:</p>
            <ul>
            <li>batteria da <strong>40 kWh</strong>, abbinata ai motori da 95 e 120 CV, pensata per l'uso urbano;</li>
            <li>batteria da <strong>52 kWh</strong> con il motore da 150 CV, per un'autonomia dichiarata di circa 400 km;</li>
            <li>ricarica rapida in corrente continua fino a 100 kW sulle versioni più ricche.</li>
            </ul>
            <p>Tra le soluzioni più interessanti c'è la <em>ricarica bidirezionale</em>: con l'impianto domestico adatto la Renault 5 può restituire energia alla rete nelle ore di punta, un servizio che la casa propone insieme a contratti dedicati in alcuni Paesi europei.</p>
            <h2>Made in France</h2>
            <p>L'auto viene prodotta a Douai, nel nord della Francia, all'interno del polo industriale che Renault ha dedicato alle utilitarie a batteria. Una scelta che punta a contenere i costi logistici e a ridurre l'impronta di carbonio della produzione.</p>
            <p>Il listino italiano parte da circa 25.000 euro per la versione d'accesso, prima degli eventuali incentivi. Configurazioni e prezzi aggiornati sono disponibili su <a href="https://www.renault.it/">renault.it</a>.</p>
            """
        ).strip(),
        "section": "auto-elettriche",
        "authors": ["chiara-montanari"],
        "tags": ["Renault", "Utilitarie", "Batterie", "Ricarica"],
        "hours_ago": 50,
        "image": {
            "alt": "Renault 5 E-Tech gialla parcheggiata in una via del centro città",
            "caption": "La Renault 5 E-Tech nella tinta di lancio",
            "credit": "Ufficio stampa Renault",
            "motif": "car",
        },
    },
    {
        "title": "Hyundai Inster, la piccola elettrica coreana che vuole conquistare le città",
        "slug": "hyundai-inster-piccola-elettrica-citta",
        "kicker": "Auto elettriche",
        "standfirst": (
            "Meno di quattro metri di lunghezza, quattro posti con sedili tutti ripiegabili e "
            "fino a circa 370 km di autonomia dichiarata: la proposta di Hyundai per le "
            "citycar a batteria."
        ),
        "body": dedent(
            """
            <p>Con la <strong>Inster</strong>, <strong>Hyundai</strong> porta in Europa un'auto nata per le strade strette delle metropoli asiatiche. Lunga poco più di 3,8 metri, la piccola coreana si inserisce nel segmento delle utilitarie a batteria, dove l'offerta è ancora limitata e i prezzi sono spesso alti.</p>
            <p>La Inster viene prodotta in <strong>Corea del Sud</strong> ed è proposta con due batterie, da 42 e 49 kWh. Con l'accumulatore più grande l'autonomia dichiarata nel ciclo WLTP arriva a circa 370 km, un valore che la rende adatta anche ai viaggi fuori città.</p>
            <h2>Spazio da monovolume</h2>
            <p>Il punto forte è l'abitacolo. Tutti i sedili, compreso quello del guidatore, si possono ripiegare, e il divano posteriore scorre per privilegiare lo spazio per le gambe o quello per i bagagli. La plancia è dominata da due schermi da 10,25 pollici.</p>
            <ul>
            <li><strong>Ricarica</strong>: in corrente continua, dal 10 all'80% in una trentina di minuti.</li>
            <li><strong>V2L</strong>: la presa consente di alimentare dispositivi esterni, dal computer alla bici elettrica.</li>
            <li><strong>Cross</strong>: una versione dal look più avventuroso, con protezioni e barre sul tetto.</li>
            </ul>
            <p>La concorrenza, in questa fascia, cresce rapidamente, soprattutto da parte dei marchi cinesi. Hyundai punta su qualità percepita, garanzia sulla batteria e una rete di assistenza capillare. Tutte le informazioni sulla gamma sono su <a href="https://www.hyundai.com/it/">hyundai.com</a>.</p>
            """
        ).strip(),
        "section": "auto-elettriche",
        "authors": ["francesca-rinaldi"],
        "tags": ["Hyundai", "Corea del Sud", "Utilitarie", "Batterie", "Ricarica"],
        "hours_ago": 120,
        "image": {
            "alt": "Hyundai Inster verde chiaro in sosta davanti a un edificio moderno",
            "caption": "La Inster misura poco più di 3,8 metri",
            "credit": "Ufficio stampa Hyundai",
            "motif": "car",
        },
    },
    {
        "title": "Batterie al sodio, la chimica che può rendere più economiche le auto a batteria",
        "slug": "batterie-sodio-auto-piu-economiche",
        "kicker": "Tecnologia",
        "standfirst": (
            "Meno costose e più resistenti al freddo, le celle agli ioni di sodio stanno "
            "passando dai laboratori alle linee di produzione. Ecco vantaggi, limiti e tempi."
        ),
        "body": dedent(
            """
            <p>Il litio non è l'unica strada. Le <strong>batterie al sodio</strong> stanno uscendo dai laboratori e, secondo molti analisti, potrebbero contribuire ad abbassare il prezzo delle auto elettriche più piccole. Il sodio si ricava dal comune sale, è abbondante e distribuito in tutto il mondo, e non richiede materiali critici come cobalto e nichel.</p>
            <h2>Vantaggi e limiti</h2>
            <p>Rispetto alle celle agli ioni di litio più diffuse, quelle al sodio immagazzinano meno energia a parità di peso. In compenso offrono alcuni punti di forza importanti:</p>
            <ul>
            <li><strong>costo</strong>: materie prime più economiche e filiera meno esposta alle oscillazioni dei prezzi;</li>
            <li><strong>freddo</strong>: prestazioni che calano meno alle basse temperature;</li>
            <li><strong>sicurezza</strong>: un rischio ridotto di surriscaldamento;</li>
            <li><strong>densità</strong>: inferiore, quindi autonomie più contenute a parità di ingombro.</li>
            </ul>
            <p>Per questo la tecnologia sembra adatta soprattutto alle utilitarie da città, ai veicoli commerciali leggeri e all'accumulo stazionario di energia, dove il peso conta meno del prezzo.</p>
            <h2>La spinta della Cina</h2>
            <p>A guidare la corsa sono i produttori cinesi. <strong>CATL</strong>, il più grande fabbricante di celle al mondo, ha annunciato l'avvio della produzione in serie di batterie al sodio per auto, anche in configurazioni miste che combinano celle al sodio e al litio nello stesso pacco.</p>
            <blockquote><p>Il sodio non sostituirà il litio, lo affiancherà: per le auto elettriche piccole e per chi vive in climi freddi può essere la soluzione più conveniente.</p></blockquote>
            <p>In Europa diversi centri di ricerca e start-up lavorano su questa chimica, ma i volumi restano lontani da quelli asiatici. La vera prova sarà vedere i primi modelli in vendita anche sul nostro mercato, con prezzi davvero più bassi.</p>
            """
        ).strip(),
        "section": "auto-elettriche",
        "authors": ["giulia-ferraresi"],
        "tags": ["Batterie", "CATL", "Cina", "Utilitarie"],
        "hours_ago": 180,
        "image": {
            "alt": "Celle per batterie disposte in fila su un banco di laboratorio",
            "caption": "Celle agli ioni di sodio durante i test",
            "credit": "Foto redazione",
            "motif": "factory",
        },
    },
    {
        "title": "Incentivi per le auto a zero emissioni: come funziona il bonus e chi può chiederlo",
        "slug": "incentivi-auto-zero-emissioni-come-funziona-bonus",
        "kicker": "Guida pratica",
        "standfirst": (
            "Contributi legati all'ISEE e rottamazione obbligatoria di un veicolo più "
            "inquinante: requisiti, importi e passaggi per accedere agli incentivi statali."
        ),
        "body": dedent(
            """
            <p>Tornano gli <strong>incentivi</strong> per chi acquista un'auto a zero emissioni, con regole diverse dal passato. Il nuovo schema è pensato per le famiglie con redditi medi e bassi e per chi vive nelle aree urbane, dove il rinnovo del parco circolante ha l'effetto maggiore sulla qualità dell'aria.</p>
            <h2>Quanto vale il contributo</h2>
            <p>L'importo dipende dall'<strong>ISEE</strong>: secondo quanto previsto dal decreto, il bonus può arrivare fino a 11.000 euro per i nuclei con l'indicatore più basso e scende per le fasce superiori. È sempre richiesta la rottamazione di un veicolo più vecchio e inquinante, e il prezzo dell'auto nuova non deve superare un tetto massimo, una soglia che di fatto orienta gli acquisti verso utilitarie e compatte. Anche le microimprese possono accedere al contributo per i veicoli commerciali.</p>
            <h2>Come fare domanda</h2>
            <ol>
            <li>Verificare di avere un ISEE valido e di risiedere in uno dei comuni ammessi.</li>
            <li>Registrarsi sulla piattaforma online indicata dal ministero e ottenere il voucher.</li>
            <li>Consegnare il voucher al concessionario, che applica lo sconto in fattura.</li>
            <li>Rottamare il vecchio veicolo entro i termini previsti.</li>
            </ol>
            <p>Le risorse sono limitate e vengono assegnate in ordine di arrivo delle domande: negli ultimi anni i fondi si sono esauriti in pochi giorni, a volte in poche ore. Conviene quindi preparare la documentazione in anticipo.</p>
            <p>Per gli operatori del mercato italiano gli incentivi sono una boccata d'ossigeno, ma molti chiedono normative stabili e pluriennali per evitare l'effetto stop and go. I dettagli ufficiali sono pubblicati sul sito del <a href="https://www.mase.gov.it/">ministero dell'Ambiente e della Sicurezza energetica</a>.</p>
            """
        ).strip(),
        "section": "auto-elettriche",
        "authors": ["francesca-rinaldi"],
        "tags": ["Incentivi", "Mercato italiano", "Utilitarie", "Normative"],
        "hours_ago": 8,
        "image": {
            "alt": "Auto a batteria esposte in una concessionaria con i cartelli sugli incentivi",
            "caption": "Il contributo è legato all'ISEE e alla rottamazione",
            "credit": "Foto redazione",
            "motif": "car",
        },
    },
    {
        "title": "Kia EV3, l'elettrica compatta che promette oltre 600 km di autonomia",
        "slug": "kia-ev3-elettrica-compatta-autonomia",
        "kicker": "Auto elettriche",
        "standfirst": (
            "Il SUV compatto coreano porta nel segmento C la tecnologia delle sorelle maggiori "
            "EV6 ed EV9, con due batterie e un'autonomia dichiarata fino a 605 km nel ciclo WLTP."
        ),
        "body": dedent(
            """
            <p><strong>Kia</strong> scende di taglia senza rinunciare ai numeri. La <strong>EV3</strong>, lunga poco più di 4,3 metri, è il SUV a batteria più compatto del marchio e, con la batteria da 81,4 kWh, dichiara un'autonomia fino a <strong>605 km</strong>: un valore da segmento superiore.</p>
            <h2>Scheda tecnica</h2>
            <ul>
            <li>Motore anteriore da 204 CV.</li>
            <li>Batterie da 58,3 e 81,4 kWh.</li>
            <li>Ricarica rapida dal 10 all'80% in circa 30 minuti.</li>
            <li>Funzione V2L per alimentare dispositivi esterni.</li>
            </ul>
            <p>L'architettura elettrica è a 400 volt, una scelta che contiene i costi rispetto ai sistemi a 800 volt della EV6. La <em>ricarica</em> resta comunque competitiva per la categoria, e il pedale singolo regolabile consente di guidare in città quasi senza usare il freno.</p>
            <h2>Un SUV per le famiglie</h2>
            <p>Il bagagliaio da oltre 460 litri, il vano anteriore e il tavolino a scomparsa nella plancia sono pensati per l'uso quotidiano. La EV3 è prodotta in <strong>Corea del Sud</strong> e arriva in Europa con la garanzia di sette anni che da sempre distingue il marchio.</p>
            <blockquote><p>Con la EV3 l'autonomia smette di essere un privilegio delle auto più care.</p></blockquote>
            <p>La sfida si giocherà sul prezzo, in un segmento dove l'offerta di SUV a batteria è sempre più ampia. Allestimenti e listino sono disponibili su <a href="https://www.kia.com/it/">kia.com</a>.</p>
            """
        ).strip(),
        "section": "auto-elettriche",
        "authors": ["chiara-montanari"],
        "tags": ["Kia", "Corea del Sud", "SUV", "Batterie", "Ricarica"],
        "hours_ago": 260,
        "image": {
            "alt": "Kia EV3 blu in movimento su una strada di collina",
            "caption": "La Kia EV3 durante la presentazione alla stampa",
            "credit": "Ufficio stampa Kia",
            "motif": "road",
        },
    },
    {
        "title": "Tesla rinnova la Model Y: più silenziosa, più efficiente e con uno schermo dietro",
        "slug": "tesla-model-y-restyling-novita",
        "kicker": "Aggiornamento",
        "standfirst": (
            "Il SUV più venduto della casa californiana cambia design e interni. Per l'Europa "
            "la produzione resta concentrata a Grünheide, alle porte di Berlino."
        ),
        "body": dedent(
            """
            <p>La <strong>Tesla Model Y</strong> cambia volto. Il SUV elettrico, per diversi anni tra le auto più vendute al mondo, adotta una sottile barra luminosa che attraversa il frontale e la coda, nuovi fari e paraurti ridisegnati che migliorano l'aerodinamica.</p>
            <h2>Più comfort a bordo</h2>
            <p>Le novità più importanti sono all'interno. L'isolamento acustico è stato migliorato, le sospensioni riviste per filtrare meglio le asperità e i sedili anteriori ora sono anche ventilati. Chi siede dietro trova uno schermo da 8 pollici per regolare il clima e guardare contenuti multimediali.</p>
            <ul>
            <li>Nuova illuminazione anteriore e posteriore.</li>
            <li>Abitacolo più silenzioso e sospensioni riviste.</li>
            <li>Schermo posteriore per i passeggeri.</li>
            <li>Autonomia leggermente superiore rispetto alla versione precedente.</li>
            </ul>
            <h2>Il software resta il centro</h2>
            <p>Come sempre per <strong>Tesla</strong>, buona parte dell'esperienza passa dal <em>software</em>, aggiornato a distanza. Le funzioni di assistenza più evolute, però, restano legate al quadro normativo europeo sulla <strong>guida autonoma</strong>, più restrittivo di quello statunitense: in Italia molte funzioni annunciate negli Stati Uniti arrivano con ritardo o in forma ridotta.</p>
            <p>Per il mercato europeo la Model Y continua a essere prodotta nello stabilimento di Grünheide, in Germania. Prezzi e configurazioni sono su <a href="https://www.tesla.com/it_it">tesla.com</a>.</p>
            """
        ).strip(),
        "section": "auto-elettriche",
        "authors": ["luca-zanetti"],
        "tags": ["Tesla", "SUV", "Software", "Guida autonoma"],
        "hours_ago": 400,
        "image": {
            "alt": "Tesla Model Y grigia vista di tre quarti anteriore con la nuova barra luminosa",
            "caption": "Il frontale rivisto della Model Y",
            "credit": "Ufficio stampa Tesla",
            "motif": "car",
        },
    },
    {
        "title": "Idrogeno, in Italia le stazioni di rifornimento restano poche: la sfida della Mirai",
        "slug": "idrogeno-stazioni-rifornimento-toyota-mirai",
        "kicker": "Il punto",
        "standfirst": (
            "Le auto a celle a combustibile sono elettriche a tutti gli effetti, ma senza una "
            "rete di distributori l'idrogeno resta confinato a flotte e progetti pilota."
        ),
        "body": dedent(
            """
            <p>Cinque minuti per fare il pieno e oltre 600 km di autonomia dichiarata: sulla carta la <strong>Toyota Mirai</strong> risolve i due problemi che ancora frenano molti automobilisti davanti alle auto a batteria. Nella pratica, in Italia, trovare un distributore di <strong>idrogeno</strong> è ancora un'impresa.</p>
            <h2>Come funziona</h2>
            <p>Una vettura a celle a combustibile è un'auto a trazione elettrica che produce a bordo l'energia di cui ha bisogno: l'idrogeno stoccato nei serbatoi reagisce con l'ossigeno dell'aria e genera corrente, mentre dallo scarico esce solo vapore acqueo. Oltre a Toyota, anche <strong>Hyundai</strong> propone da anni un SUV con questa tecnologia.</p>
            <h2>Il nodo della rete</h2>
            <p>Le stazioni aperte al pubblico nel nostro Paese si contano sulle dita di una mano. Nuovi impianti sono finanziati dal <strong>PNRR</strong> lungo i principali corridoi di trasporto, ma sono pensati soprattutto per camion e autobus, che percorrono tratte regolari e possono contare su depositi dedicati.</p>
            <blockquote><p>Per le auto private l'idrogeno resta una scommessa di lungo periodo; per il trasporto pesante e per il trasporto pubblico è già una realtà da costruire.</p></blockquote>
            <p>Anche il costo è un tema: il prezzo al chilo dell'idrogeno rende oggi il chilometro più caro rispetto alla ricarica domestica di un'auto a batteria. La partita, più che sulle vetture, si gioca sulla produzione di idrogeno verde da fonti rinnovabili.</p>
            """
        ).strip(),
        "section": "auto-elettriche",
        "authors": ["paolo-cattaneo"],
        "tags": ["Idrogeno", "Toyota", "Hyundai", "PNRR", "Trasporto pubblico"],
        "hours_ago": 600,
        "image": {
            "alt": (
                "Pistola di rifornimento di idrogeno collegata a una Toyota Mirai in una "
                "stazione di servizio"
            ),
            "caption": "Il rifornimento di idrogeno richiede pochi minuti",
            "credit": "Ufficio stampa Toyota",
            "motif": "charger",
        },
    },
    # --- Mercato ----------------------------------------------------------------
    {
        "title": "Mercato auto in Italia, il mese chiude in crescita grazie alle ibride",
        "slug": "mercato-auto-italia-immatricolazioni-crescita-ibride",
        "kicker": "I dati",
        "standfirst": (
            "Le immatricolazioni tornano a salire, spinte dalle ibride che sfiorano metà del "
            "mercato. Le auto a batteria restano sotto la media europea."
        ),
        "body": dedent(
            """
            <p>Segno più per il <strong>mercato italiano</strong> dell'auto. Nel mese appena concluso le <strong>immatricolazioni</strong> di autovetture hanno superato quota 130.000, in crescita di circa il 4% rispetto allo stesso mese dell'anno scorso, secondo le prime stime di settore (dati dimostrativi).</p>
            <h2>Le alimentazioni</h2>
            <p>A trainare le vendite sono ancora una volta le <strong>ibride</strong>, che da sole valgono quasi metà del mercato. Questa la ripartizione approssimativa per alimentazione:</p>
            <ul>
            <li><strong>ibride</strong> (mild e full): circa il 44%;</li>
            <li><strong>benzina</strong>: intorno al 26%;</li>
            <li><strong>diesel</strong> e <strong>GPL</strong>: poco meno del 10% ciascuno;</li>
            <li><strong>ibride plug-in</strong>: circa il 6%;</li>
            <li><strong>auto a batteria</strong>: intorno al 5%.</li>
            </ul>
            <p>La quota delle auto a batteria resta lontana dalla media europea, ma gli operatori si aspettano un effetto positivo dagli incentivi nei prossimi mesi, quando saranno consegnate le vetture ordinate con il contributo statale.</p>
            <h2>Marchi e modelli</h2>
            <p><strong>Stellantis</strong> si conferma primo gruppo, con una quota vicina al 30%. Nella classifica dei modelli la Fiat Panda resta saldamente in testa, seguita dalla <strong>Dacia</strong> Sandero e dalla <strong>Jeep</strong> Avenger, prodotta in Polonia ma disegnata in Italia. Bene anche Toyota e i marchi cinesi, in crescita a doppia cifra.</p>
            <p>I dati ufficiali mensili sono pubblicati dal <a href="https://www.mit.gov.it/">ministero delle Infrastrutture e dei Trasporti</a>.</p>
            """
        ).strip(),
        "section": "mercato",
        "authors": ["francesca-rinaldi", "digitalvoice"],
        "tags": ["Mercato italiano", "Immatricolazioni", "Ibride", "Stellantis", "Dacia", "Jeep"],
        "hours_ago": 5,
        "image": {
            "alt": "Grafico a barre con le immatricolazioni mensili di auto in Italia per alimentazione",
            "caption": "Le quote di mercato per alimentazione nel mese",
            "credit": "Elaborazione redazione",
            "motif": "chart",
        },
    },
    {
        "title": "Usato, le auto a batteria di seconda mano costano sempre meno",
        "slug": "usato-auto-batteria-prezzi-in-calo",
        "kicker": "Mercato",
        "standfirst": (
            "Listini del nuovo in calo e timori sulla durata delle batterie pesano sulle "
            "quotazioni. Per chi compra è un'occasione, purché si verifichi lo stato di salute "
            "dell'accumulatore."
        ),
        "body": dedent(
            """
            <p>Chi cerca un'auto a batteria senza spendere una fortuna dovrebbe dare un'occhiata all'<strong>usato</strong>. Negli ultimi mesi le quotazioni delle elettriche di seconda mano sono scese più rapidamente di quelle delle auto a benzina e diesel, aprendo spazi interessanti sul <strong>mercato italiano</strong>.</p>
            <h2>Perché i prezzi scendono</h2>
            <p>I motivi sono diversi. Le riduzioni di listino sul nuovo, a partire da quelle decise da <strong>Tesla</strong>, hanno trascinato verso il basso anche il valore delle auto già in circolazione. A questo si aggiungono i rientri dal <strong>noleggio</strong> a lungo termine, che immettono sul mercato molte vetture con tre o quattro anni di vita, e i timori, spesso infondati, sulla durata delle <strong>batterie</strong>.</p>
            <h2>Cosa controllare prima di comprare</h2>
            <ol>
            <li>Richiedere il certificato sullo <strong>stato di salute</strong> della batteria (SoH).</li>
            <li>Verificare la garanzia residua sull'accumulatore, spesso di otto anni o 160.000 km.</li>
            <li>Controllare che la dotazione comprenda i cavi di ricarica.</li>
            <li>Chiedere se il software è aggiornato all'ultima versione disponibile.</li>
            </ol>
            <blockquote><p>Una batteria ben gestita perde pochi punti percentuali di capacità nei primi anni: il certificato è la migliore garanzia per chi compra e per chi vende.</p></blockquote>
            <p>Per i concessionari la sfida è rendere trasparenti queste informazioni. Chi ci riesce trasforma un problema di magazzino in un'opportunità: un'auto a batteria usata ben documentata può costare quanto un'utilitaria nuova a benzina.</p>
            """
        ).strip(),
        "section": "mercato",
        "authors": ["luca-zanetti"],
        "tags": ["Usato", "Mercato italiano", "Batterie", "Tesla", "Noleggio"],
        "hours_ago": 140,
        "image": {
            "alt": "Fila di auto usate a batteria nel piazzale di un concessionario",
            "caption": "Le quotazioni dell'usato a batteria sono in calo",
            "credit": "Foto redazione",
            "motif": "car",
        },
    },
    {
        "title": "Noleggio a lungo termine, le flotte aziendali spingono plug-in ed elettriche",
        "slug": "noleggio-lungo-termine-flotte-aziendali",
        "kicker": "Flotte",
        "standfirst": (
            "Il noleggio vale ormai una quota rilevante delle immatricolazioni in Italia. La "
            "fiscalità dei fringe benefit e i costi di gestione orientano le scelte delle aziende."
        ),
        "body": dedent(
            """
            <p>Il <strong>noleggio</strong> a lungo termine è diventato uno dei motori del mercato italiano: circa un'auto nuova su quattro viene immatricolata da società di noleggio, e le <strong>flotte aziendali</strong> sono il terreno dove le alimentazioni elettrificate crescono più in fretta.</p>
            <h2>Il peso della fiscalità</h2>
            <p>A orientare le scelte è soprattutto la <strong>fiscalità</strong> dei fringe benefit, cioè il valore dell'auto aziendale concessa in uso promiscuo che entra nella busta paga del dipendente. Le nuove regole premiano in modo netto le motorizzazioni a basse emissioni:</p>
            <ul>
            <li><strong>auto a batteria</strong>: si tassa il 10% del costo chilometrico convenzionale;</li>
            <li><strong>ibride plug-in</strong>: la percentuale sale al 20%;</li>
            <li><strong>tutte le altre</strong>: si arriva al 50%.</li>
            </ul>
            <p>Il risultato è che molti gestori di flotte stanno rivedendo le car list, inserendo più modelli ricaricabili e installando punti di ricarica nelle sedi aziendali. Le <strong>ibride</strong> tradizionali restano comunque molto richieste da chi percorre tante autostrade.</p>
            <h2>Cresce anche il noleggio ai privati</h2>
            <p>Non ci sono solo le aziende. Sempre più privati scelgono una rata mensile che comprende assicurazione, manutenzione e assistenza, rinunciando alla proprietà. Una formula che piace soprattutto a chi teme la svalutazione delle auto a batteria e preferisce lasciare il rischio alla società di noleggio.</p>
            """
        ).strip(),
        "section": "mercato",
        "authors": ["francesca-rinaldi"],
        "tags": ["Noleggio", "Flotte aziendali", "Ibride", "Mercato italiano", "Fiscalità"],
        "hours_ago": 230,
        "image": {
            "alt": "Parcheggio aziendale con auto a noleggio collegate alle colonnine di ricarica",
            "caption": "Sempre più aziende installano punti di ricarica in sede",
            "credit": "Foto redazione",
            "motif": "charger",
        },
    },
    {
        "title": "L'export di auto cinesi corre ancora: l'Europa resta il mercato chiave",
        "slug": "export-auto-cinesi-europa-dazi",
        "kicker": "Scenari",
        "standfirst": (
            "La Cina è diventata il primo esportatore mondiale di automobili. I dazi europei "
            "sulle auto a batteria frenano alcuni marchi, ma spingono ibride e produzione locale."
        ),
        "body": dedent(
            """
            <p>In pochi anni la <strong>Cina</strong> è passata da importatore a primo esportatore mondiale di automobili. Navi cariche di vetture partono ogni settimana dai porti di Shanghai e Shenzhen, e l'<strong>Europa</strong> resta la destinazione più ambita per l'<strong>export</strong> dei costruttori cinesi, grazie a prezzi medi più alti e a una domanda crescente di auto elettrificate.</p>
            <h2>L'effetto dei dazi</h2>
            <p>L'Unione europea ha introdotto <strong>dazi</strong> compensativi aggiuntivi sulle auto a batteria prodotte in Cina, con aliquote diverse da costruttore a costruttore. Le misure hanno colpito in modo particolare <strong>MG</strong>, marchio del gruppo SAIC, mentre <strong>Geely</strong>, che controlla anche Volvo e Polestar, e BYD hanno ricevuto aliquote più basse.</p>
            <p>La risposta dei costruttori è stata rapida:</p>
            <ul>
            <li>più modelli <strong>ibridi</strong>, non soggetti ai dazi aggiuntivi;</li>
            <li>nuovi stabilimenti in Europa o in Paesi vicini;</li>
            <li>alleanze con marchi europei per condividere piattaforme e reti di vendita.</li>
            </ul>
            <h2>E l'Italia?</h2>
            <p>Il nostro Paese è uno dei mercati dove i marchi cinesi crescono di più, trainati soprattutto dai SUV ibridi e a GPL. MG, in particolare, è ormai stabilmente tra i primi marchi per immatricolazioni. Per la filiera italiana della componentistica la sfida è doppia: difendere le quote nei confronti dei nuovi arrivati e, allo stesso tempo, diventarne fornitori.</p>
            """
        ).strip(),
        "section": "mercato",
        "authors": ["luca-zanetti"],
        "tags": ["Cina", "Export", "Europa", "Dazi", "MG", "Geely"],
        "hours_ago": 300,
        "image": {
            "alt": "Piazzale portuale con centinaia di auto nuove pronte per l'imbarco",
            "caption": "Auto in attesa di essere imbarcate in un porto cinese",
            "credit": "Foto redazione",
            "motif": "chart",
        },
    },
    {
        "title": "Dacia Sandero, la più scelta dai privati: il segreto è il prezzo",
        "slug": "dacia-sandero-piu-scelta-privati",
        "kicker": "Il fenomeno",
        "standfirst": (
            "Listino contenuto, doppia alimentazione benzina-GPL e costi di gestione bassi: "
            "così la Sandero è diventata un punto di riferimento per chi compra con i propri soldi."
        ),
        "body": dedent(
            """
            <p>In un mercato in cui il prezzo medio delle auto nuove è cresciuto di migliaia di euro in pochi anni, la <strong>Dacia Sandero</strong> è diventata un caso. L'utilitaria del marchio romeno, parte del gruppo <strong>Renault</strong>, è stata l'auto più venduta in Europa e in Italia è stabilmente sul podio delle <strong>immatricolazioni</strong>, soprattutto tra i clienti privati.</p>
            <h2>La formula</h2>
            <p>Il segreto è semplice: offrire quello che serve, senza il superfluo. La Sandero propone spazio da segmento B abbondante, una dotazione essenziale ma completa e un listino che parte sensibilmente più in basso rispetto alle concorrenti dirette.</p>
            <ul>
            <li><strong>GPL</strong>: la versione bifuel Eco-G è la più richiesta in Italia, primo mercato europeo per questa alimentazione.</li>
            <li><strong>Stepway</strong>: l'allestimento rialzato dal look da crossover piace a chi vive fuori città.</li>
            <li><strong>Costi</strong>: assicurazione, bollo e manutenzione restano contenuti.</li>
            </ul>
            <h2>Il ruolo delle utilitarie</h2>
            <p>Il successo della Sandero racconta anche un problema del <strong>mercato italiano</strong>: l'offerta di utilitarie economiche si è ridotta, perché molti costruttori hanno preferito concentrarsi su modelli più grandi e più redditizi. Chi ha un budget limitato ha sempre meno alternative.</p>
            <p>Dacia, intanto, allarga la gamma verso l'alto con Duster e Bigster, senza cambiare filosofia. Le informazioni sui modelli sono su <a href="https://www.dacia.it/">dacia.it</a>.</p>
            """
        ).strip(),
        "section": "mercato",
        "authors": ["chiara-montanari"],
        "tags": ["Dacia", "Renault", "Utilitarie", "Mercato italiano", "GPL", "Immatricolazioni"],
        "hours_ago": 360,
        "image": {
            "alt": "Dacia Sandero Stepway arancione parcheggiata in una piazza di paese",
            "caption": "La Sandero Stepway è tra le versioni più richieste",
            "credit": "Ufficio stampa Dacia",
            "motif": "car",
        },
    },
    {
        "title": "Supercar, perché il lusso resiste quando il mercato rallenta",
        "slug": "supercar-lusso-resiste-mercato-rallenta",
        "kicker": "Analisi",
        "standfirst": (
            "Produzione limitata, liste d'attesa e personalizzazione: i costruttori di fascia "
            "alta come Ferrari, Lamborghini e Maserati seguono regole diverse dal resto del settore."
        ),
        "body": dedent(
            """
            <p>Mentre i costruttori generalisti fanno i conti con vendite altalenanti e margini sotto pressione, il segmento del <strong>lusso</strong> sembra vivere in un mondo a parte. Nella Motor Valley emiliana, tra Maranello, Sant'Agata Bolognese e Modena, si producono auto che spesso sono vendute prima ancora di essere costruite.</p>
            <h2>Le regole del gioco</h2>
            <p>Il modello è noto: produrre sempre un'auto in meno di quante ne chieda il mercato. <strong>Ferrari</strong> e <strong>Lamborghini</strong> gestiscono con attenzione i volumi, puntano su serie limitate e su programmi di personalizzazione che fanno crescere il prezzo medio di ogni vettura venduta.</p>
            <blockquote><p>In questo segmento il cliente non compra un mezzo di trasporto, compra un oggetto da collezione. Per questo la domanda è molto meno sensibile al ciclo economico.</p></blockquote>
            <p><strong>Maserati</strong>, che sta ridisegnando la propria gamma, si muove in una fascia di mercato più esposta alla concorrenza e segue una strada diversa, tra nuovi modelli e una ridefinizione del posizionamento.</p>
            <h2>Le incognite</h2>
            <p>Anche il lusso ha i suoi rischi. L'<strong>export</strong> verso Stati Uniti e Asia vale una quota decisiva delle vendite, e dazi o rallentamenti economici in quei mercati si fanno sentire. C'è poi la transizione tecnologica: le supercar <strong>ibride</strong> plug-in hanno conquistato i clienti, mentre per i modelli completamente a batteria il vero banco di prova deve ancora arrivare.</p>
            """
        ).strip(),
        "section": "mercato",
        "authors": ["marco-bellandi", "chiara-montanari"],
        "tags": ["Ferrari", "Lamborghini", "Maserati", "Lusso", "Export", "Ibride"],
        "hours_ago": 500,
        "image": {
            "alt": "Supercar sportive esposte in fila all'interno di uno showroom",
            "caption": "Il segmento del lusso segue logiche proprie",
            "credit": "Foto redazione",
            "motif": "car",
        },
    },
    # --- Prove ------------------------------------------------------------------
    {
        "title": "Prova su strada: Alfa Romeo Junior Ibrida, il Biscione nel segmento B",
        "slug": "prova-alfa-romeo-junior-ibrida",
        "kicker": "Prova su strada",
        "standfirst": (
            "Abbiamo guidato il SUV compatto con il 1.2 mild hybrid da 136 CV e il cambio "
            "doppia frizione: sterzo diretto e consumi contenuti, meno convincente lo spazio dietro."
        ),
        "body": dedent(
            """
            <p>La <strong>Alfa Romeo Junior</strong> è l'auto più piccola della gamma del Biscione e la prima a nascere su una piattaforma condivisa con gli altri marchi di <strong>Stellantis</strong>. La nostra prova su strada si è concentrata sulla versione <em>Ibrida</em>, quella che secondo la casa raccoglierà la maggior parte degli ordini in Italia, dove le ibride dominano le vendite.</p>
            <h2>Motore e cambio</h2>
            <p>Sotto il cofano c'è un tre cilindri turbo di 1,2 litri da 136 CV, abbinato a un sistema a 48 volt con un motore elettrico integrato nel cambio doppia frizione a sei marce. Nelle manovre e nelle code a bassa velocità la Junior riesce a muoversi per brevi tratti senza accendere il motore termico.</p>
            <p>Su strada il SUV colpisce per lo sterzo pronto e un assetto più rigido della media: tra le curve dell'Appennino la Junior si lascia guidare con piacere, anche se il tre cilindri si fa sentire quando lo si spinge oltre i 4.000 giri. Nel nostro percorso misto abbiamo rilevato una media di <strong>5,6 litri ogni 100 km</strong>.</p>
            <h2>Pro e contro</h2>
            <ul>
            <li><strong>Pro</strong>: guida coinvolgente, consumi bassi, design riconoscibile.</li>
            <li><strong>Contro</strong>: spazio posteriore limitato per gli adulti, plastiche rigide in alcune zone dell'abitacolo.</li>
            </ul>
            <p>Con un bagagliaio da oltre 400 litri e una lunghezza di circa 4,17 metri, la Junior è un SUV adatto alla città che non teme i viaggi. La gamma completa, compresa la versione a batteria, è su <a href="https://www.alfaromeo.it/">alfaromeo.it</a>.</p>
            """
        ).strip(),
        "section": "prove",
        "authors": ["marco-bellandi"],
        "tags": ["Alfa Romeo", "Ibride", "SUV", "Prova su strada", "Stellantis"],
        "hours_ago": 44,
        "image": {
            "alt": "Alfa Romeo Junior rossa in curva su una strada di montagna",
            "caption": "La Junior Ibrida durante la nostra prova",
            "credit": "Foto redazione",
            "motif": "road",
        },
    },
    {
        "title": "Prova su strada: Cupra Born VZ, la compatta a batteria che ama le curve",
        "slug": "prova-cupra-born-vz",
        "kicker": "Prova su strada",
        "standfirst": (
            "Potenza da sportiva, trazione posteriore e assetto dedicato: la versione più "
            "grintosa della Born convince tra le curve. Nel nostro percorso misto l'autonomia "
            "reale è stata di circa 450 km."
        ),
        "body": dedent(
            """
            <p>La <strong>Cupra Born</strong> è sempre stata la sorella più sportiva delle compatte a batteria del gruppo <strong>Volkswagen</strong>. Con la versione <em>VZ</em> il marchio spagnolo alza ulteriormente il tiro: 326 CV sull'asse posteriore, sospensioni adattive e una taratura specifica di sterzo e controllo di stabilità.</p>
            <h2>Come va</h2>
            <p>Nella nostra prova su strada lo scatto è quello che ci si aspetta da una sportiva: da 0 a 100 km/h in meno di sei secondi, con una spinta piena e silenziosa. Ma la vera sorpresa è l'equilibrio tra le curve, dove il peso della batteria, montata in basso, aiuta a tenere l'auto piatta e precisa.</p>
            <p>In autostrada il comfort resta buono anche con le sospensioni in modalità sportiva. Nel nostro test, tra città, statali e autostrada, abbiamo registrato un consumo medio di circa 17,5 kWh ogni 100 km, che con la batteria da 79 kWh si traduce in un'autonomia reale intorno ai 450 km.</p>
            <h2>Ricarica</h2>
            <p>La <strong>ricarica</strong> rapida in corrente continua arriva fino a 185 kW: in una sosta di mezz'ora a una colonnina ad alta potenza si recuperano diverse centinaia di chilometri. Le <strong>batterie</strong>, ben raffreddate, hanno mantenuto una curva di ricarica regolare anche dopo un tratto di guida sportiva in montagna.</p>
            <ul>
            <li><strong>Ci è piaciuto</strong>: equilibrio di telaio, posizione di guida, ricarica veloce.</li>
            <li><strong>Non ci è piaciuto</strong>: comandi a sfioramento poco intuitivi, prezzo elevato.</li>
            </ul>
            <p>La Born VZ è una delle poche compatte a batteria capaci di divertire davvero. La scheda completa è su <a href="https://www.cupraofficial.it/">cupraofficial.it</a>.</p>
            """
        ).strip(),
        "section": "prove",
        "authors": ["luca-zanetti"],
        "tags": ["Cupra", "Volkswagen", "Prova su strada", "Batterie", "Ricarica"],
        "hours_ago": 170,
        "image": {
            "alt": "Cupra Born VZ grigia ferma a una colonnina di ricarica rapida",
            "caption": "La Born VZ accetta fino a 185 kW in corrente continua",
            "credit": "Foto redazione",
            "motif": "charger",
        },
    },
    {
        "title": "Prova su strada: Lancia Ypsilon Hybrid, il ritorno dell'eleganza in città",
        "slug": "prova-lancia-ypsilon-hybrid",
        "kicker": "Prova su strada",
        "standfirst": (
            "La nuova Ypsilon ibrida punta su design e comfort: interni curati e un 1.2 da "
            "100 CV fluido nel traffico. Il prezzo la mette in concorrenza con rivali più grandi."
        ),
        "body": dedent(
            """
            <p>La <strong>Lancia Ypsilon</strong> è da decenni una presenza fissa nelle città italiane. La nuova generazione, prodotta in Spagna su una piattaforma condivisa con altri modelli di <strong>Stellantis</strong>, è l'auto che deve aprire il rilancio del marchio. Dopo la versione a batteria, abbiamo messo alla prova la <em>Hybrid</em> da 100 CV.</p>
            <h2>Il salotto Lancia</h2>
            <p>Appena si apre la portiera si capisce dove la Ypsilon vuole fare la differenza: rivestimenti in velluto, un tavolino circolare al centro della plancia e uno schermo unico che riunisce strumentazione e infotainment. La qualità percepita è superiore a quella di molte utilitarie della stessa fascia.</p>
            <p>Il motore è un tre cilindri di 1,2 litri con sistema ibrido a 48 volt e cambio doppia frizione. Nel traffico la Ypsilon è fluida e silenziosa, e nelle partenze sfrutta la spinta elettrica. In extraurbano serve qualche anticipo in più nei sorpassi. Il consumo medio rilevato nella nostra prova su strada è stato di <strong>5,2 litri ogni 100 km</strong>.</p>
            <h2>In sintesi</h2>
            <ol>
            <li><strong>Design</strong>: personale, con richiami alla storia del marchio.</li>
            <li><strong>Comfort</strong>: sospensioni morbide, adatte al pavé.</li>
            <li><strong>Spazio</strong>: nella media delle utilitarie, bagagliaio compreso.</li>
            <li><strong>Prezzo</strong>: alto per il segmento, soprattutto negli allestimenti più ricchi.</li>
            </ol>
            <p>Le <strong>ibride</strong> sono la porta d'ingresso alla gamma, mentre la versione sportiva HF è riservata all'alimentazione a batteria. Tutti i dettagli su <a href="https://www.lancia.it/">lancia.it</a>.</p>
            """
        ).strip(),
        "section": "prove",
        "authors": ["chiara-montanari"],
        "tags": ["Lancia", "Utilitarie", "Ibride", "Prova su strada", "Stellantis"],
        "hours_ago": 280,
        "image": {
            "alt": "Lancia Ypsilon blu in sosta in una strada del centro storico",
            "caption": "La Ypsilon Hybrid nel suo ambiente naturale, la città",
            "credit": "Foto redazione",
            "motif": "city",
        },
    },
    {
        "title": "Prova su strada: Volvo EX30, piccola fuori e svedese dentro",
        "slug": "prova-volvo-ex30",
        "kicker": "Prova su strada",
        "standfirst": (
            "Il SUV compatto di Göteborg unisce materiali riciclati, un abitacolo minimalista e "
            "molti sistemi di assistenza. Tutto passa dallo schermo centrale: serve un po' di pratica."
        ),
        "body": dedent(
            """
            <p>La <strong>Volvo EX30</strong> è il modello più piccolo mai prodotto dalla casa svedese e uno dei più importanti per il suo futuro. Nasce sulla piattaforma sviluppata da <strong>Geely</strong>, il gruppo cinese che controlla Volvo, ed è costruita anche in Belgio, nello stabilimento di Gand, per il mercato europeo.</p>
            <h2>Minimalismo radicale</h2>
            <p>L'abitacolo è essenziale: non c'è un quadro strumenti dietro il volante, e tutte le informazioni, compresa la velocità, compaiono sullo schermo centrale verticale. Anche gli specchietti e il vano portaoggetti si regolano dal display. All'inizio disorienta, dopo qualche giorno diventa naturale.</p>
            <p>I materiali sono in buona parte riciclati o di origine rinnovabile, dal denim dei rivestimenti alle plastiche della plancia, senza che la qualità percepita ne risenta.</p>
            <h2>Sicurezza prima di tutto</h2>
            <p>Come da tradizione Volvo, la <strong>sicurezza</strong> è al centro del progetto. Una telecamera monitora lo sguardo del guidatore e segnala distrazioni e colpi di sonno, mentre un sistema avvisa i passeggeri prima che aprano la portiera se sta arrivando un ciclista.</p>
            <ul>
            <li><strong>Potenza</strong>: 272 CV a trazione posteriore nella versione provata.</li>
            <li><strong>Consumo rilevato</strong>: 16,8 kWh ogni 100 km.</li>
            <li><strong>Punto debole</strong>: spazio posteriore e bagagliaio ridotti.</li>
            </ul>
            <p>Nella nostra prova su strada questo piccolo SUV si è dimostrato agile in città e sorprendentemente rapido: con 272 CV lo scatto è da sportiva. Maggiori informazioni su <a href="https://www.volvocars.com/it/">volvocars.com</a>.</p>
            """
        ).strip(),
        "section": "prove",
        "authors": ["giulia-ferraresi"],
        "tags": ["Volvo", "Geely", "SUV", "Sicurezza", "Prova su strada"],
        "hours_ago": 380,
        "image": {
            "alt": (
                "Abitacolo della Volvo EX30 con lo schermo centrale verticale e la plancia "
                "in materiali riciclati"
            ),
            "caption": "Nella EX30 tutte le informazioni passano dallo schermo centrale",
            "credit": "Foto redazione",
            "motif": "car",
        },
    },
    {
        "title": "Prova su strada: BMW iX1 eDrive20, la porta d'ingresso alla gamma a batteria",
        "slug": "prova-bmw-ix1-edrive20",
        "kicker": "Prova su strada",
        "standfirst": (
            "La versione a trazione anteriore del SUV compatto rinuncia a un po' di potenza ma "
            "guadagna in autonomia ed efficienza. Dinamica da BMW, prezzo da premium."
        ),
        "body": dedent(
            """
            <p>Non serve la trazione integrale per guidare bene. La <strong>BMW iX1 eDrive20</strong> è la versione più accessibile del SUV compatto a batteria di Monaco: un solo motore anteriore da 204 CV, una batteria da circa 65 kWh utili e un'autonomia dichiarata che supera i 450 km.</p>
            <h2>Al volante</h2>
            <p>La prova su strada conferma che gli ingegneri <strong>BMW</strong> hanno lavorato bene sull'assetto: la iX1 è precisa, con uno sterzo leggero in città e ben calibrato in velocità. La trazione anteriore si fa notare solo nelle partenze più decise su fondo bagnato.</p>
            <p>Il consumo medio registrato nel nostro percorso, con un terzo di autostrada, è stato di <strong>16,4 kWh ogni 100 km</strong>, per un'autonomia reale di circa 400 km.</p>
            <h2>Ricarica e tecnologia</h2>
            <p>In corrente continua la <strong>ricarica</strong> arriva a 130 kW, mentre a casa o in ufficio si può scegliere il caricatore di bordo da 22 kW in opzione. Il sistema multimediale, con lo schermo curvo che unisce strumentazione e infotainment, è completo ma richiede tempo per trovare le funzioni meno usate.</p>
            <ul>
            <li><strong>Pro</strong>: efficienza, qualità costruttiva, comfort in viaggio.</li>
            <li><strong>Contro</strong>: prezzo con optional elevato, comandi fisici ridotti al minimo.</li>
            </ul>
            <p>Un SUV da famiglia ben riuscito, che fa pagare il marchio. Il configuratore è su <a href="https://www.bmw.it/">bmw.it</a>.</p>
            """
        ).strip(),
        "section": "prove",
        "authors": ["marco-bellandi"],
        "tags": ["BMW", "SUV", "Prova su strada", "Ricarica"],
        "hours_ago": 460,
        "image": {
            "alt": "BMW iX1 bianca su una strada extraurbana alberata",
            "caption": "La iX1 eDrive20 è la versione d'accesso della gamma a batteria",
            "credit": "Foto redazione",
            "motif": "road",
        },
    },
    {
        "title": "Prova su strada: Mercedes-Benz CLA, l'elettrica che fa dell'efficienza un'arma",
        "slug": "prova-mercedes-benz-cla-elettrica",
        "kicker": "Prova su strada",
        "standfirst": (
            "Architettura a 800 volt, consumi tra i più bassi della categoria e il nuovo "
            "sistema operativo di casa: la berlina compatta di Stoccarda alza l'asticella."
        ),
        "body": dedent(
            """
            <p>La nuova <strong>Mercedes-Benz CLA</strong> è la prima auto della casa di Stoccarda sviluppata attorno al nuovo sistema operativo proprietario e alla piattaforma pensata prima di tutto per la trazione a batteria. La versione provata, con la batteria da 85 kWh, dichiara un'autonomia vicina agli 800 km.</p>
            <h2>L'efficienza prima di tutto</h2>
            <p>Il segreto è nella somma dei dettagli: un'aerodinamica molto curata, un impianto a 800 volt e un motore posteriore con un cambio a due marce, che migliora il rendimento in autostrada. Nella nostra prova su strada abbiamo misurato un consumo medio di <strong>14,2 kWh ogni 100 km</strong>, un valore da record per un'auto di queste dimensioni.</p>
            <p>La <strong>ricarica</strong> in corrente continua supera i 300 kW di picco: nelle stazioni più potenti bastano una ventina di minuti per recuperare gran parte della batteria.</p>
            <h2>Il software al centro</h2>
            <p>A bordo il protagonista è il <strong>software</strong>. Il sistema operativo sviluppato internamente gestisce infotainment, assistenza alla guida e funzioni di comfort, e si aggiorna a distanza. L'assistente vocale, basato sull'intelligenza artificiale, capisce richieste formulate in modo naturale e in italiano.</p>
            <blockquote><p>È l'auto in cui Mercedes-Benz mostra cosa significa progettare prima il software e poi il resto.</p></blockquote>
            <p>La CLA è prodotta in <strong>Ungheria</strong>, a Kecskemét, e arriverà anche in versione ibrida. Sospensioni un po' rigide sulle buche e spazio limitato per la testa dietro sono i principali difetti. Dettagli e prezzi su <a href="https://www.mercedes-benz.it/">mercedes-benz.it</a>.</p>
            """
        ).strip(),
        "section": "prove",
        "authors": ["giulia-ferraresi", "luca-zanetti"],
        "tags": ["Mercedes-Benz", "Software", "Prova su strada", "Ricarica", "Ungheria"],
        "hours_ago": 560,
        "image": {
            "alt": "Mercedes-Benz CLA argento ferma davanti a un edificio in vetro",
            "caption": "La nuova CLA nasce su una piattaforma inedita",
            "credit": "Ufficio stampa Mercedes-Benz",
            "motif": "car",
        },
    },
    {
        "title": "Prova su strada: Toyota Yaris Cross Hybrid 130, la regina dei consumi in città",
        "slug": "prova-toyota-yaris-cross-hybrid-130",
        "kicker": "Prova su strada",
        "standfirst": (
            "Il piccolo crossover giapponese guadagna potenza e un abitacolo più tecnologico. "
            "In città viaggia spesso in elettrico, in autostrada il tre cilindri si fa sentire."
        ),
        "body": dedent(
            """
            <p>La <strong>Toyota Yaris Cross</strong> è uno dei SUV compatti più venduti sul <strong>mercato italiano</strong>, e l'aggiornamento più recente ne rafforza i punti di forza. La versione <em>Hybrid 130</em> porta la potenza complessiva a 130 CV e introduce una strumentazione digitale da 12,3 pollici.</p>
            <h2>In città non ha rivali</h2>
            <p>Il sistema full hybrid di Toyota, con il tre cilindri di 1,5 litri e due motori elettrici, è nel suo ambiente nel traffico urbano. In coda e alle basse velocità la Yaris Cross procede spesso a motore termico spento, e il consumo rilevato nel nostro giro cittadino è stato di appena <strong>4,1 litri ogni 100 km</strong>.</p>
            <p>Fuori città il quadro cambia un po'. In autostrada il cambio a variazione continua tiene il motore su di giri nelle accelerazioni e il tre cilindri diventa rumoroso. La media complessiva della nostra prova su strada si è fermata comunque a 5 litri ogni 100 km.</p>
            <h2>Pregi e difetti</h2>
            <ul>
            <li><strong>Pregi</strong>: consumi bassissimi, affidabilità delle <strong>ibride</strong> Toyota, versione a trazione integrale disponibile.</li>
            <li><strong>Difetti</strong>: rumorosità in accelerazione, spazio posteriore appena sufficiente.</li>
            </ul>
            <p>Costruita in Francia, a Valenciennes, la Yaris Cross resta una scelta razionale per chi percorre soprattutto strade urbane e non può ricaricare a casa. Gamma e prezzi su <a href="https://www.toyota.it/">toyota.it</a>.</p>
            """
        ).strip(),
        "section": "prove",
        "authors": ["francesca-rinaldi"],
        "tags": ["Toyota", "Ibride", "SUV", "Prova su strada", "Mercato italiano"],
        "hours_ago": 640,
        "image": {
            "alt": "Toyota Yaris Cross bianca in una rotatoria cittadina",
            "caption": "La Yaris Cross Hybrid nell'uso urbano",
            "credit": "Foto redazione",
            "motif": "city",
        },
    },
    # --- Mobilità ---------------------------------------------------------------
    {
        "title": "Car sharing a Milano, cresce l'uso ma cambiano le abitudini",
        "slug": "car-sharing-milano-abitudini",
        "kicker": "Città",
        "standfirst": (
            "Noleggi più brevi, flotte sempre più elettrificate e integrazione con bici e "
            "monopattini: come si muove chi ha rinunciato all'auto di proprietà."
        ),
        "body": dedent(
            """
            <p><strong>Milano</strong> resta la capitale italiana del <strong>car sharing</strong>. Le auto condivise a flusso libero, che si prendono e si lasciano dove si vuole all'interno dell'area servita, fanno ormai parte del paesaggio urbano, e il numero dei noleggi continua a crescere.</p>
            <h2>Viaggi più brevi, più spesso</h2>
            <p>A cambiare sono soprattutto le abitudini. Il noleggio medio è sempre più breve: si usa l'auto condivisa per un tratto del viaggio, magari per raggiungere una stazione della metropolitana o per tornare a casa la sera, e si combina con bici e monopattini. È la logica della <strong>micromobilità</strong> integrata, in cui il mezzo giusto cambia a seconda del percorso.</p>
            <p>Cresce anche il peso delle vetture a batteria nelle flotte degli operatori, favorite dalle regole di accesso alle zone a traffico limitato e dai costi di gestione più bassi in città.</p>
            <h2>Consigli per chi inizia</h2>
            <ul>
            <li>Confrontare le tariffe al minuto e i pacchetti giornalieri dei diversi operatori.</li>
            <li>Controllare sempre l'area di rilascio prima di terminare il noleggio.</li>
            <li>Segnalare nell'app eventuali danni trovati all'inizio della corsa.</li>
            <li>Valutare un abbonamento se si usa il servizio più volte a settimana.</li>
            </ul>
            <p>Resta aperto il nodo delle periferie, dove il servizio è meno capillare. Per molti esperti il futuro è un <em>noleggio</em> integrato con il trasporto pubblico, con un unico abbonamento per treni, metro e auto condivise.</p>
            """
        ).strip(),
        "section": "mobilita",
        "authors": ["chiara-montanari"],
        "tags": ["Car sharing", "Milano", "Micromobilità", "Noleggio"],
        "hours_ago": 20,
        "image": {
            "alt": "Auto del car sharing parcheggiate in una via di Milano con un tram sullo sfondo",
            "caption": "Le auto condivise sono ormai parte del paesaggio milanese",
            "credit": "Foto redazione",
            "motif": "city",
        },
    },
    {
        "title": "Monopattini, casco, contrassegno e assicurazione: cosa prevede il Codice della strada",
        "slug": "monopattini-casco-contrassegno-assicurazione-codice-della-strada",
        "kicker": "Le regole",
        "standfirst": (
            "Le nuove norme rendono obbligatori per tutti il casco, il contrassegno "
            "identificativo e la copertura assicurativa. Vietata la circolazione fuori dai "
            "centri abitati."
        ),
        "body": dedent(
            """
            <p>La riforma del <strong>Codice della strada</strong> cambia in profondità le regole per i monopattini elettrici, il mezzo simbolo della <strong>micromobilità</strong> urbana. L'obiettivo dichiarato è migliorare la <strong>sicurezza</strong> di chi guida e di pedoni e ciclisti, ma le nuove normative hanno acceso un vivace dibattito tra utenti e operatori dello sharing.</p>
            <h2>Le regole principali</h2>
            <ol>
            <li><strong>Casco</strong>: obbligatorio per tutti, a qualsiasi età.</li>
            <li><strong>Contrassegno</strong>: ogni monopattino dovrà avere un contrassegno identificativo adesivo e non rimovibile.</li>
            <li><strong>Assicurazione</strong>: diventa obbligatoria la copertura per la responsabilità civile.</li>
            <li><strong>Dove circolare</strong>: solo su strade urbane con limite fino a 50 km/h; vietate le strade extraurbane.</li>
            <li><strong>Velocità</strong>: resta il limite di 20 km/h.</li>
            </ol>
            <p>Per contrassegno e assicurazione l'entrata in vigore dipende dai provvedimenti attuativi, che definiscono modalità e costi. Per i monopattini in sharing, invece, scattano regole più severe sulla sosta: i mezzi non possono essere lasciati sui marciapiedi, se non nelle aree autorizzate.</p>
            <h2>Le sanzioni</h2>
            <p>Chi circola senza casco rischia una multa che può arrivare a qualche centinaio di euro, mentre per l'uso di monopattini modificati sono previste sanzioni più pesanti. I controlli, annunciano diverse polizie locali, si intensificheranno nei prossimi mesi.</p>
            <p>Il testo aggiornato e le circolari applicative sono disponibili sul sito del <a href="https://www.mit.gov.it/">ministero delle Infrastrutture e dei Trasporti</a>.</p>
            """
        ).strip(),
        "section": "mobilita",
        "authors": ["digitalvoice"],
        "tags": ["Micromobilità", "Sicurezza", "Codice della strada", "Normative"],
        "hours_ago": 62,
        "image": {
            "alt": "Persona con il casco alla guida di un monopattino elettrico su una pista ciclabile",
            "caption": "Il casco è ora obbligatorio per tutti",
            "credit": "Foto redazione",
            "motif": "city",
        },
    },
    {
        "title": "Autobus a zero emissioni, le città italiane rinnovano le flotte con il PNRR",
        "slug": "autobus-zero-emissioni-citta-pnrr",
        "kicker": "Trasporto pubblico",
        "standfirst": (
            "Elettrici e a idrogeno, i nuovi bus stanno entrando in servizio in molte aziende di "
            "trasporto. Restano i nodi dei depositi, della ricarica notturna e della formazione."
        ),
        "body": dedent(
            """
            <p>Il <strong>trasporto pubblico</strong> italiano sta vivendo il più grande rinnovo delle flotte degli ultimi decenni. Grazie ai fondi del <strong>PNRR</strong>, molte aziende di trasporto stanno sostituendo i vecchi autobus diesel con mezzi a zero emissioni allo scarico, alimentati a batteria o a <strong>idrogeno</strong>.</p>
            <h2>Batteria o idrogeno?</h2>
            <p>Per il servizio urbano la scelta prevalente è l'autobus a batteria, che si ricarica di notte nei depositi o, lungo le linee più intense, con pantografi ai capolinea. L'idrogeno viene preferito per le linee più lunghe o con forti dislivelli, dove il peso delle batterie diventerebbe un limite. Bolzano è stata tra le prime città italiane a sperimentarlo su larga scala.</p>
            <p>A <strong>Milano</strong> l'azienda dei trasporti ha avviato da tempo un piano per una flotta di superficie completamente a batteria, con la trasformazione dei depositi in grandi centri di ricarica.</p>
            <h2>Le sfide</h2>
            <ul>
            <li><strong>Depositi</strong>: servono nuove connessioni alla rete elettrica, spesso da diversi megawatt.</li>
            <li><strong>Ricarica</strong>: va pianificata per non sovraccaricare la rete nelle ore notturne.</li>
            <li><strong>Personale</strong>: autisti e manutentori devono essere formati sulle nuove tecnologie.</li>
            <li><strong>Tempi</strong>: le scadenze del piano impongono consegne rapide, in un mercato con pochi fornitori.</li>
            </ul>
            <p>Per i passeggeri i vantaggi si sentono subito: autobus più silenziosi, senza vibrazioni e con aria più pulita alle fermate. La sfida, ora, è aumentare anche frequenza e puntualità.</p>
            """
        ).strip(),
        "section": "mobilita",
        "authors": ["paolo-cattaneo"],
        "tags": ["Trasporto pubblico", "PNRR", "Idrogeno", "Ricarica", "Milano"],
        "hours_ago": 690,
        "image": {
            "alt": "Autobus urbano a batteria in ricarica al deposito tramite pantografo",
            "caption": "La ricarica notturna nei depositi è uno dei nodi da risolvere",
            "credit": "Foto redazione",
            "motif": "charger",
        },
    },
    {
        "title": "Bologna Città 30, il bilancio: meno incidenti e velocità più basse",
        "slug": "bologna-citta-30-bilancio",
        "kicker": "Sicurezza stradale",
        "standfirst": (
            "Dall'introduzione del limite dei 30 all'ora su gran parte delle strade urbane, il "
            "Comune rivendica un calo di incidenti e feriti. Il dibattito però resta aperto."
        ),
        "body": dedent(
            """
            <p><strong>Bologna</strong> è stata la prima grande città italiana a introdurre il limite dei 30 all'ora sulla maggior parte delle strade urbane. Il progetto <strong>Città 30</strong> ha fatto discutere fin dal primo giorno, ma i numeri diffusi dall'amministrazione comunale raccontano un calo degli incidenti e dei feriti gravi.</p>
            <h2>Come funziona</h2>
            <p>Il limite riguarda circa il 70% delle strade cittadine. Le grandi arterie di scorrimento, come i viali di circonvallazione e le principali radiali, restano a 50 all'ora. Ai cartelli si aggiungono interventi sull'infrastruttura: attraversamenti rialzati, restringimenti di carreggiata, nuove piste ciclabili.</p>
            <p>Secondo il Comune, con velocità medie più basse sono diminuiti gli scontri più gravi e la <strong>sicurezza</strong> di pedoni e ciclisti è migliorata in modo sensibile. È cresciuto anche l'uso della bicicletta e della <strong>micromobilità</strong>.</p>
            <blockquote><p>All'inizio ero contrario, oggi attraverso la strada con mio figlio senza la paura di prima.</p></blockquote>
            <h2>Le critiche</h2>
            <p>Non mancano le voci contrarie. Tassisti, corrieri e una parte dei residenti lamentano tempi di percorrenza più lunghi, e il <strong>trasporto pubblico</strong> ha dovuto rivedere alcuni orari. Il confronto con altre città europee, da Parigi a Bruxelles, suggerisce però che servono anni per valutare gli effetti di misure di questo tipo.</p>
            <p>Dati e mappe del progetto sono disponibili sul sito del <a href="https://www.comune.bologna.it/">Comune di Bologna</a>.</p>
            """
        ).strip(),
        "section": "mobilita",
        "authors": ["giulia-ferraresi"],
        "tags": ["Bologna", "Città 30", "Sicurezza", "Micromobilità", "Trasporto pubblico"],
        "hours_ago": 110,
        "image": {
            "alt": "Cartello stradale con il limite di 30 chilometri orari in una via di Bologna",
            "caption": "I cartelli del limite dei 30 all'ora a Bologna",
            "credit": "Foto redazione",
            "motif": "city",
        },
    },
    {
        "title": "Guida autonoma, le navette senza conducente arrivano nelle sperimentazioni italiane",
        "slug": "guida-autonoma-navette-senza-conducente-sperimentazioni",
        "kicker": "Innovazione",
        "standfirst": (
            "Piccoli bus a batteria a guida automatica circolano in via sperimentale in aree "
            "urbane e poli universitari. Le regole però sono ancora quelle del decreto Smart Road."
        ),
        "body": dedent(
            """
            <p>Non hanno volante né pedali, viaggiano a velocità contenute e trasportano una decina di passeggeri. Le navette a <strong>guida autonoma</strong> stanno comparendo nelle sperimentazioni di diverse città italiane, spesso su percorsi brevi che collegano parcheggi, stazioni e campus universitari.</p>
            <h2>Come vedono la strada</h2>
            <ul>
            <li><strong>Lidar</strong>: sensori laser che ricostruiscono in tre dimensioni l'ambiente circostante.</li>
            <li><strong>Radar e telecamere</strong>: riconoscono veicoli, pedoni, ciclisti e segnaletica.</li>
            <li><strong>Mappe ad alta definizione</strong>: indicano al veicolo il percorso con precisione centimetrica.</li>
            <li><strong>Software</strong>: combina i dati e decide in tempo reale come muoversi.</li>
            </ul>
            <p>La normativa italiana consente queste prove grazie al decreto noto come Smart Road, che richiede un'autorizzazione specifica e la presenza a bordo di un operatore in grado di intervenire in qualsiasi momento. Un vincolo che per ora impedisce di trasformare le sperimentazioni in servizi regolari.</p>
            <h2>Il ruolo nel trasporto pubblico</h2>
            <p>Per le aziende del <strong>trasporto pubblico</strong> le navette autonome sono interessanti soprattutto per coprire il cosiddetto ultimo miglio e le fasce orarie con pochi passeggeri, dove un autobus tradizionale con autista costa troppo. La <strong>sicurezza</strong> resta però la priorità: ogni sperimentazione raccoglie dati su frenate, manovre e interazioni con gli altri utenti della strada.</p>
            <p>Chi è salito a bordo racconta una guida prudente, quasi eccessivamente, con frenate anticipate quando un pedone si avvicina al bordo del marciapiede. Informazioni sulle autorizzazioni sono pubblicate dal <a href="https://www.mit.gov.it/">ministero delle Infrastrutture e dei Trasporti</a>.</p>
            """
        ).strip(),
        "section": "mobilita",
        "authors": ["luca-zanetti"],
        "tags": ["Guida autonoma", "Trasporto pubblico", "Sicurezza", "Software"],
        "hours_ago": 440,
        "image": {
            "alt": "Navetta a batteria a guida autonoma in servizio su una strada di un campus",
            "caption": "Una navetta autonoma durante una sperimentazione",
            "credit": "Foto redazione",
            "motif": "road",
        },
    },
    {
        "title": "Ricarica in autostrada, le colonnine ad alta potenza si moltiplicano nelle aree di servizio",
        "slug": "ricarica-autostrada-colonnine-alta-potenza",
        "kicker": "Infrastrutture",
        "standfirst": (
            "Viaggiare a batteria sulla rete autostradale è sempre più semplice, ma la copertura "
            "resta disomogenea tra Nord e Sud. Prezzi al kWh e tempi di sosta sotto la lente."
        ),
        "body": dedent(
            """
            <p>Fino a pochi anni fa affrontare un lungo viaggio sulle <strong>autostrade</strong> italiane con un'auto a batteria richiedeva una pianificazione attenta. Oggi le aree di servizio con colonnine ad alta potenza, da 150 a oltre 300 kW, sono sempre più numerose, e la <strong>ricarica</strong> durante una pausa caffè è diventata realtà su molte tratte.</p>
            <h2>Cosa chiede l'Europa</h2>
            <p>Il regolamento europeo sulle infrastrutture per i combustibili alternativi, noto come AFIR, fissa obiettivi precisi per la rete transeuropea dei trasporti: stazioni di ricarica rapida a intervalli regolari lungo i corridoi principali e pagamento con carta contactless senza obbligo di app o abbonamenti. Normative che in <strong>Europa</strong> stanno spingendo gli operatori ad accelerare gli investimenti.</p>
            <h2>Chi gestisce le colonnine</h2>
            <p>Sulla rete italiana operano sia società legate ai concessionari autostradali sia operatori internazionali come <a href="https://www.ionity.eu/">Ionity</a>. Anche <strong>Tesla</strong> ha aperto molti dei suoi Supercharger ai veicoli di altri marchi.</p>
            <ul>
            <li><strong>Prezzi</strong>: in autostrada il kWh costa di più che in città, spesso tra 0,60 e 0,80 euro senza abbonamento.</li>
            <li><strong>Tempi</strong>: con le auto più recenti bastano 20-30 minuti per passare dal 10 all'80%.</li>
            <li><strong>Copertura</strong>: al Nord la rete è fitta, al Sud e sulle isole restano tratti scoperti.</li>
            </ul>
            <p>Il consiglio per chi parte resta quello di verificare in anticipo le stazioni lungo il percorso e di non arrivare con la batteria quasi scarica: le colonnine possono essere occupate o fuori servizio, soprattutto nei giorni di esodo estivo.</p>
            <p>Nel video, una sosta di ricarica ripresa durante un viaggio in autostrada.</p>
            <iframe width="560" height="315" src="https://www.youtube.com/embed/aqz-KE-bpKQ" title="YouTube video player" allowfullscreen></iframe>
            """
        ).strip(),
        "section": "mobilita",
        "authors": ["digitalvoice"],
        "tags": ["Ricarica", "Autostrade", "Europa", "Normative", "Tesla"],
        "hours_ago": 15,
        "image": {
            "alt": "Colonnine di ricarica ad alta potenza in un'area di servizio autostradale",
            "caption": "Un hub di ricarica rapida lungo la rete autostradale",
            "credit": "Foto redazione",
            "motif": "charger",
        },
    },
]
