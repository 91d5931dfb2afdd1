using System.Globalization;
using System.Text.Json;

namespace CollabBot.Dialogs.Plans;

/// <summary>
/// Reads a catalogue file (the sample shipped in Bot/SampleData): products with aliases and plan items.
/// JsonDocument rather than reflection, so the file's shape is checked field by field.
/// </summary>
public static class CatalogueFile
{
    public const string SampleAuthor = "sample";

    public sealed record Content(IReadOnlyList<Product> Products, IReadOnlyList<PlanItem> Plans);

    public static Content Parse(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = doc.RootElement;
        var sample = root.TryGetProperty("sample", out var s) && s.ValueKind == JsonValueKind.True;
        var products = new List<Product>();
        var plans = new List<PlanItem>();
        foreach (var p in root.GetProperty("products").EnumerateArray())
        {
            var product = new Product(
                Required(p, "id"),
                Required(p, "name"),
                p.TryGetProperty("aliases", out var a) ? [.. a.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0)] : [],
                Optional(p, "description"),
                Optional(p, "url"),
                IsSample: sample);
            if (CatalogueRules.Check(product, products) is { } problem)
            {
                throw new FormatException($"Catalogue product '{product.Id}': {problem}");
            }
            products.Add(product);
            if (!p.TryGetProperty("plans", out var items))
            {
                continue;
            }
            foreach (var i in items.EnumerateArray())
            {
                plans.Add(new PlanItem(product.Id, Required(i, "id"), Required(i, "title"), Optional(i, "summary") ?? "",
                    ParseStatus(Required(i, "status")), Optional(i, "target"), Optional(i, "link"),
                    DateTimeOffset.Parse(Required(i, "updated"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                    SampleAuthor));
            }
        }
        return new Content(products, plans);
    }

    public static PlanStatus ParseStatus(string value) =>
        Enum.TryParse<PlanStatus>(value, ignoreCase: true, out var status) && Enum.IsDefined(status)
            ? status
            : throw new FormatException($"Unknown plan status '{value}'.");

    private static string Required(JsonElement e, string name) =>
        Optional(e, name) ?? throw new FormatException($"Catalogue entry without '{name}'.");

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } text ? text : null;
}
