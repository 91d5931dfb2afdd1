using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Plans;

/// <summary>"What's new": recent plan changes across products (the help card's button runs it).</summary>
public sealed class WhatsNewCommand(PlansAnswers answers) : ICommand
{
    public const string Name = "plans.whatsNew";

    public CommandInfo Info { get; } = new(Name, "What's new", "recent changes to WIPO product plans", Role.Member,
        ["what's new", "whats new", "what is new", "news", "quoi de neuf", "nouveautes", "novedades", "que hay de nuevo",
            "neuigkeiten", "was gibt es neues"]);

    public Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        answers.ShowWhatsNewAsync(turn, cancellationToken);
}

/// <summary>The products the bot knows, each with its plans and a follow button.</summary>
public sealed class ProductsCommand(PlansAnswers answers) : ICommand
{
    public const string Name = "plans.products";

    public CommandInfo Info { get; } = new(Name, "Product plans", "what WIPO plans for its information products", Role.Member,
        ["products", "product plans", "product list", "produits", "liste des produits", "productos", "produkte", "produktliste"]);

    public Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        answers.ShowProductsAsync(turn, null, cancellationToken);
}

public sealed class SubscriptionsCommand(PlansAnswers answers) : ICommand
{
    public const string Name = "plans.subscriptions";

    public CommandInfo Info { get; } = new(Name, "My subscriptions", "the products you follow", Role.Member,
        ["my subscriptions", "subscriptions", "mes abonnements", "mis suscripciones", "meine abonnements"]);

    public Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        answers.ShowSubscriptionsAsync(turn, cancellationToken);
}
