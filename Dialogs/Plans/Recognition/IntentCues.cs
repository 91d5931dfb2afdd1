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
            "what's coming", "whats coming", "coming soon", "what's next", "whats next", "pipeline", "on the horizon",
            "in the works",
            // fr
            "prévu", "prévus", "prévue", "prévues", "prévoit", "prévoyez", "planifié", "planifiés", "planifiée",
            "feuille de route", "à venir", "à l'horizon", "dans les tuyaux",
            // es
            "previsto", "prevista", "previstos", "previstas", "planes", "planeado", "planeada", "planea", "planean",
            "planificado", "hoja de ruta", "plan de ruta", "próximamente", "en camino",
            // de
            "geplant", "geplante", "geplanten", "geplantes", "welche pläne", "was plant", "planung", "demnächst", "vorhaben",
        ],
        [CueKind.PlansWeak] =
        [
            // en
            "plan for", "the plan", "any plan", "news", "latest on", "latest for", "latest in", "latest from", "updates", "any update", "changes", "coming", "coming next", "next release",
            "next version", "next for", "future", "improvements", "new features", "new feature", "new functionality",
            "when will", "release", "releases", "release notes", "next steps", "soon", "working on",
            "in development", "under development", "being developed", "being worked on",
            // fr
            "projets", "évolution", "évolutions", "prochaine", "prochaines", "bientôt", "avenir", "futur",
            "nouvelles fonctionnalités", "changements", "améliorations", "travaillez", "travaillent", "travaille l'ompi",
            "se prépare", "préparez", "en préparation", "en développement", "en cours de développement",
            // es
            "mejoras", "próxima", "próximas", "próximo", "próximos", "futuro", "qué viene", "lo que viene", "viene",
            "nuevas funciones", "nuevas funcionalidades", "cambios", "noticias", "pronto", "está trabajando",
            "están trabajando", "estáis trabajando", "trabajan", "en preparación", "en desarrollo",
            // de
            "pläne", "plant", "was kommt", "kommt", "als nächstes", "zukunft", "änderungen", "neuerungen",
            "verbesserungen", "neue funktionen", "nachrichten", "bald", "kommen", "arbeitet ihr", "arbeiten sie",
            "woran arbeitet", "woran arbeiten", "in arbeit", "in vorbereitung", "in entwicklung",
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
            "want updates", "get updates", "receive updates", "send me updates", "let me know when",
            // fr
            "suivre", "m'abonner", "abonner", "abonnez-moi", "abonne-moi", "s'abonner", "je m'abonne", "tenez-moi informé",
            "me notifier", "tenez-moi au courant", "tiens-moi au courant", "me tenir au courant", "prévenez-moi",
            "préviens-moi", "recevoir les nouvelles", "recevoir des nouvelles", "recevoir les actualités",
            "recevoir les mises à jour",
            // es
            "seguir", "suscribirme", "suscribir", "suscríbeme", "recibir novedades", "notificarme", "avísame",
            "avísenme", "mantenme informado", "mantenme informada", "mantenme al tanto", "infórmame",
            // de
            "folgen", "abonnieren", "benachrichtige mich", "benachrichtigen", "auf dem laufenden halten",
            "halte mich auf dem laufenden", "haltet mich auf dem laufenden", "informiere mich", "sag mir bescheid",
            "gib mir bescheid",
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
            "mes abonnements", "abonnements", "que je suis", "je suis abonné", "je suis abonnée", "suis-je abonné",
            "suis-je abonnée", "mes suivis",
            // es
            "mis suscripciones", "suscripciones", "productos sigo", "qué sigo", "estoy suscrito", "estoy suscrita",
            "estoy siguiendo",
            // de
            "meine abonnements", "meine abos", "abos", "folge ich", "habe ich abonniert",
        ],
        [CueKind.Time] =
        [
            "since the last meeting", "since our last meeting", "since the last round table", "since last time",
            "depuis la dernière réunion", "depuis notre dernière réunion", "depuis la dernière table ronde",
            "desde la última reunión", "desde nuestra última reunión", "desde la última mesa redonda",
            "seit dem letzten treffen", "seit der letzten sitzung", "seit dem letzten runden tisch",
        ],
        [CueKind.OtherTopic] =
        [
            // en
            "nominate", "nominating", "nomination", "nominations", "trainer", "trainers", "round table", "roundtable",
            "survey", "questionnaire", "feedback", "webinar", "training", "course", "courses", "register",
            "registration", "meeting", "follow up", "i plan to", "we plan to", "i'm planning", "i am planning", "award",
            "user guide", "guide", "manual", "documentation", "tutorial", "slides", "presentation", "certificate",
            "event", "events", "conference", "agenda", "i'm working on", "im working on", "i am working on",
            "we're working on", "we are working on",
            // fr
            "nominer", "formateur", "formatrice", "formation", "table ronde", "sondage", "enquête", "commentaires",
            "webinaire", "inscrire", "inscription", "cours", "réunion", "je prévois de", "manuel", "tutoriel",
            "diapositives", "présentation", "certificat", "événement", "événements", "conférence", "ordre du jour",
            "je travaille", "nous travaillons",
            // es
            "nominar", "nominación", "formador", "formadora", "formación", "capacitación", "mesa redonda", "encuesta",
            "comentarios", "seminario web", "inscribirme", "inscripción", "curso", "reunión", "planeo", "guía",
            "documentación", "diapositivas", "presentación", "certificado", "evento", "eventos", "conferencia",
            "estoy trabajando",
            // de
            "nominieren", "nominierung", "schulung", "runder tisch", "runden tisch", "umfrage", "rückmeldung",
            "anmelden", "anmeldung", "kurs", "treffen", "sitzung", "ich plane", "handbuch", "anleitung", "dokumentation",
            "folien", "präsentation", "zertifikat", "veranstaltung", "konferenz", "tagesordnung",
        ],
        [CueKind.Problem] =
        [
            // en
            "bug", "log in", "login", "log into", "sign in", "password", "can't access", "cannot access", "is down",
            "outage", "offline", "back online", "be back", "back up", "not working", "doesn't work", "does not work",
            "broken", "slow", "crash", "crashes", "crashed", "problem", "problems", "won't load", "doesn't load",
            "not loading",
            // fr
            "bogue", "erreur", "mot de passe", "me connecter", "connexion", "en panne", "ne fonctionne pas",
            "ne marche pas", "ne répond pas", "lent", "problème", "problèmes",
            // es
            "error", "contraseña", "iniciar sesión", "no funciona", "caído", "lento", "no carga", "problema", "problemas",
            // de
            "fehler", "passwort", "einloggen", "funktioniert nicht", "geht nicht", "ausgefallen", "ist down",
            "langsam", "störung", "lädt nicht", "kommen nicht", "komme nicht", "kommt nicht",
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
