namespace CollabBot.Cards.Model;

public abstract record CardInput : CardElement
{
    public string? Label { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}

public sealed record TextInput : CardInput
{
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public string? Regex { get; init; }
}

public sealed record NumberInput : CardInput
{
    public double? Value { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public string? Placeholder { get; init; }
}

/// <summary>Dates are yyyy-MM-dd.</summary>
public sealed record DateInput : CardInput
{
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
}

/// <summary>Times are HH:mm.</summary>
public sealed record TimeInput : CardInput
{
    public string? Value { get; init; }
}

public sealed record ToggleInput(string Title) : CardInput
{
    public string? Value { get; init; }
    public string ValueOn { get; init; } = "true";
    public string ValueOff { get; init; } = "false";
}

public sealed record ChoiceSetInput(IReadOnlyList<Choice> Choices) : CardInput
{
    public ChoiceStyle? Style { get; init; }
    public bool? IsMultiSelect { get; init; }
    /// <summary>Selected value(s); several are comma-separated.</summary>
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
}

public enum ChoiceStyle { Compact, Expanded, Filtered }

public sealed record Choice(string Title, string Value);
