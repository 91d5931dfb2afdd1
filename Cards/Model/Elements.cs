namespace CollabBot.Cards.Model;

public sealed record TextBlock(string Text) : CardElement
{
    /// <summary>The title every card starts with.</summary>
    public static TextBlock Heading(string text) =>
        new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextStyle.Heading };

    public bool? Wrap { get; init; } = true;
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public int? MaxLines { get; init; }
    public TextStyle? Style { get; init; }
    public FontType? FontType { get; init; }
}

public enum TextSize { Default, Small, Medium, Large, ExtraLarge }
public enum TextWeight { Default, Lighter, Bolder }
public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }
public enum TextStyle { Default, Heading }
public enum FontType { Default, Monospace }

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
    public CardAction? SelectAction { get; init; }
}

public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

/// <summary>Width is "auto", "stretch", a weight such as "2", or pixels such as "40px".</summary>
public sealed record Column(IReadOnlyList<CardElement> Items, string Width = "stretch")
{
    public string Type => "Column";
    public ContainerStyle? Style { get; init; }
    public VerticalAlignment? VerticalContentAlignment { get; init; }
}

public enum VerticalAlignment { Top, Center, Bottom }

/// <summary>The bot only sends images with an absolute https URL (see NewsletterMarkdown.IsHttpsUrl).</summary>
public sealed record Image(string Url) : CardElement
{
    public string? AltText { get; init; }
    public ImageSize? Size { get; init; }
}

public enum ImageSize { Auto, Stretch, Small, Medium, Large }

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Fact(string Title, string Value);

public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
