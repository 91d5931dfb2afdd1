using CollabBot.Dialogs.Plans.Recognition;

namespace CollabBot.Dialogs.Plans;

/// <summary>What a product must satisfy before it is written: a name, and no name or alias that another product uses.</summary>
public static class CatalogueRules
{
    public const int MaxNameLength = 100;
    public const int MaxAliases = 30;

    // Words the recogniser reads as intent cues, filler or small talk: as a product alias on their own they would
    // turn ordinary messages ("news", "hello") into plans questions.
    private static readonly HashSet<string> Reserved = new(
        IntentCues.Phrases.Values.SelectMany(p => p).Concat(IntentCues.Filler).Concat(IntentCues.ChitChat).Concat(IntentCues.Negations)
            .Select(p => string.Concat(TextNormalizer.Tokenize(p))),
        StringComparer.Ordinal);

    /// <returns>The problem, in words for the staff member, or null when the product is fine.</returns>
    public static string? Check(Product product, IEnumerable<Product> others)
    {
        if (string.IsNullOrWhiteSpace(product.Name))
        {
            return "a product needs a name.";
        }
        if (product.Name.Length > MaxNameLength)
        {
            return $"the name is longer than {MaxNameLength} characters.";
        }
        if (product.Aliases.Count > MaxAliases)
        {
            return $"at most {MaxAliases} aliases, please.";
        }
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var other in others.Where(o => o.Id != product.Id && !o.Retired))
        {
            foreach (var name in other.Aliases.Append(other.Name))
            {
                taken.TryAdd(Key(name), other.Name);
            }
        }
        foreach (var name in product.Aliases.Append(product.Name))
        {
            var key = Key(name);
            if (key.Length < 2 || Reserved.Contains(key))
            {
                return $"\"{name}\" is too short or too common a word to name a product.";
            }
            if (AmbiguousWords.All.Contains(key) && TextNormalizer.Tokenize(name).Length == 1 && name == product.Name)
            {
                return $"\"{name}\" is an ordinary word: give the product a fuller name (e.g. \"WIPO {name}\") and keep the word as an alias.";
            }
            if (taken.TryGetValue(key, out var owner))
            {
                return $"\"{name}\" already names {owner}.";
            }
        }
        return null;
    }

    /// <summary>The id a new product gets from its name: "Global Brand Database" → "global-brand-database".</summary>
    public static string Slug(string name) => string.Join('-', TextNormalizer.Tokenize(name));

    private static string Key(string name) => string.Concat(TextNormalizer.Tokenize(name));
}
