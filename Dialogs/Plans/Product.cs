namespace CollabBot.Dialogs.Plans;

/// <summary>A WIPO information product in the catalogue. A retired product is kept (for its history) but no longer answered.</summary>
/// <param name="Id">Stable slug, e.g. "patentscope"; never changes once created.</param>
/// <param name="IsSample">Loaded from the sample file shipped with the repository, not WIPO's real plans.</param>
public sealed record Product(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description = null,
    string? Url = null,
    bool Retired = false,
    bool IsSample = false);
