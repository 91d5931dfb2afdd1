using CollabBot.Dialogs.Plans.Recognition;

namespace CollabBot.Dialogs.Plans;

/// <summary>What a product must satisfy before it is written: a name, and no name or alias that another product uses.</summary>
public static class CatalogueRules
{
    public const int MaxNameLength = 100;
    public const int MaxAliases = 30;

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
            if (Key(name) is { Length: > 0 } key && taken.TryGetValue(key, out var owner))
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
