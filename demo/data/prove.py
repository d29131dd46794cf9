"""Section "Prove": our road tests."""

from textwrap import dedent

PROVE = [
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
            "motif": "mountain-road",
            "cars": ["red"],
            "body": "suv",
            "alt": (
                "Illustrazione: un piccolo SUV rosso su una strada di montagna, con le cime "
                "innevate sullo sfondo"
            ),
            "caption": "In montagna, il terreno della nostra prova della Junior Ibrida",
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
            "motif": "charger",
            "cars": ["grey"],
            "body": "hatch",
            "alt": (
                "Illustrazione: un'auto compatta grigia collegata con il cavo a una colonnina di "
                "ricarica"
            ),
            "caption": "In ricarica: la Born VZ accetta fino a 185 kW in corrente continua",
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
            "motif": "city",
            "cars": ["blue"],
            "body": "hatch",
            "alt": (
                "Illustrazione: un'utilitaria blu in una via di città, davanti a una fila di "
                "palazzi"
            ),
            "caption": "In città, l'ambiente naturale della Ypsilon Hybrid",
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
            "motif": "dashboard-tall-screen",
            "alt": (
                "Illustrazione: l'abitacolo di un'auto dal posto di guida, con il volante e uno "
                "schermo centrale verticale, senza quadro strumenti dietro il volante"
            ),
            "caption": "Solo lo schermo centrale: nella EX30 tutte le informazioni passano da lì",
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
            "motif": "road",
            "cars": ["white"],
            "body": "suv",
            "alt": "Illustrazione: un SUV bianco su una strada extraurbana alberata",
            "caption": "Su strada: la iX1 eDrive20 è la versione d'accesso della gamma a batteria",
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
            "motif": "car",
            "cars": ["silver"],
            "body": "sedan",
            "alt": "Illustrazione: una berlina argento vista di fianco",
            "caption": "Una berlina a batteria: la CLA fa dell'efficienza un'arma",
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
            "motif": "city",
            "cars": ["white"],
            "body": "suv",
            "alt": (
                "Illustrazione: un piccolo SUV bianco in una via di città, davanti a una fila di "
                "palazzi"
            ),
            "caption": "In città, dove la Yaris Cross Hybrid viaggia spesso in elettrico",
        },
    },
]
