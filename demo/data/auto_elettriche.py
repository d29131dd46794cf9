"""Section "Auto elettriche": models, batteries, incentives."""

from textwrap import dedent

AUTO_ELETTRICHE = [
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
            "motif": "city",
            "cars": ["yellow"],
            "body": "hatch",
            "alt": (
                "Illustrazione: una piccola auto gialla in una via di città, davanti a una fila di "
                "palazzi"
            ),
            "caption": "Un'utilitaria a batteria in città",
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
            "motif": "city",
            "cars": ["light-green"],
            "body": "hatch",
            "alt": (
                "Illustrazione: una piccola auto verde chiaro in una via di città, tra palazzi alti"
            ),
            "caption": (
                "Una citycar a batteria tra i palazzi: la Inster misura poco più di 3,8 metri"
            ),
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
            "motif": "cells",
            "alt": (
                "Illustrazione: due file di celle cilindriche per batterie su un banco di "
                "laboratorio"
            ),
            "caption": "Celle per batterie su un banco di prova",
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
            "motif": "showroom",
            "cars": ["blue", "white", "green"],
            "body": "hatch",
            "alt": (
                "Illustrazione: tre utilitarie, una blu, una bianca e una verde, esposte nel "
                "salone di una concessionaria con grandi vetrate"
            ),
            "caption": (
                "Auto nuove in concessionaria: il contributo è legato all'ISEE e alla rottamazione"
            ),
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
            "motif": "road",
            "cars": ["blue"],
            "body": "suv",
            "alt": "Illustrazione: un SUV blu su una strada alberata che corre verso l'orizzonte",
            "caption": "Un SUV compatto in viaggio: la EV3 dichiara fino a 605 km di autonomia",
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
            "motif": "car",
            "cars": ["grey"],
            "body": "suv",
            "alt": "Illustrazione: un SUV grigio visto di fianco",
            "caption": "Un SUV a batteria: la Model Y cambia design e interni",
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
            "motif": "hydrogen",
            "cars": ["white"],
            "body": "sedan",
            "alt": (
                "Illustrazione: una berlina bianca ferma accanto a un distributore di idrogeno con "
                "la scritta H2, la pistola collegata"
            ),
            "caption": "Il rifornimento di idrogeno richiede pochi minuti",
        },
    },
]
