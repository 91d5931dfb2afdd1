namespace CollabBot.Dialogs.Plans.Recognition;

/// <summary>
/// Cue phrases per intent in English, French, Spanish and German. Written as users type them;
/// they are normalised with <see cref="TextNormalizer"/> at start-up, so accents and apostrophes are optional.
/// When phrases overlap, the longest one wins ("stop following" beats "following", "follow up" beats "follow").
/// </summary>
public static class IntentCues
{
    public static readonly IReadOnlyDictionary<CueKind, string[]> Phrases = new Dictionary<CueKind, string[]>
    {
        [CueKind.PlansStrong] =
        [
            // en
            "plans", "planned", "planning", "roadmap", "roadmaps", "road map", "what's planned", "upcoming",
            "what's coming", "whats coming", "coming soon", "what's next", "whats next", "pipeline",
            // fr
            "prévu", "prévus", "prévue", "prévues", "prévoit", "prévoyez", "planifié", "planifiés", "planifiée",
            "feuille de route", "à venir",
            // es
            "previsto", "prevista", "previstos", "previstas", "planes", "planeado", "planeada", "planea", "planean",
            "planificado", "hoja de ruta", "plan de ruta", "próximamente",
            // de
            "geplant", "geplante", "geplanten", "geplantes", "welche pläne", "was plant", "planung", "demnächst", "vorhaben",
        ],
        [CueKind.PlansWeak] =
        [
            // en
            "plan for", "the plan", "any plan", "news", "latest on", "latest for", "latest in", "latest from", "updates", "any update", "changes", "coming", "coming next", "next release",
            "next version", "next for", "future", "improvements", "new features", "new feature", "new functionality",
            "when will", "release", "releases", "release notes", "next steps",
            // fr
            "projets", "évolution", "évolutions", "prochaine", "prochaines", "bientôt", "avenir", "futur",
            "nouvelles fonctionnalités", "changements", "améliorations",
            // es
            "mejoras", "próxima", "próximas", "próximo", "próximos", "futuro", "qué viene", "lo que viene", "viene",
            "nuevas funciones", "nuevas funcionalidades", "cambios", "noticias",
            // de
            "pläne", "plant", "was kommt", "kommt", "als nächstes", "zukunft", "änderungen", "neuerungen",
            "verbesserungen", "neue funktionen", "nachrichten",
        ],
        [CueKind.WhatsNew] =
        [
            // en
            "what's new", "whats new", "what is new", "anything new", "any news", "what's the news", "recent changes",
            "what changed", "what has changed", "what's changed", "latest updates", "latest news", "latest changes",
            // fr
            "quoi de neuf", "quoi de nouveau", "du nouveau", "nouveautés", "nouveauté", "qu'est-ce qui a changé",
            "ce qui a changé", "actualités", "dernières nouvelles",
            // es
            "qué hay de nuevo", "qué hay nuevo", "novedades", "novedad", "qué ha cambiado", "últimas noticias", "algo nuevo",
            // de
            "was gibt's neues", "was gibts neues", "was gibt es neues", "was ist neu", "neuigkeiten", "was hat sich geändert",
            "etwas neues", "neues bei", "neues zu", "neues zum", "neues zur", "neues von", "neues in",
        ],
        [CueKind.Follow] =
        [
            // en
            "follow", "subscribe", "subscribe me", "notify me", "keep me posted", "keep me updated", "keep me informed", "alert me",
            // fr
            "suivre", "m'abonner", "abonner", "abonnez-moi", "abonne-moi", "s'abonner", "je m'abonne", "tenez-moi informé",
            "me notifier",
            // es
            "seguir", "suscribirme", "suscribir", "suscríbeme", "recibir novedades", "notificarme", "avísame",
            // de
            "folgen", "abonnieren", "benachrichtige mich", "benachrichtigen", "auf dem laufenden halten",
        ],
        [CueKind.Unfollow] =
        [
            // en
            "unfollow", "stop following", "unsubscribe", "unsubscribe me", "no longer follow", "stop notifying me",
            // fr
            "ne plus suivre", "arrêter de suivre", "me désabonner", "se désabonner", "désabonner", "désabonnez-moi",
            // es
            "dejar de seguir", "cancelar suscripción", "cancelar la suscripción", "darme de baja", "desuscribirme", "desuscribir",
            // de
            "nicht mehr folgen", "entfolgen", "abbestellen", "deabonnieren", "abo kündigen",
        ],
        [CueKind.Subscriptions] =
        [
            // en
            "my subscriptions", "subscriptions", "what am i following", "am i following", "do i follow", "what do i follow",
            "my follows", "am i subscribed", "i'm subscribed", "i am subscribed",
            // fr
            "mes abonnements", "abonnements", "que je suis", "je suis abonné", "mes suivis",
            // es
            "mis suscripciones", "suscripciones", "productos sigo", "qué sigo", "estoy suscrito", "estoy suscrita",
            // de
            "meine abonnements", "meine abos", "abos", "folge ich", "habe ich abonniert",
        ],
        [CueKind.OtherTopic] =
        [
            // en
            "nominate", "nominating", "nomination", "nominations", "trainer", "trainers", "round table", "roundtable",
            "survey", "questionnaire", "feedback", "bug", "webinar", "training", "course", "courses", "register",
            "registration", "meeting", "follow up", "i plan to", "we plan to", "i'm planning", "i am planning", "award",
            "log in", "login", "password", "is down", "outage", "offline", "back online", "not working", "doesn't work",
            "does not work", "broken", "slow", "user guide", "guide", "manual", "documentation", "tutorial", "slides",
            "presentation", "certificate", "event", "events", "conference", "agenda",
            // fr
            "nominer", "formateur", "formatrice", "formation", "table ronde", "sondage", "enquête", "commentaires",
            "bogue", "erreur", "webinaire", "inscrire", "inscription", "cours", "réunion", "je prévois de", "mot de passe",
            "en panne", "ne fonctionne pas", "ne marche pas", "lent", "manuel", "tutoriel", "diapositives", "présentation",
            "certificat", "événement", "événements", "conférence", "ordre du jour",
            // es
            "nominar", "nominación", "formador", "formadora", "formación", "capacitación", "mesa redonda", "encuesta",
            "comentarios", "error", "seminario web", "inscribirme", "inscripción", "curso", "reunión", "planeo", "contraseña",
            "no funciona", "caído", "lento", "guía", "documentación", "diapositivas", "presentación", "certificado",
            "evento", "eventos", "conferencia",
            // de
            "nominieren", "nominierung", "schulung", "runder tisch", "runden tisch", "umfrage", "rückmeldung", "fehler",
            "anmelden", "anmeldung", "kurs", "treffen", "sitzung", "ich plane", "passwort",
            "funktioniert nicht", "geht nicht", "ausgefallen", "langsam", "störung", "handbuch", "anleitung", "dokumentation",
            "folien", "präsentation", "zertifikat", "veranstaltung", "konferenz", "tagesordnung",
        ],
    };

    /// <summary>
    /// Words that carry no topic. A product named with nothing but these around it is a bare product
    /// request ("wipo lex?", "PATENTSCOPE please"); anything else without a cue means the message is about something else.
    /// </summary>
    public static readonly string[] Filler =
    [
        // en
        "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "about", "with", "from", "by", "into",
        "is", "are", "be", "what", "please", "pls", "plz", "thanks", "thank", "me", "i", "we", "us", "any", "show",
        "tell", "list", "want", "like", "would", "could", "can", "do", "does", "there", "it", "this", "that", "so",
        "also", "again", "now", "all", "everything", "hi", "hello", "hey", "ok", "info", "information", "details",
        "recently", "lately", "current", "currently", "across", "year", "month", "week",
        // fr
        "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "pour", "sur", "dans", "au", "aux",
        "en", "chez", "avec", "je", "j", "moi", "m", "nous", "que", "qu", "quel", "quels", "quelle", "quelles", "est",
        "ce", "sont", "svp", "merci", "bonjour", "salut", "veux", "voudrais", "souhaite", "recemment", "dernierement",
        // es
        "el", "los", "las", "una", "del", "y", "o", "para", "sobre", "con", "al", "cual", "hay", "es", "son", "mi",
        "yo", "por", "favor", "gracias", "hola", "quiero", "quisiera", "recientes", "recientemente",
        // de
        "der", "die", "das", "den", "dem", "ein", "eine", "und", "oder", "fur", "zu", "zum", "zur", "bei", "beim",
        "im", "an", "am", "auf", "von", "vom", "mit", "uber", "was", "ist", "sind", "gibt", "ich", "mir", "mich",
        "bitte", "danke", "hallo", "mochte", "will", "welche", "welchen", "aktuell", "kurzlich", "zuletzt",
        // all languages
        "s", "wipo", "ompi", "product", "products", "produit", "produits", "producto", "productos", "produkt",
        "produkte", "produkten", "tool", "tools", "outil", "outils", "herramienta", "herramientas", "database",
        "databases", "db", "service", "services", "platform", "platforms",
    ];

    /// <summary>
    /// A follow cue with one of these words in the message means unfollow ("je ne veux plus suivre", "no quiero seguir").
    /// Single normalised tokens: "don" comes from "don't", "n" from French "n'".
    /// </summary>
    public static readonly string[] Negations =
    [
        "not", "don", "dont", "doesn", "anymore", "never", "ne", "n", "no", "nicht", "kein", "keine", "nie",
    ];

    /// <summary>Personal small talk ("what are your plans for the weekend?"). Only consulted when no product is named.</summary>
    public static readonly string[] ChitChat =
    [
        "you", "your", "yours", "u", "weekend", "tonight", "lunch", "dinner", "weather", "joke", "holiday", "holidays",
        "vacation", "toi", "tu", "ton", "tes", "vacances", "meteo", "contigo", "tus", "vacaciones", "dir", "dich",
        "dein", "deine", "urlaub", "wochenende", "wetter",
    ];
}
