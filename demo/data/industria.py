"""Section "Industria": plants, strategies, rules."""

from textwrap import dedent

INDUSTRIA = [
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
            "motif": "factory",
            "cars": ["white"],
            "body": "hatch",
            "alt": (
                "Illustrazione: uno stabilimento con due ciminiere e una fila di finestre, una "
                "piccola auto bianca davanti"
            ),
            "caption": (
                "Una piccola auto davanti alla fabbrica: a Mirafiori la 500 ibrida affianca quella "
                "a batteria"
            ),
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
            "motif": "solar-plant",
            "cars": ["red"],
            "body": "sports",
            "alt": (
                "Illustrazione: un lungo edificio produttivo con una fascia di vetrate e il tetto "
                "coperto di pannelli solari, un'auto sportiva rossa davanti"
            ),
            "caption": (
                "Un edificio produttivo con il tetto fotovoltaico, come l'e-building di Maranello"
            ),
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
            "motif": "construction",
            "alt": (
                "Illustrazione: il cantiere di un capannone, con la struttura in acciaio e una gru "
                "a torre che solleva una trave"
            ),
            "caption": (
                "Un cantiere industriale: a Szeged sorge la prima fabbrica di auto di BYD in Europa"
            ),
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
            "motif": "brake",
            "alt": (
                "Illustrazione: un disco del freno forato con la pinza rossa, e la polvere che se "
                "ne stacca"
            ),
            "caption": (
                "Disco e pinza: le polveri dei freni entrano per la prima volta nei limiti europei"
            ),
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
            "motif": "factory",
            "alt": (
                "Illustrazione: uno stabilimento con due ciminiere fumanti e una fila di finestre"
            ),
            "caption": (
                "Uno stabilimento di motori e cambi: a Termoli la fabbrica di celle resta in attesa"
            ),
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
            "motif": "dashboard",
            "alt": (
                "Illustrazione: la plancia di un'auto vista dal posto di guida, con il volante e "
                "un grande schermo centrale che mostra una mappa"
            ),
            "caption": (
                "Volante e schermo centrale: il software è ormai il cuore dell'esperienza a bordo"
            ),
        },
    },
]
