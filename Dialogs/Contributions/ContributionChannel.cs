using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Contributions;

/// <summary>
/// One question of a channel's form. Its prompt and choices are read in the member's language from the channel texts
/// (<c>{Kind}{Id}</c>, <c>{Kind}{Id}{i}</c>); answers are kept in English (<see cref="English"/> names a choice as staff read it).
/// </summary>
/// <param name="Label">How staff read it on the card and in exports.</param>
public sealed record ChannelField(string Id, string Label, FieldType Type, bool Required = true)
{
    public IReadOnlyList<string> English { get; init; } = [];

    /// <summary>The choices as members read them, when they are names in no language (products, meetings): instead of the texts.</summary>
    public IReadOnlyList<string>? Shown { get; init; }

    public int? MaxLength { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }
}

/// <summary>
/// A way members work with WIPO (feedback, an Inspire report proposal, a Magazine paper...): its form, who may use it,
/// what staff may decide and how its staff card reads. The contributions feature does the rest (record, staff card,
/// pings, inbox, "my contributions", exports) the same way for every channel.
/// </summary>
public abstract class ContributionChannel(IStringLocalizer<ContributionTexts> texts)
{
    /// <summary>Stable id, in keys and verbs ("feedback").</summary>
    public abstract string Kind { get; }

    /// <summary>The letter of its ids ("F" for F1, F2...).</summary>
    public abstract string Prefix { get; }

    /// <summary>Its name as staff read it.</summary>
    public abstract string EnglishName { get; }

    public abstract IReadOnlyList<ContributionOutcome> Outcomes { get; }

    /// <summary>Words that name it after "contribute", in every language we speak, normalised ("feedback", "magazine").</summary>
    public abstract IReadOnlyList<string> Words { get; }

    /// <summary>The field whose answer names the contribution on lists ("PATENTSCOPE", a paper's title).</summary>
    public abstract string TitleField { get; }

    protected IStringLocalizer<ContributionTexts> Texts => texts;

    /// <summary>Its name in the member's language (text <c>{Kind}Name</c>).</summary>
    public string Name => texts[Key("Name")];

    /// <summary>What it is for, on the channels card (text <c>{Kind}Description</c>).</summary>
    public string Description => texts[Key("Description")];

    /// <summary>Why this member may not use it, in their language; null when they may. Checked when the form starts and when it is sent.</summary>
    public virtual Task<string?> RefusalAsync(Member member, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>The form's questions for this member now (e.g. the products of the catalogue, the meetings taking slots).</summary>
    public abstract Task<IReadOnlyList<ChannelField>> FieldsAsync(CancellationToken cancellationToken);

    /// <summary>What happens once staff accepted it (beyond telling its sender).</summary>
    public virtual Task AcceptedAsync(Contribution contribution, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The plan items a contribution may be linked to (feedback on a product); none for other channels.</summary>
    public virtual Task<IReadOnlyList<Cards.Model.Choice>> PlanChoicesAsync(Contribution contribution, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Cards.Model.Choice>>([]);

    /// <summary>The plan item a choice's value names, titled as its sender reads it; null when it is none of <see cref="PlanChoicesAsync"/>.</summary>
    public virtual Task<LinkedPlan?> PlanAsync(Contribution contribution, string? value, CancellationToken cancellationToken) =>
        Task.FromResult<LinkedPlan?>(null);

    public string Key(string suffix) => ToTitle(Kind) + suffix;

    public FormField ToFormField(ChannelField field)
    {
        var prompt = texts[Key(ToTitle(field.Id))];
        var shown = field.Shown ?? [.. field.English.Select((english, i) => ChoiceText(field, i))];
        return new FormField(field.Id, prompt, field.Type, field.Required)
        {
            Choices = shown,
            MaxLength = field.MaxLength ?? FormField.DefaultMaxLength(field.Type),
            Min = field.Min,
            Max = field.Max,
        };
    }

    private string ChoiceText(ChannelField field, int index) => texts[Key(ToTitle(field.Id)) + index.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    private static string ToTitle(string id) => string.Concat(id.Split('_', '-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
}
