using CollabBot.Cards.Model;

namespace CollabBot.Cards.Plans;

/// <summary>The input ids of the staff forms, and the forms' fields, shared by the editor cards.</summary>
public static class PlanInputs
{
    public const string Name = "name";
    public const string Aliases = "aliases";
    public const string Description = "description";
    public const string Url = "url";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Status = "status";
    public const string Target = "target";
    public const string Link = "link";

    public static IEnumerable<CardElement> ProductFields(string? name, IReadOnlyList<string> aliases, string? description, string? url) =>
    [
        new TextInput { Id = Name, Label = "Name", Value = name, IsRequired = true, ErrorMessage = "A product needs a name.", MaxLength = 100 },
        new TextInput
        {
            Id = Aliases, Label = "Aliases (comma-separated: acronyms, misspellings, other languages)",
            Value = aliases.Count > 0 ? string.Join(", ", aliases) : null, IsMultiline = true, MaxLength = 2000,
        },
        new TextInput { Id = Description, Label = "Description", Value = description, IsMultiline = true, MaxLength = 1000 },
        new TextInput { Id = Url, Label = "Product page (https://...)", Value = url, MaxLength = 500 },
    ];

    public static IEnumerable<CardElement> PlanFields(string? title, string? summary, string status, string? target, string? link,
        IReadOnlyList<StatusChoice> statuses) =>
    [
        new TextInput { Id = Title, Label = "Title", Value = title, IsRequired = true, ErrorMessage = "A plan item needs a title.", MaxLength = 200 },
        new TextInput { Id = Summary, Label = "Summary", Value = summary, IsMultiline = true, MaxLength = 2000 },
        new ChoiceSetInput([.. statuses.Select(s => new Choice(s.Title, s.Value))])
        {
            Id = Status, Label = "Status", Value = status, IsRequired = true, ErrorMessage = "Choose a status.",
        },
        new TextInput { Id = Target, Label = "Target period (e.g. 2027 Q1)", Value = target, MaxLength = 50 },
        new TextInput { Id = Link, Label = "Link (https://...)", Value = link, MaxLength = 500 },
    ];
}
