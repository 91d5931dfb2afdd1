namespace CollabBot.Dialogs.Plans.Recognition;

/// <summary>Where an alias was found: tokens [Start, Start + Length), with the edit distance of a fuzzy match (0 = exact).</summary>
internal readonly record struct ProductMention(AliasEntry Alias, int Start, int Length, string Matched, int Distance);
