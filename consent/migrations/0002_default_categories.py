from django.db import migrations

CATEGORIES = [
    (
        "necessari",
        "Necessari",
        "Servono al funzionamento del sito e a ricordare la tua scelta sui cookie. "
        "Non richiedono consenso e non possono essere disattivati.",
        True,
        0,
    ),
    (
        "statistiche",
        "Statistiche",
        "Ci aiutano a capire quali articoli vengono letti e come migliorare il sito, "
        "con dati aggregati.",
        False,
        1,
    ),
    (
        "marketing",
        "Marketing",
        "Permettono di mostrarti pubblicità più pertinente e di misurarne l'efficacia.",
        False,
        2,
    ),
    (
        "terze_parti",
        "Contenuti di terze parti",
        "Video e post incorporati negli articoli (YouTube, X, Instagram, Facebook): "
        "caricandoli, questi servizi possono impostare i propri cookie.",
        False,
        3,
    ),
]
NECESSARY = [
    (
        "Scelta sui cookie",
        "Questo sito",
        "Ricorda le categorie che hai accettato o rifiutato, la versione dell'informativa "
        "e la data della scelta.",
        "6 mesi",
        "nr_consent",
    ),
    (
        "Sessione della redazione",
        "Questo sito",
        "Solo per i giornalisti che accedono all'area riservata: mantiene l'accesso "
        "e protegge i moduli.",
        "Sessione / 1 anno",
        "sessionid, csrftoken",
    ),
]
PRIVACY = (
    "Questa informativa descrive come il sito tratta i dati personali dei lettori.\n\n"
    "Il sito non richiede registrazione per leggere gli articoli. Quando esprimi una scelta "
    "sui cookie conserviamo, come prova del consenso, un identificativo casuale, le categorie "
    "accettate e rifiutate, la data, l'indirizzo IP troncato e la famiglia del browser.\n\n"
    "Gli amministratori possono aggiornare questo testo dall'area riservata."
)


def forwards(apps, schema_editor):
    Category = apps.get_model("consent", "ConsentCategory")
    Service = apps.get_model("consent", "ConsentService")
    Policy = apps.get_model("consent", "ConsentPolicy")
    for key, name, description, required, order in CATEGORIES:
        Category.objects.get_or_create(
            key=key,
            defaults={
                "name": name,
                "description": description,
                "required": required,
                "order": order,
            },
        )
    necessary = Category.objects.get(key="necessari")
    for order, (name, provider, purpose, duration, cookies) in enumerate(NECESSARY):
        Service.objects.get_or_create(
            category=necessary,
            name=name,
            defaults={
                "provider": provider,
                "purpose": purpose,
                "duration": duration,
                "cookie_names": cookies,
                "order": order,
            },
        )
    Policy.objects.get_or_create(pk=1, defaults={"version": 1, "privacy_policy": PRIVACY})


class Migration(migrations.Migration):
    dependencies = [("consent", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
