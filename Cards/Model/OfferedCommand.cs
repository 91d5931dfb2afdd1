namespace CollabBot.Cards.Model;

/// <summary>A command another feature offers as a button on this card ("Ask WIPO staff this"), run with <paramref name="Argument"/>.</summary>
public sealed record OfferedCommand(string Title, string Command, string Argument)
{
    public SubmitAction Button() => CardVerb.Command(Title, Command, Argument);
}
