namespace CollabBot.Dialogs.Plans.Recognition;

/// <summary>A catalogue alias, normalised once at start-up. <see cref="Compact"/> is the tokens joined without spaces.</summary>
internal sealed record AliasEntry(string ProductId, string Alias, string[] Tokens, string Compact, bool IsAmbiguous);
