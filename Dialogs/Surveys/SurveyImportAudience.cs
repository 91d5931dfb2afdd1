using System.Text.Json;
using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// What a definition may name beyond itself, looked up before it is read: the user groups, the products of the plans
/// catalogue, and who the member names its audience lists are.
/// </summary>
/// <param name="UserGroups">The user groups of Collab:UserGroups.</param>
public sealed record SurveyImportContext(IReadOnlyCollection<string> UserGroups)
{
    /// <summary>The products whose followers may be invited (by id or name, in any case).</summary>
    public IReadOnlyList<SurveyProduct> Products { get; init; } = [];

    /// <summary>The members found for the names the audience lists (compared as the dictionary compares: the importer ignores case).</summary>
    public IReadOnlyDictionary<string, MemberId> Members { get; init; } = new Dictionary<string, MemberId>();

    /// <summary>The deadline already stored under the definition's id: accepted even once passed, so a closed survey can be corrected.</summary>
    public DateTimeOffset? StoredDeadline { get; init; }
}

public static partial class SurveyImport
{
    public const int MaxMembers = 500;

    /// <summary>The longest member name looked up (an e-mail address has at most 254 characters).</summary>
    public const int MaxMemberName = 256;

    /// <summary>The longest survey id (what the format's id rule allows).</summary>
    public const int MaxIdLength = 40;

    private static readonly string[] AudienceFields = ["groups", "followers", "members"];

    /// <summary>
    /// The id and the member names of a definition, read before it is parsed (the importer looks them up first);
    /// nothing for text that is not a JSON object, whose mistakes <see cref="Parse(string, string, DateTimeOffset, SurveyImportContext)"/> reports.
    /// </summary>
    public static (string? Id, IReadOnlyList<string> MemberNames) Peek(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, []);
            }
            var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()!.Trim() : null;
            IReadOnlyList<string> names = root.TryGetProperty("audience", out var a) && a.ValueKind == JsonValueKind.Object
                && a.TryGetProperty("members", out var m) && m.ValueKind == JsonValueKind.Array
                ? [.. m.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String).Select(n => n.GetString()!.Trim()).Where(n => n.Length is > 0 and <= MaxMemberName)
                    .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxMembers)]
                : [];
            return (id, names);
        }
        catch (JsonException)
        {
            return (null, []);
        }
    }

    /// <summary>A definition's audience as read: its kind and what it names.</summary>
    private sealed record AudienceParts(SurveyAudienceKind Kind, List<string> Groups, List<SurveyProduct> Products, List<SurveyMember> Members)
    {
        public static AudienceParts All => new(SurveyAudienceKind.Groups, [], [], []);
    }

    private sealed partial class Reader
    {
        /// <summary>"all", a list of user groups (the first format), or one of { "groups": [...] }, { "followers": [...] }, { "members": [...] }.</summary>
        private AudienceParts Audience(JsonElement root, SurveyImportContext context)
        {
            if (!root.TryGetProperty("audience", out var audience) || audience.ValueKind == JsonValueKind.Null
                || (audience.ValueKind == JsonValueKind.String && audience.GetString() == "all"))
            {
                return AudienceParts.All;
            }
            if (audience.ValueKind == JsonValueKind.Array)
            {
                return AudienceParts.All with { Groups = Groups(audience, "audience", context.UserGroups) };
            }
            if (audience.ValueKind != JsonValueKind.Object)
            {
                Problem("audience", "must be \"all\", a list of user groups like [\"CEPIUG\", \"PDG\"], or one of { \"groups\": [...] }, " +
                    "{ \"followers\": [\"patentscope\"] }, { \"members\": [\"ada@example.org\"] }.");
                return AudienceParts.All;
            }
            Unknown(audience, "audience", AudienceFields, "an audience");
            var given = AudienceFields.Where(f => audience.TryGetProperty(f, out _)).ToList();
            if (given.Count != 1)
            {
                Problem("audience", given.Count == 0
                    ? "must say whom: { \"groups\": [...] }, { \"followers\": [...] } or { \"members\": [...] }."
                    : $"names {string.Join(" and ", given)}: a survey goes to one kind of audience; keep one of them.");
                return AudienceParts.All;
            }
            var list = audience.GetProperty(given[0]);
            var path = "audience." + given[0];
            if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            {
                Problem(path, given[0] switch
                {
                    "groups" => "must list one or more user groups, e.g. [\"CEPIUG\", \"PDG\"] (leave audience out for all members).",
                    "followers" => "must list one or more product ids of the plans catalogue, e.g. [\"patentscope\"].",
                    _ => "must list one or more members by e-mail address, e.g. [\"ada@example.org\"].",
                });
                return AudienceParts.All;
            }
            return given[0] switch
            {
                "groups" => AudienceParts.All with { Groups = Groups(list, path, context.UserGroups) },
                "followers" => AudienceParts.All with { Kind = SurveyAudienceKind.Followers, Products = Followers(list, path, context.Products) },
                _ => AudienceParts.All with { Kind = SurveyAudienceKind.Members, Members = Members(list, path, context.Members) },
            };
        }

        private List<string> Groups(JsonElement list, string path, IReadOnlyCollection<string> userGroups)
        {
            var groups = new List<string>();
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var at = $"{path}[{i++}]";
                var name = item.ValueKind == JsonValueKind.String ? item.GetString()! : null;
                var known = userGroups.FirstOrDefault(g => string.Equals(g, name, StringComparison.OrdinalIgnoreCase));
                if (known is null)
                {
                    Problem(at, $"{Shown(item)} is not a user group; choose from {string.Join(", ", userGroups)}.");
                }
                else if (!groups.Contains(known))
                {
                    groups.Add(known);
                }
            }
            return groups;
        }

        private List<SurveyProduct> Followers(JsonElement list, string path, IReadOnlyList<SurveyProduct> products)
        {
            var chosen = new List<SurveyProduct>();
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var at = $"{path}[{i++}]";
                var name = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : null;
                var known = products.FirstOrDefault(p => string.Equals(p.Id, name, StringComparison.OrdinalIgnoreCase))
                    ?? products.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                if (known is null)
                {
                    Problem(at, products.Count == 0
                        ? $"{Shown(item)} is not a product of the plans catalogue, which has none yet."
                        : $"{Shown(item)} is not a product of the plans catalogue; choose from {string.Join(", ", products.Select(p => p.Id))}.");
                }
                else if (!chosen.Contains(known))
                {
                    chosen.Add(known);
                }
            }
            return chosen;
        }

        private List<SurveyMember> Members(JsonElement list, string path, IReadOnlyDictionary<string, MemberId> members)
        {
            if (list.GetArrayLength() > MaxMembers)
            {
                Problem(path, $"lists {list.GetArrayLength()} members; at most {MaxMembers} can be named (invite a user group instead).");
                return [];
            }
            var chosen = new List<SurveyMember>();
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var at = $"{path}[{i++}]";
                var name = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : "";
                if (name.Length == 0)
                {
                    Problem(at, $"must be a member's e-mail address in quotes, not {Shown(item)}.");
                }
                else if (name.Length > MaxMemberName)
                {
                    Problem(at, $"is {name.Length} characters long: that is no e-mail address (at most {MaxMemberName}).");
                }
                else if (!members.TryGetValue(name, out var id))
                {
                    Problem(at, $"\"{name}\" is not a member I know: name members by the e-mail address or sign-in name Teams gave " +
                        "when they first spoke to the bot.");
                }
                else if (!chosen.Any(m => m.Id == id))
                {
                    chosen.Add(new SurveyMember(name, id));
                }
            }
            return chosen;
        }
    }
}
