using System.Text.Json;

namespace CollabBot.Dialogs.Plans.Recognition;

/// <summary>One entry of bench/Recognition/phrasings*.json. <see cref="Intent"/> is the camelCase name of a <see cref="PlansIntent"/>.</summary>
public sealed record LabelledPhrasing(string Text, string Intent, IReadOnlyList<string> Products)
{
    /// <summary>Parses <c>[{"text": "...", "intent": "plans", "products": ["patentscope"]}]</c>.</summary>
    public static IReadOnlyList<LabelledPhrasing> LoadJson(string json)
    {
        // JsonDocument rather than reflection-based deserialisation: no trimming/AOT warnings.
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var result = new List<LabelledPhrasing>();
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            var products = item.TryGetProperty("products", out var p) && p.ValueKind == JsonValueKind.Array
                ? p.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray()
                : [];
            result.Add(new LabelledPhrasing(
                item.GetProperty("text").GetString() ?? string.Empty,
                item.GetProperty("intent").GetString() ?? string.Empty,
                products));
        }

        return result;
    }
}
