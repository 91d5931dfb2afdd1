using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Plans;

/// <summary>"What's new": recent plan changes across products (the help card's button runs it).</summary>
public sealed class WhatsNewCommand(PlansAnswers answers, IStringLocalizer<PlansTexts> texts) : ICommand
{
    public const string Name = "plans.whatsNew";

    public CommandInfo Info { get; } = new(Name, Role.Member,
        ["what's new", "whats new", "what is new", "news", "quoi de neuf", "nouveautes", "novedades", "que hay de nuevo",
            "neuigkeiten", "was gibt es neues"])
    {
        Help = new(texts, "WhatsNew"),
    };

    public Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        answers.ShowWhatsNewAsync(turn, cancellationToken);
}

/// <summary>The products the bot knows, each with its plans and a follow button.</summary>
public sealed class ProductsCommand(PlansAnswers answers, IStringLocalizer<PlansTexts> texts) : ICommand
{
    public const string Name = "plans.products";

    public CommandInfo Info { get; } = new(Name, Role.Member,
        ["products", "product plans", "product list", "produits", "liste des produits", "productos", "produkte", "produktliste"])
    {
        Help = new(texts, "Products"),
    };

    public Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        answers.ShowProductsAsync(turn, null, cancellationToken);
}

public sealed class SubscriptionsCommand(PlansAnswers answers, IStringLocalizer<PlansTexts> texts) : ICommand
{
    public const string Name = "plans.subscriptions";

    public CommandInfo Info { get; } = new(Name, Role.Member,
        ["my subscriptions", "subscriptions", "mes abonnements", "mis suscripciones", "meine abonnements"])
    {
        Help = new(texts, "Subscriptions"),
    };

    public Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        answers.ShowSubscriptionsAsync(turn, cancellationToken);
}
