using CollabBot.Cards.Model;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Plans;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Contributions.Feedback;

/// <summary>
/// Feedback on a WIPO product or service, general or about one case. Staff answer it, or link it to an item of that
/// product's plans: its sender is told, and told again when the item is released (<see cref="FeedbackReleases"/>).
/// </summary>
public sealed class FeedbackChannel(IPlansCatalogue catalogue, IStringLocalizer<ContributionTexts> texts) : ContributionChannel(texts)
{
    public const string KindName = "feedback";
    public const string ProductField = "product";
    public const string OtherService = "Another WIPO service";

    public override string Kind => KindName;

    public override string Prefix => "F";

    public override string EnglishName => "Feedback";

    public override string TitleField => ProductField;

    public override IReadOnlyList<ContributionOutcome> Outcomes { get; } = [ContributionOutcome.Answer, ContributionOutcome.LinkToPlan];

    public override IReadOnlyList<string> Words { get; } = ["feedback", "avis", "opinion", "comentarios", "ruckmeldung"];

    public override async Task<IReadOnlyList<ChannelField>> FieldsAsync(CancellationToken cancellationToken)
    {
        var products = (await catalogue.ListProductsAsync(cancellationToken)).Select(p => p.Name).Order(StringComparer.OrdinalIgnoreCase).ToList();
        return
        [
            new(ProductField, "Product", FieldType.SingleChoice) { English = [.. products, OtherService], Shown = [.. products, Texts["FeedbackOtherService"]] },
            new("about", "About", FieldType.SingleChoice) { English = ["General feedback", "One case"] },
            new("what", "What happened", FieldType.LongText) { MaxLength = 3000 },
            new("importance", "How important", FieldType.SingleChoice) { English = ["Low", "Medium", "High", "Critical"] },
            new("contact", "May WIPO contact them", FieldType.YesNo),
        ];
    }

    /// <summary>The items of the product's plans, not retired: "{product}/{plan}".</summary>
    public override async Task<IReadOnlyList<Choice>> PlanChoicesAsync(Contribution contribution, CancellationToken cancellationToken)
    {
        var name = contribution[ProductField];
        if ((await catalogue.ListProductsAsync(cancellationToken)).FirstOrDefault(p => p.Name == name) is not { } product)
        {
            return [];
        }
        return [.. (await catalogue.ListPlansAsync(product.Id, cancellationToken)).Where(p => !p.Retired && p.Status != PlanStatus.Dropped)
            .Select(p => new Choice($"{p.Title} ({p.Status})", $"{product.Id}/{p.Id}"))];
    }

    /// <summary>The item by its own title: the choices' titles also give its status, for staff.</summary>
    public override async Task<LinkedPlan?> PlanAsync(Contribution contribution, string? value, CancellationToken cancellationToken) =>
        (await PlanChoicesAsync(contribution, cancellationToken)).Any(p => p.Value == value) && value!.Split('/') is [var product, var id]
            && await catalogue.FindPlanAsync(product, id, cancellationToken) is { } plan
            ? new LinkedPlan(product, id, plan.Title)
            : null;
}
