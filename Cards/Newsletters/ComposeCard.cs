using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Newsletters;

/// <summary>What the composer shows: a new newsletter (Number 0) or one being edited.</summary>
public sealed record ComposeView(int Number, bool Sent, IReadOnlyDictionary<string, (string Title, string Body)> Versions, string? ImageUrl,
    IReadOnlyList<string> Products, IReadOnlyList<(string Title, string Url)> Links, IReadOnlyList<Choice> ProductChoices, string? Problem);

/// <summary>
/// Staff compose a newsletter: English first; French, Spanish and German versions open under their buttons (on the
/// same card, so one press saves them all); an https image, the products it concerns, and up to two links.
/// </summary>
public static class ComposeCard
{
    public const int MaxTitle = 200;
    public const int MaxBody = 15_000;

    private static readonly (string Code, string Name)[] Others = [("fr", "French"), ("es", "Spanish"), ("de", "German")];

    public static AdaptiveCard Build(ComposeView view)
    {
        var heading = view.Number == 0 ? "New newsletter" : view.Sent ? $"Correct NL{view.Number} (members' copies are updated in place)" : $"Edit NL{view.Number}";
        var body = new List<CardElement> { TextBlock.Heading(heading) };
        if (view.Problem is { } problem)
        {
            body.Add(new TextBlock(problem) { Color = TextColor.Attention });
        }
        body.AddRange(VersionInputs("en", "English", view, required: true));
        foreach (var (code, name) in Others)
        {
            body.Add(new Container([.. VersionInputs(code, name, view, required: false)])
            {
                Id = "version_" + code,
                IsVisible = view.Versions.ContainsKey(code) ? null : false,
            });
        }
        body.Add(new ActionSet([.. Others.Select(o => new ToggleVisibilityAction($"{o.Name} version", ["version_" + o.Code]))]));
        body.Add(new TextInput
        {
            Id = NewsletterVerbs.ImageInput,
            Label = "Image (an https address, optional)",
            Value = view.ImageUrl,
            MaxLength = 2000,
            Placeholder = "https://www.wipo.int/...",
        });
        if (view.ProductChoices.Count > 0)
        {
            body.Add(new ChoiceSetInput(view.ProductChoices)
            {
                Id = NewsletterVerbs.ProductsInput,
                Label = "Products it concerns",
                IsMultiSelect = true,
                Style = ChoiceStyle.Filtered,
                Value = view.Products.Count > 0 ? string.Join(",", view.Products) : null,
            });
        }
        for (var i = 1; i <= 2; i++)
        {
            var link = view.Links.Count >= i ? view.Links[i - 1] : default;
            body.Add(new ColumnSet(
            [
                new Column([new TextInput { Id = NewsletterVerbs.LinkTitleInput(i), Label = $"Button {i.ToString(CultureInfo.InvariantCulture)} (optional)", Value = link.Title, MaxLength = 40 }], "1"),
                new Column([new TextInput { Id = NewsletterVerbs.LinkUrlInput(i), Label = "Opens (https)", Value = link.Url, MaxLength = 2000 }], "2"),
            ]));
        }
        var number = (NewsletterVerbs.NumberKey, view.Number.ToString(CultureInfo.InvariantCulture));
        return new AdaptiveCard(body, [CardVerb.Button(view.Sent ? "Save and preview the correction" : "Save and preview", NewsletterVerbs.Save, number)])
        {
            FallbackText = heading,
        };
    }

    private static IEnumerable<CardElement> VersionInputs(string code, string name, ComposeView view, bool required)
    {
        var (title, text) = view.Versions.TryGetValue(code, out var version) ? version : default;
        yield return new TextInput
        {
            Id = NewsletterVerbs.TitleInput(code),
            Label = required ? "Title" : $"Title in {name}",
            Value = title,
            MaxLength = MaxTitle,
            IsRequired = required ? true : null,
            ErrorMessage = required ? "A title is needed." : null,
        };
        yield return new TextInput
        {
            Id = NewsletterVerbs.BodyInput(code),
            Label = required ? "Text (Markdown: **bold**, _italic_, lists, [links](https://...))" : $"Text in {name}",
            Value = text,
            IsMultiline = true,
            MaxLength = MaxBody,
            IsRequired = required ? true : null,
            ErrorMessage = required ? "The text is needed." : null,
        };
    }
}
