"""Section "Mobilità": cities, public transport, rules of the road."""

from textwrap import dedent

MOBILITA = [
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
            "motif": "city",
            "cars": ["blue"],
            "body": "hatch",
            "alt": "Illustrazione: una piccola auto blu in una via di città, tra palazzi alti",
            "caption": (
                "Un'auto in città: a Milano le auto condivise fanno ormai parte del paesaggio"
            ),
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
            "motif": "scooter",
            "alt": (
                "Illustrazione: una persona con il casco alla guida di un monopattino elettrico su "
                "una pista ciclabile in città"
            ),
            "caption": "Il casco è ora obbligatorio per tutti",
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
            "motif": "bus-depot",
            "cars": ["red"],
            "alt": (
                "Illustrazione: un autobus urbano rosso in ricarica sotto un pantografo, davanti "
                "al deposito"
            ),
            "caption": "Ricarica con il pantografo: i depositi diventano grandi centri di ricarica",
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
            "motif": "street-30",
            "cars": ["white"],
            "body": "hatch",
            "alt": (
                "Illustrazione: un cartello rotondo con il limite di 30 chilometri orari in una "
                "via di città, un'auto bianca che passa"
            ),
            "caption": "Un cartello del limite dei 30 all'ora",
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
            "motif": "shuttle",
            "cars": ["white"],
            "alt": "Illustrazione: una navetta bianca senza conducente su una strada alberata",
            "caption": "Una navetta senza conducente: a bordo serve ancora un operatore",
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
            "motif": "charging-hub",
            "cars": ["red"],
            "body": "sedan",
            "alt": (
                "Illustrazione: tre colonnine di ricarica sotto una pensilina, una berlina rossa "
                "collegata alla prima"
            ),
            "caption": "Un hub di ricarica rapida",
        },
    },
]
