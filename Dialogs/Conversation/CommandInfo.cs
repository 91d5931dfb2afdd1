using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Conversation;

/// <summary>
/// A chat command as the command table and the help card know it.
/// </summary>
/// <param name="Name">Stable id, sent by card buttons that run the command.</param>
/// <param name="Phrasings">What a user may type, in every language we speak, matched after normalisation.</param>
/// <param name="TakesArgument">Whether text may follow the phrasing ("follow PATENTSCOPE").</param>
public sealed record CommandInfo(string Name, Role Required, IReadOnlyList<string> Phrasings, bool TakesArgument = false)
{
    /// <summary>How the help and welcome cards show the command; a command without it is not listed.</summary>
    public CommandHelp? Help { get; init; }

    /// <summary>Where other features offer this command as a button (with <see cref="CommandHelp.OfferTitle"/>).</summary>
    public IReadOnlyList<CommandOffer> Offered { get; init; } = [];
}

public enum CommandOffer
{
    /// <summary>Under the help card shown for a message nothing understood, with that message as the argument.</summary>
    NotUnderstood,
    /// <summary>On a product's cards, with the product's name as the argument.</summary>
    AboutProduct,
}

/// <summary>
/// A command's title, description and what to type, read in the turn's language from its feature's texts under
/// the keys <c>{Key}Title</c>, <c>{Key}Description</c> and <c>{Key}Typed</c> (one of the command's phrasings).
/// </summary>
public sealed record CommandHelp(IStringLocalizer Texts, string Key)
{
    public string Title => Texts[Key + "Title"];

    public string Description => Texts[Key + "Description"];

    public string Typed => Texts[Key + "Typed"];

    /// <summary>The button's title where the command is offered (key <c>{Key}{Offer}</c>).</summary>
    public string OfferTitle(CommandOffer offer) => Texts[Key + offer];
}
