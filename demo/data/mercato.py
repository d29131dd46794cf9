"""Section "Mercato": sales, used cars, leasing, exports."""

from textwrap import dedent

MERCATO = [
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
            "motif": "chart",
            "alt": (
                "Illustrazione: un grafico a barre che sale verso destra, con l'ultima barra "
                "evidenziata e una linea di tendenza"
            ),
            "caption": "Un grafico in crescita: il mese chiude con il segno più",
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
            "motif": "lot",
            "cars": ["white", "blue", "grey", "red"],
            "body": "hatch",
            "alt": (
                "Illustrazione: quattro auto, una bianca, una blu, una grigia e una rossa, in fila "
                "nel piazzale di un concessionario, sotto una fila di bandierine"
            ),
            "caption": "Auto in fila nel piazzale di un concessionario",
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
            "motif": "charger",
            "cars": ["silver"],
            "body": "suv",
            "alt": (
                "Illustrazione: un SUV argento collegato con il cavo a una colonnina di ricarica"
            ),
            "caption": (
                "Un'auto in ricarica: sempre più aziende installano colonnine nelle proprie sedi"
            ),
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
            "motif": "port",
            "cars": ["white", "red", "blue", "silver", "black"],
            "alt": (
                "Illustrazione: file di auto nuove sulla banchina di un porto, accanto a una nave "
                "per il trasporto di auto"
            ),
            "caption": (
                "Auto in attesa di essere imbarcate: l'Europa resta la destinazione chiave "
                "dell'export cinese"
            ),
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
            "motif": "city",
            "cars": ["orange"],
            "body": "hatch",
            "alt": (
                "Illustrazione: un'utilitaria arancione in una via di città, davanti a una fila di "
                "palazzi"
            ),
            "caption": "Un'utilitaria in città: la Sandero piace a chi compra con i propri soldi",
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
            "motif": "showroom",
            "cars": ["red", "yellow", "black"],
            "body": "sports",
            "alt": (
                "Illustrazione: tre auto sportive, una rossa, una gialla e una nera, esposte in "
                "fila in un salone con grandi vetrate"
            ),
            "caption": "Sportive in esposizione: il segmento del lusso segue logiche proprie",
        },
    },
]
