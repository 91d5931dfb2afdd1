using CollabBot.Cards.Plans;
using CollabBot.Dialogs.Localization;

namespace CollabBot.Dialogs.Plans;

/// <summary>Everything the plans feature says to members, in English, French, Spanish and German.</summary>
public static class PlansTexts
{
    public static readonly Localized UnknownProduct = new(
        "I don't know that product. These are the products I know:",
        "Je ne connais pas ce produit. Voici les produits que je connais :",
        "No conozco ese producto. Estos son los productos que conozco:",
        "Dieses Produkt kenne ich nicht. Diese Produkte kenne ich:");

    public static readonly Localized WhichToFollow = new(
        "Which product would you like to follow? Press **Follow** next to it, or type e.g. **follow PATENTSCOPE**.",
        "Quel produit voulez-vous suivre ? Appuyez sur **Suivre** à côté, ou tapez par ex. **suivre PATENTSCOPE**.",
        "¿Qué producto quiere seguir? Pulse **Seguir** a su lado, o escriba p. ej. **seguir PATENTSCOPE**.",
        "Welchem Produkt möchten Sie folgen? Drücken Sie daneben auf **Folgen** oder schreiben Sie z. B. **PATENTSCOPE folgen**.");

    public static readonly Localized WhichToUnfollow = new(
        "Which product would you like to stop following?",
        "Quel produit ne voulez-vous plus suivre ?",
        "¿Qué producto quiere dejar de seguir?",
        "Welchem Produkt möchten Sie nicht mehr folgen?");

    public static readonly Localized Followed = new(
        "You now follow **{0}**: I'll tell you when its plans change.",
        "Vous suivez maintenant **{0}** : je vous préviendrai quand ses plans changent.",
        "Ahora sigue **{0}**: le avisaré cuando cambien sus planes.",
        "Sie folgen jetzt **{0}**: Ich sage Ihnen Bescheid, wenn sich die Pläne ändern.");

    public static readonly Localized AlreadyFollowing = new(
        "You already follow **{0}**.",
        "Vous suivez déjà **{0}**.",
        "Ya sigue **{0}**.",
        "Sie folgen **{0}** bereits.");

    public static readonly Localized Unfollowed = new(
        "You no longer follow **{0}**.",
        "Vous ne suivez plus **{0}**.",
        "Ya no sigue **{0}**.",
        "Sie folgen **{0}** nicht mehr.");

    public static readonly Localized NotFollowing = new(
        "You were not following **{0}**.",
        "Vous ne suiviez pas **{0}**.",
        "No seguía **{0}**.",
        "Sie sind **{0}** nicht gefolgt.");

    public static readonly Localized QuestionSent = new(
        "Thanks: I've passed your question about **{0}** to WIPO staff.",
        "Merci : j'ai transmis votre question sur **{0}** au personnel de l'OMPI.",
        "Gracias: he enviado su pregunta sobre **{0}** al personal de la OMPI.",
        "Danke: Ich habe Ihre Frage zu **{0}** an die WIPO weitergeleitet.");

    public static readonly Localized QuestionAlreadySent = new(
        "You've already asked about **{0}**; WIPO staff have your question.",
        "Vous avez déjà posé la question sur **{0}** ; le personnel de l'OMPI l'a reçue.",
        "Ya preguntó sobre **{0}**; el personal de la OMPI tiene su pregunta.",
        "Sie haben zu **{0}** bereits gefragt; die WIPO hat Ihre Frage.");

    public static readonly Localized ProductGone = new(
        "I no longer know that product. Type **products** to see the list.",
        "Je ne connais plus ce produit. Tapez **produits** pour voir la liste.",
        "Ya no conozco ese producto. Escriba **productos** para ver la lista.",
        "Dieses Produkt kenne ich nicht mehr. Schreiben Sie **Produkte**, um die Liste zu sehen.");

    /// <summary>{0} product, {1} plan item, {2} status.</summary>
    public static readonly Localized NewsAdded = new(
        "**{0}** has a new plan item: **{1}** ({2}). Type **{0}** to see its plans.",
        "**{0}** a un nouveau point dans ses plans : **{1}** ({2}). Tapez **{0}** pour voir ses plans.",
        "**{0}** tiene un nuevo punto en sus planes: **{1}** ({2}). Escriba **{0}** para ver sus planes.",
        "**{0}** hat einen neuen Punkt in den Plänen: **{1}** ({2}). Schreiben Sie **{0}**, um die Pläne zu sehen.");

    /// <summary>{0} product, {1} plan item, {2} status.</summary>
    public static readonly Localized NewsStatus = new(
        "**{0}**: **{1}** is now {2}.",
        "**{0}** : **{1}** est maintenant « {2} ».",
        "**{0}**: **{1}** ahora está «{2}».",
        "**{0}**: **{1}** ist jetzt „{2}“.");

    private static readonly Dictionary<PlanStatus, Localized> Statuses = new()
    {
        [PlanStatus.Planned] = new("planned", "prévu", "previsto", "geplant"),
        [PlanStatus.InProgress] = new("in progress", "en cours", "en curso", "in Arbeit"),
        [PlanStatus.Released] = new("released", "publié", "publicado", "veröffentlicht"),
        [PlanStatus.Dropped] = new("dropped", "abandonné", "descartado", "verworfen"),
    };

    public static string Status(PlanStatus status, string? locale) => Statuses[status].In(locale);

    public static PlansLabels Labels(string? locale) => Localized.Language(locale) switch
    {
        "fr" => French,
        "es" => Spanish,
        "de" => German,
        _ => PlansLabels.English,
    };

    private static readonly PlansLabels French = new()
    {
        Upcoming = "À venir",
        RecentlyReleased = "Publié récemment",
        NothingUpcoming = "Rien d'autre n'est prévu pour le moment.",
        Target = "Échéance",
        Updated = "Mis à jour",
        Details = "Détails",
        Follow = "Suivre",
        Unfollow = "Ne plus suivre",
        Following = "Vous suivez ce produit : je vous préviendrai quand ses plans changent.",
        ProductPage = "Page du produit",
        SeePlans = "Plans",
        SampleNote = "Données d'exemple pour les tests : pas les plans réels de l'OMPI.",
        NoPlans = "L'OMPI n'a pas encore publié de plans pour {0}.",
        AskStaff = "Demander au personnel de l'OMPI",
        ProductsHeading = "Produits d'information de l'OMPI",
        WhatsNewHeading = "Quoi de neuf",
        WhatsNewEmpty = "Aucun changement récent.",
        Added = "nouveau",
        SubscriptionsHeading = "Mes abonnements",
        SubscriptionsEmpty = "Vous ne suivez encore aucun produit.",
        More = "{0} de plus.",
    };

    private static readonly PlansLabels Spanish = new()
    {
        Upcoming = "Próximamente",
        RecentlyReleased = "Publicado recientemente",
        NothingUpcoming = "No hay nada más previsto por ahora.",
        Target = "Previsto para",
        Updated = "Actualizado",
        Details = "Detalles",
        Follow = "Seguir",
        Unfollow = "Dejar de seguir",
        Following = "Sigue este producto: le avisaré cuando cambien sus planes.",
        ProductPage = "Página del producto",
        SeePlans = "Planes",
        SampleNote = "Datos de ejemplo para pruebas: no son los planes reales de la OMPI.",
        NoPlans = "La OMPI aún no ha publicado planes para {0}.",
        AskStaff = "Preguntar al personal de la OMPI",
        ProductsHeading = "Productos de información de la OMPI",
        WhatsNewHeading = "Novedades",
        WhatsNewEmpty = "No hay cambios recientes.",
        Added = "nuevo",
        SubscriptionsHeading = "Mis suscripciones",
        SubscriptionsEmpty = "Aún no sigue ningún producto.",
        More = "{0} más.",
    };

    private static readonly PlansLabels German = new()
    {
        Upcoming = "Demnächst",
        RecentlyReleased = "Kürzlich veröffentlicht",
        NothingUpcoming = "Derzeit ist nichts weiter geplant.",
        Target = "Ziel",
        Updated = "Aktualisiert",
        Details = "Details",
        Follow = "Folgen",
        Unfollow = "Nicht mehr folgen",
        Following = "Sie folgen diesem Produkt: Ich sage Bescheid, wenn sich die Pläne ändern.",
        ProductPage = "Produktseite",
        SeePlans = "Pläne",
        SampleNote = "Beispieldaten für Tests: nicht die tatsächlichen Pläne der WIPO.",
        NoPlans = "Die WIPO hat für {0} noch keine Pläne veröffentlicht.",
        AskStaff = "WIPO fragen",
        ProductsHeading = "Informationsprodukte der WIPO",
        WhatsNewHeading = "Neuigkeiten",
        WhatsNewEmpty = "Keine aktuellen Änderungen.",
        Added = "neu",
        SubscriptionsHeading = "Meine Abonnements",
        SubscriptionsEmpty = "Sie folgen noch keinem Produkt.",
        More = "{0} weitere.",
    };

    // A product named in a message that asks nothing recognisable: the product card (PlansStage, ProductMentionCard).

    /// <summary>{0}: the product's name.</summary>
    public static readonly Localized MentionedProduct = new(
        "You mentioned **{0}**. I can show its plans or keep you posted when they change.",
        "Vous avez mentionné **{0}**. Je peux vous montrer ses plans ou vous prévenir quand ils changent.",
        "Ha mencionado **{0}**. Puedo mostrarle sus planes o avisarle cuando cambien.",
        "Sie haben **{0}** erwähnt. Ich kann Ihnen die Pläne zeigen oder Bescheid sagen, wenn sie sich ändern.");

    /// <summary>{0}: the product's name.</summary>
    public static readonly Localized MentionedFollowedProduct = new(
        "You mentioned **{0}**, which you follow. I can show its plans.",
        "Vous avez mentionné **{0}**, que vous suivez. Je peux vous montrer ses plans.",
        "Ha mencionado **{0}**, que usted sigue. Puedo mostrarle sus planes.",
        "Sie haben **{0}** erwähnt, dem Sie folgen. Ich kann Ihnen die Pläne zeigen.");

    public static readonly Localized SeeItsPlans = new("See its plans", "Voir ses plans", "Ver sus planes", "Pläne ansehen");

    public static readonly Localized Help = new("Help", "Aide", "Ayuda", "Hilfe");
}
