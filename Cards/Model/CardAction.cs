using System.Text.Json.Serialization;

namespace CollabBot.Cards.Model;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record CardAction(string Title)
{
    public ActionStyle? Style { get; init; }
}

public enum ActionStyle { Default, Positive, Destructive }

/// <summary>
/// A button that sends <see cref="Data"/> back to the bot. Buttons always carry a verb (see <see cref="CardVerb"/>):
/// the Bot Framework Emulator does not support Action.Execute, so every card uses Action.Submit.
/// </summary>
public sealed record SubmitAction(string Title, IReadOnlyDictionary<string, string> Data) : CardAction(Title)
{
    /// <summary>"none" when the button must not validate or collect the card's inputs.</summary>
    public string? AssociatedInputs { get; init; }
}

public sealed record OpenUrlAction(string Title, string Url) : CardAction(Title);

public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title);

/// <summary>Shows or hides elements of the same card (their inputs still go with the card's submit).</summary>
public sealed record ToggleVisibilityAction(string Title, IReadOnlyList<string> TargetElements) : CardAction(Title);
