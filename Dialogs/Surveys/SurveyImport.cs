using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CollabBot.Dialogs.Forms;

namespace CollabBot.Dialogs.Surveys;

/// <summary>A mistake in a survey definition: where it is and what is wrong.</summary>
public sealed record ImportProblem(int Line, string Field, string Message)
{
    /// <summary>"Line 3, title: ..."; a problem of no line (<see cref="Line"/> 0, e.g. a refused correction) is its message alone.</summary>
    public override string ToString() => Line == 0 ? (Field.Length == 0 ? Message : $"{Field}: {Message}")
        : Field.Length == 0 ? $"Line {Line}: {Message}" : $"Line {Line}, {Field}: {Message}";
}

/// <summary>
/// Reads a survey definition in the JSON format of docs/survey-format.md, reporting every mistake with its
/// line, field and what is wrong (not just the first).
/// </summary>
public static partial class SurveyImport
{
    public const int MaxQuestions = 60;
    public const int MaxChoices = 20;
    public const int MaxProblems = 25;
    public const int MaxCloseAfter = 1_000_000;

    public static readonly IReadOnlyDictionary<string, FieldType> TypeNames = new Dictionary<string, FieldType>(StringComparer.Ordinal)
    {
        ["short-text"] = FieldType.ShortText,
        ["long-text"] = FieldType.LongText,
        ["single-choice"] = FieldType.SingleChoice,
        ["multi-choice"] = FieldType.MultiChoice,
        ["rating"] = FieldType.Rating,
        ["yes-no"] = FieldType.YesNo,
        ["date"] = FieldType.Date,
        ["number"] = FieldType.Number,
        ["email"] = FieldType.Email,
    };

    private static readonly string[] SurveyFields = ["id", "title", "intro", "anonymous", "deadline", "audience", "questions", "opens",
        "closeAfterResponses", "previousEdition", "shareResults"];
    private static readonly string[] QuestionFields = ["id", "text", "type", "required", "choices", "min", "max", "maxLength", "showIf"];
    private static readonly string[] ConditionFields = ["question", "anyOf"];

    public static (Survey? Survey, IReadOnlyList<ImportProblem> Problems) Parse(
        string json, string staffObjectId, DateTimeOffset now, IReadOnlyCollection<string> userGroups) =>
        Parse(json, staffObjectId, now, new SurveyImportContext(userGroups));

    /// <param name="context">What the audience may name (groups, products, members), and the deadline stored under the id.</param>
    public static (Survey? Survey, IReadOnlyList<ImportProblem> Problems) Parse(
        string json, string staffObjectId, DateTimeOffset now, SurveyImportContext context)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var reason = e.Message.Split(" LineNumber:")[0].TrimEnd('.', ' ');
            return (null, [new ImportProblem((int)(e.LineNumber ?? 0) + 1, "", $"this is not valid JSON ({reason}).")]);
        }
        using (document)
        {
            var reader = new Reader(JsonLines.Map(utf8));
            var survey = reader.Survey(document.RootElement, staffObjectId, now, context);
            return reader.Problems.Count > 0 ? (null, [.. reader.Problems.Take(MaxProblems)]) : (survey, []);
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,39}$")]
    private static partial Regex SurveyId();

    [GeneratedRegex("^[a-z0-9_]{1,40}$")]
    private static partial Regex QuestionId();

    private sealed partial class Reader(Dictionary<string, int> lines)
    {
        public List<ImportProblem> Problems { get; } = [];

        private void Problem(string path, string message) =>
            Problems.Add(new ImportProblem(LineOf(path), path, message));

        private int LineOf(string path)
        {
            // A missing field is reported at the object that should hold it.
            for (var p = path; ; p = Parent(p))
            {
                if (lines.TryGetValue(p, out var line))
                {
                    return line;
                }
                if (p.Length == 0)
                {
                    return 1;
                }
            }
        }

        private static string Parent(string path)
        {
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            return cut < 0 ? "" : path[..cut];
        }

        public Survey? Survey(JsonElement root, string staffObjectId, DateTimeOffset now, SurveyImportContext context)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Problem("", "the definition must be a JSON object { \"id\": ..., \"title\": ..., \"questions\": [...] }.");
                return null;
            }
            Unknown(root, "", SurveyFields, "a survey");
            var id = String(root, "id", "", required: true, 40);
            if (id is not null && !SurveyId().IsMatch(id))
            {
                Problem("id", $"\"{id}\" is not a usable id: use 3 to 40 lower-case letters, digits and dashes, e.g. \"round-table-2026\".");
            }
            var title = String(root, "title", "", required: true, 200);
            var intro = String(root, "intro", "", required: false, 2000) ?? "";
            var anonymous = Bool(root, "anonymous", "") ?? false;
            DateTimeOffset? deadline = null;
            if (String(root, "deadline", "", required: false, 40) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    Problem("deadline", $"\"{text}\" is not a date and time; write it like \"2026-12-31T17:00:00Z\".");
                }
                else if (parsed <= now && parsed != context.StoredDeadline)
                {
                    Problem("deadline", $"{parsed:yyyy-MM-dd HH:mm} UTC has already passed.");
                }
                else
                {
                    deadline = parsed.ToUniversalTime();
                }
            }
            var audience = Audience(root, context);
            var questions = Questions(root);
            var (opens, closeAfter, previous) = (Opens(root, deadline, now), CloseAfter(root), PreviousEdition(root, id));
            var sharing = Sharing(root);
            return id is null || title is null ? null
                : new Survey(id, title, intro, questions, anonymous, audience.Groups, deadline, staffObjectId, now)
                {
                    AudienceKind = audience.Kind,
                    Products = audience.Products,
                    Members = audience.Members,
                    Opens = opens,
                    CloseAfterResponses = closeAfter,
                    PreviousEdition = previous,
                    ShareResults = sharing,
                };
        }

        private List<FormField> Questions(JsonElement root)
        {
            var fields = new List<FormField>();
            if (!root.TryGetProperty("questions", out var questions))
            {
                Problem("questions", "is missing: a survey needs at least one question.");
                return fields;
            }
            if (questions.ValueKind != JsonValueKind.Array || questions.GetArrayLength() == 0)
            {
                Problem("questions", "must be a list with at least one question.");
                return fields;
            }
            if (questions.GetArrayLength() > MaxQuestions)
            {
                Problem("questions", $"has {questions.GetArrayLength()} questions; a survey can have at most {MaxQuestions}.");
            }
            var i = 0;
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var conditions = new List<(int Index, string Path, string Question, List<string> AnyOf)>();
            foreach (var question in questions.EnumerateArray())
            {
                var path = $"questions[{i++}]";
                var condition = Condition(question, path);
                if (Question(question, path, i) is { } field)
                {
                    if (!ids.Add(field.Id))
                    {
                        Problem(path + ".id", $"\"{field.Id}\" is used by an earlier question; each question needs its own id.");
                    }
                    if (condition is { } c)
                    {
                        conditions.Add((fields.Count, path, c.Question, c.AnyOf));
                    }
                    fields.Add(field);
                }
            }
            foreach (var (index, path, on, anyOf) in conditions)
            {
                if (Resolve(fields, index, path, on, anyOf) is { } resolved)
                {
                    fields[index] = fields[index] with { ShowIf = resolved };
                }
            }
            return fields;
        }

        /// <summary>A question's "showIf" as written: { "question": "q1", "anyOf": ["PATENTSCOPE"] }; checked against the questions later.</summary>
        private (string Question, List<string> AnyOf)? Condition(JsonElement question, string path)
        {
            if (question.ValueKind != JsonValueKind.Object || !question.TryGetProperty("showIf", out var showIf) || showIf.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            var at = path + ".showIf";
            if (showIf.ValueKind != JsonValueKind.Object)
            {
                Problem(at, "must be an object like { \"question\": \"q1\", \"anyOf\": [\"PATENTSCOPE\"] }.");
                return null;
            }
            Unknown(showIf, at, ConditionFields, "a condition");
            var on = String(showIf, "question", at, required: true, 40);
            if (!showIf.TryGetProperty("anyOf", out var anyOf) || anyOf.ValueKind != JsonValueKind.Array || anyOf.GetArrayLength() == 0)
            {
                Problem(at + ".anyOf", "must be a list of one or more of that question's choices, e.g. [\"PATENTSCOPE\"] (for a yes-no question [\"yes\"] or [\"no\"]).");
                return null;
            }
            var values = new List<string>();
            var k = 0;
            foreach (var value in anyOf.EnumerateArray())
            {
                var itemPath = $"{at}.anyOf[{k++}]";
                if (value.ValueKind != JsonValueKind.String || value.GetString()!.Trim().Length == 0)
                {
                    Problem(itemPath, $"must be a choice in quotes, not {Shown(value)}.");
                    continue;
                }
                values.Add(value.GetString()!.Trim());
            }
            return on is null || values.Count != anyOf.GetArrayLength() ? null : (on, values);
        }

        /// <summary>
        /// A condition must name an earlier question (so answers cannot go round in a loop) whose answers are among a few
        /// (single-choice, multi-choice, yes-no), and only its choices.
        /// </summary>
        private FieldCondition? Resolve(List<FormField> fields, int index, string path, string on, List<string> anyOf)
        {
            var at = path + ".showIf.question";
            var decider = fields.FindIndex(f => f.Id == on);
            if (decider < 0)
            {
                Problem(at, $"\"{on}\" is not the id of a question in this survey.");
                return null;
            }
            if (decider == index)
            {
                Problem(at, "a question cannot depend on its own answer: that is a loop. Name an earlier question.");
                return null;
            }
            if (decider > index)
            {
                Problem(at, $"\"{on}\" comes later in the survey: a condition must name an earlier question, or answers would go round in a loop.");
                return null;
            }
            var field = fields[decider];
            if (!field.CanDecide)
            {
                Problem(at, $"\"{on}\" is a {Name(field.Type)} question; a condition can only name a single-choice, multi-choice or yes-no question.");
                return null;
            }
            IReadOnlyList<string> known = field.Type == FieldType.YesNo ? ["yes", "no"] : field.Choices;
            var values = new List<string>();
            var wrong = false;
            for (var k = 0; k < anyOf.Count; k++)
            {
                var match = known.FirstOrDefault(c => string.Equals(c, anyOf[k], StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    wrong = true;
                    Problem($"{path}.showIf.anyOf[{k}]", $"\"{anyOf[k]}\" is not a choice of \"{on}\"; its choices are {string.Join(", ", known.Select(c => $"\"{c}\""))}.");
                }
                else if (!values.Contains(match))
                {
                    values.Add(match);
                }
            }
            return wrong ? null : new FieldCondition(on, values);
        }

        private FormField? Question(JsonElement question, string path, int number)
        {
            if (question.ValueKind != JsonValueKind.Object)
            {
                Problem(path, "must be an object like { \"id\": \"q1\", \"text\": \"...\", \"type\": \"rating\" }.");
                return null;
            }
            Unknown(question, path, QuestionFields, "a question");
            var id = String(question, "id", path, required: false, 40) ?? $"q{number}";
            if (!QuestionId().IsMatch(id))
            {
                Problem(path + ".id", $"\"{id}\" is not a usable id: use up to 40 lower-case letters, digits and underscores.");
            }
            var text = String(question, "text", path, required: true, 500);
            var typeName = String(question, "type", path, required: true, 40);
            FieldType? type = null;
            if (typeName is not null)
            {
                if (TypeNames.TryGetValue(typeName, out var t))
                {
                    type = t;
                }
                else
                {
                    Problem(path + ".type", $"\"{typeName}\" is not a question type; use one of {string.Join(", ", TypeNames.Keys)}.");
                }
            }
            var required = Bool(question, "required", path) ?? true;
            var choices = Choices(question, path, type);
            var min = Number(question, "min", path, type == FieldType.Number);
            var max = Number(question, "max", path, type == FieldType.Number);
            if (min > max)
            {
                Problem(path + ".min", $"is larger than max ({max!.Value.ToString(CultureInfo.InvariantCulture)}).");
            }
            int? maxLength = null;
            if (question.TryGetProperty("maxLength", out var length))
            {
                if (type is not (FieldType.ShortText or FieldType.LongText))
                {
                    Problem(path + ".maxLength", "only applies to short-text and long-text questions.");
                }
                else if (!length.TryGetInt32(out var n) || n < 1 || n > FormField.LongTextMax)
                {
                    Problem(path + ".maxLength", $"must be a whole number from 1 to {FormField.LongTextMax}.");
                }
                else
                {
                    maxLength = n;
                }
            }
            if (text is null || type is not { } fieldType)
            {
                return null;
            }
            var field = new FormField(id, text, fieldType, required) { Choices = choices, Min = min, Max = max };
            return maxLength is { } cap ? field with { MaxLength = cap } : field;
        }

        private List<string> Choices(JsonElement question, string path, FieldType? type)
        {
            var needs = type is FieldType.SingleChoice or FieldType.MultiChoice;
            if (!question.TryGetProperty("choices", out var choices))
            {
                if (needs)
                {
                    Problem(path + ".choices", $"is missing: a {Name(type!.Value)} question needs 2 to {MaxChoices} choices.");
                }
                return [];
            }
            if (!needs)
            {
                if (type is not null)
                {
                    Problem(path + ".choices", $"only applies to single-choice and multi-choice questions, not {Name(type.Value)}.");
                }
                return [];
            }
            if (choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() is < 2 or > MaxChoices)
            {
                Problem(path + ".choices", $"must be a list of 2 to {MaxChoices} choices, e.g. [\"Yes, often\", \"Sometimes\", \"Never\"].");
                return [];
            }
            var list = new List<string>();
            var i = 0;
            foreach (var choice in choices.EnumerateArray())
            {
                var at = $"{path}.choices[{i++}]";
                var value = choice.ValueKind == JsonValueKind.String ? choice.GetString()!.Trim() : null;
                if (string.IsNullOrEmpty(value) || value.Length > 100 || value.Contains('\n', StringComparison.Ordinal))
                {
                    Problem(at, "each choice must be a text of 1 to 100 characters on one line.");
                }
                else if (list.Contains(value, StringComparer.OrdinalIgnoreCase))
                {
                    Problem(at, $"\"{value}\" is listed twice.");
                }
                else
                {
                    list.Add(value);
                }
            }
            return list;
        }

        private string? String(JsonElement parent, string name, string path, bool required, int maxLength)
        {
            var at = path.Length == 0 ? name : $"{path}.{name}";
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Problem(at, "is missing.");
                }
                return null;
            }
            if (value.ValueKind != JsonValueKind.String)
            {
                Problem(at, $"must be a text in quotes, not {Shown(value)}.");
                return null;
            }
            var text = value.GetString()!.Trim();
            if (required && text.Length == 0)
            {
                Problem(at, "is empty.");
                return null;
            }
            if (text.Length > maxLength)
            {
                Problem(at, $"is {text.Length} characters long; at most {maxLength} are allowed.");
                return null;
            }
            return text;
        }

        private bool? Bool(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out var value))
            {
                return null;
            }
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }
            Problem(path.Length == 0 ? name : $"{path}.{name}", $"must be true or false (without quotes), not {Shown(value)}.");
            return null;
        }

        private double? Number(JsonElement parent, string name, string path, bool allowed)
        {
            if (!parent.TryGetProperty(name, out var value))
            {
                return null;
            }
            var at = $"{path}.{name}";
            if (!allowed)
            {
                Problem(at, "only applies to number questions.");
                return null;
            }
            if (value.ValueKind != JsonValueKind.Number)
            {
                Problem(at, $"must be a number, not {Shown(value)}.");
                return null;
            }
            if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
            {
                Problem(at, $"{value.GetRawText()} is too large to be a number here.");
                return null;
            }
            return number;
        }

        private void Unknown(JsonElement element, string path, string[] known, string what)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (!known.Contains(property.Name, StringComparer.Ordinal))
                {
                    var at = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    var close = known.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
                    Problem(at, close is not null
                        ? $"is not a field of {what}; did you mean \"{close}\"?"
                        : $"is not a field of {what}; the fields are {string.Join(", ", known)}.");
                }
            }
        }

        private static string Name(FieldType type) => TypeNames.First(t => t.Value == type).Key;

        /// <summary>"opens": a time to come, before the deadline (a survey opens before it closes).</summary>
        private DateTimeOffset? Opens(JsonElement root, DateTimeOffset? deadline, DateTimeOffset now)
        {
            if (String(root, "opens", "", required: false, 40) is not { } text)
            {
                return null;
            }
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var opens))
            {
                Problem("opens", $"\"{text}\" is not a date and time; write it like \"2026-12-01T09:00:00Z\".");
                return null;
            }
            opens = opens.ToUniversalTime();
            if (opens <= now)
            {
                Problem("opens", $"{opens:yyyy-MM-dd HH:mm} UTC has already passed; leave it out to open the survey by hand.");
                return null;
            }
            if (deadline is { } closes && opens >= closes)
            {
                Problem("opens", $"{opens:yyyy-MM-dd HH:mm} UTC is not before the deadline ({closes:yyyy-MM-dd HH:mm} UTC): a survey must open before it closes.");
                return null;
            }
            return opens;
        }

        private int? CloseAfter(JsonElement root)
        {
            if (!root.TryGetProperty("closeAfterResponses", out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n is >= 1 and <= MaxCloseAfter)
            {
                return n;
            }
            Problem("closeAfterResponses", $"must be a whole number of responses from 1 to {MaxCloseAfter.ToString(CultureInfo.InvariantCulture)} (without quotes), not {Shown(value)}.");
            return null;
        }

        private string? PreviousEdition(JsonElement root, string? id)
        {
            if (String(root, "previousEdition", "", required: false, 40) is not { Length: > 0 } previous)
            {
                return null;
            }
            if (!SurveyId().IsMatch(previous))
            {
                Problem("previousEdition", $"\"{previous}\" is not a survey id: ids are 3 to 40 lower-case letters, digits and dashes.");
                return null;
            }
            if (previous == id)
            {
                Problem("previousEdition", "names this survey itself; name the survey this one follows, e.g. last year's.");
                return null;
            }
            return previous;
        }

        /// <summary>"shareResults": "no" (the default), "afterClose" or "live".</summary>
        private SurveySharing Sharing(JsonElement root)
        {
            if (String(root, "shareResults", "", required: false, 40) is not { } text)
            {
                return SurveySharing.No;
            }
            var name = SharingNames.Keys.FirstOrDefault(k => string.Equals(k, text, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                Problem("shareResults", $"\"{text}\" is not a way to share results; use \"no\", \"afterClose\" (members who answered see the results " +
                    "once the survey closes) or \"live\" (as soon as they have answered).");
                return SurveySharing.No;
            }
            return SharingNames[name];
        }

        private static string Shown(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => $"\"{value.GetString()}\"",
            JsonValueKind.Array => "a list",
            JsonValueKind.Object => "an object",
            _ => value.GetRawText(),
        };
    }

    /// <summary>The values of "shareResults", as the format writes them.</summary>
    public static readonly IReadOnlyDictionary<string, SurveySharing> SharingNames = new Dictionary<string, SurveySharing>(StringComparer.Ordinal)
    {
        ["no"] = SurveySharing.No,
        ["afterClose"] = SurveySharing.AfterClose,
        ["live"] = SurveySharing.Live,
    };
}
