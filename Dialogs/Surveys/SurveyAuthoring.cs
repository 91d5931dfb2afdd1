using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Surveys;

/// <summary>Staff: a short survey authored in one card. The card's values become a definition checked like an import.</summary>
public sealed class AuthorSurveyCommand(SurveyImporter importer, IOptions<CollabOptions> options, IStringLocalizer<SurveyTexts> texts) : ICommand
{
    public const string Name = "survey.author";

    public CommandInfo Info { get; } = new(Name, Role.Staff,
        ["create survey", "new survey", "author survey", "creer enquete", "creer une enquete", "nueva encuesta", "crear encuesta",
            "neue umfrage", "umfrage erstellen"])
    {
        Help = new(texts, "CreateSurvey"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        turn.Show(SurveyAuthoringCard.Build(SurveyAuthoring.View(options.Value, null, null) with
        {
            Products = Choices(await importer.ProductsAsync(null, cancellationToken)),
        }));

    public static IReadOnlyList<(string Id, string Name)> Choices(IReadOnlyList<SurveyProduct> products) => [.. products.Select(p => (p.Id, p.Name))];
}

public sealed partial class SurveyAuthoring(SurveyImporter importer, IOptions<CollabOptions> options, TimeProvider clock) : ICardAction
{
    public string Verb => SurveyAuthoringCard.Verb;

    public Role Required => Role.Staff;

    public static SurveyAuthoringView View(CollabOptions options, IReadOnlyDictionary<string, string>? values, IReadOnlyList<string>? problems) =>
        new(options.UserGroups, [.. SurveyImport.TypeNames.Keys.Select(k => (k, char.ToUpperInvariant(k[0]) + k[1..].Replace('-', ' ')))], values, problems);

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var json = Definition(submit, clock.GetUtcNow());
        var problems = await importer.TryImportAsync(turn, json, cancellationToken);
        if (problems.Count > 0)
        {
            var slots = FilledSlots(submit);
            turn.Show(SurveyAuthoringCard.Build(View(options.Value, submit.Values, [.. problems.Select(p => Said(p, slots))]) with
            {
                Products = AuthorSurveyCommand.Choices(await importer.ProductsAsync(null, cancellationToken)),
                SurveyId = submit[SurveyVerbs.SurveyKey],
            }));
        }
    }

    /// <summary>An import mistake as the card's author reads it: "Question 3 (only if): ..." rather than "questions[1].showIf.question: ...".</summary>
    public static string Said(ImportProblem problem, IReadOnlyList<int> slots)
    {
        if (problem.Field.Length == 0)
        {
            return problem.Message;
        }
        var field = ConditionPath().Replace(problem.Field, " (only if)");
        field = QuestionPath().Replace(field, m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var k && k < slots.Count
            ? "Question " + slots[k].ToString(CultureInfo.InvariantCulture)
            : "Question " + (k + 1).ToString(CultureInfo.InvariantCulture));
        return $"{field}: {problem.Message}";
    }

    /// <summary>The card's question slots that hold a question, in order: the definition's questions[k] is slot slots[k].</summary>
    public static List<int> FilledSlots(CardSubmit submit) =>
        [.. Enumerable.Range(1, SurveyAuthoringCard.Slots).Where(slot => !string.IsNullOrWhiteSpace(submit[SurveyAuthoringCard.QuestionInput(slot, "text")]))];

    /// <summary>
    /// The card's "only if": "q1 = PATENTSCOPE, WIPO Lex" (or "1 = ..."; choices separated by ";" when one holds a comma)
    /// as the format's showIf. Without "=" the choices are missing, which the import says.
    /// </summary>
    public static JsonObject? Condition(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }
        var cut = text.IndexOf('=', StringComparison.Ordinal);
        var on = (cut < 0 ? text : text[..cut]).Trim().ToLowerInvariant();
        on = QuestionName().Match(on) is { Success: true } m ? "q" + m.Groups[1].Value : on;
        var values = cut < 0 ? "" : text[(cut + 1)..];
        var separator = values.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        return new JsonObject
        {
            ["question"] = on,
            ["anyOf"] = new JsonArray([.. values.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => (JsonNode)v)]),
        };
    }

    /// <summary>The card's values as a definition in the import format (docs/survey-format.md).</summary>
    public static string Definition(CardSubmit submit, DateTimeOffset now)
    {
        string Get(string id) => submit[id]?.Trim() ?? "";
        var title = Get(SurveyAuthoringCard.TitleInput);
        var definition = new JsonObject
        {
            // A draft being edited keeps its id: saving replaces it.
            ["id"] = submit[SurveyVerbs.SurveyKey] is { Length: > 0 } id ? id : Slug(title, now),
            ["title"] = title,
            ["intro"] = Get(SurveyAuthoringCard.IntroInput),
            ["anonymous"] = Get(SurveyAuthoringCard.AnonymousInput) == "true",
        };
        if (Get(SurveyAuthoringCard.DeadlineInput) is { Length: > 0 } day)
        {
            definition["deadline"] = day + "T23:59:00Z";
        }
        if (Get(SurveyAuthoringCard.OpensDateInput) is { Length: > 0 } opensDay)
        {
            definition["opens"] = Opens(opensDay, Get(SurveyAuthoringCard.OpensTimeInput));
        }
        if (Get(SurveyAuthoringCard.CloseAfterInput) is { Length: > 0 } limit)
        {
            // A number the card allows is a whole number; anything else goes as text, for the import to say what is wrong.
            definition["closeAfterResponses"] = int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (JsonNode)n : limit;
        }
        if (Audience(submit) is { } audience)
        {
            definition["audience"] = audience;
        }
        var questions = new JsonArray();
        for (var slot = 1; slot <= SurveyAuthoringCard.Slots; slot++)
        {
            if (Get(SurveyAuthoringCard.QuestionInput(slot, "text")) is not { Length: > 0 } text)
            {
                continue;
            }
            var type = Get(SurveyAuthoringCard.QuestionInput(slot, "type"));
            var question = new JsonObject
            {
                ["id"] = "q" + slot.ToString(CultureInfo.InvariantCulture),
                ["text"] = text,
                ["type"] = type,
                ["required"] = Get(SurveyAuthoringCard.QuestionInput(slot, "required")) != "false",
            };
            var choices = Get(SurveyAuthoringCard.QuestionInput(slot, "choices"));
            if (type is "single-choice" or "multi-choice" || choices.Length > 0)
            {
                question["choices"] = new JsonArray([.. choices.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(c => (JsonNode)c)]);
            }
            if (Condition(Get(SurveyAuthoringCard.QuestionInput(slot, "showif"))) is { } condition)
            {
                question["showIf"] = condition;
            }
            questions.Add(question);
        }
        definition["questions"] = questions;
        if (Get(SurveyAuthoringCard.ShareResultsInput) is { Length: > 0 } sharing)
        {
            definition["shareResults"] = sharing;
        }
        return definition.ToJsonString();
    }

    /// <summary>The card's opening day and time ("09:30", midnight when left empty) as the format's "opens".</summary>
    private static string Opens(string day, string time) =>
        day + "T" + (time.Length == 0 ? "00:00" : time) + (time.Length is 0 or 5 ? ":00" : "") + "Z";

    /// <summary>
    /// The card's audience in the format: nothing for all members, the list of groups (as the first format wrote it), or
    /// { "followers": [...] } / { "members": [...] }. A kind without what it takes is left for the import to say.
    /// </summary>
    private static JsonNode? Audience(CardSubmit submit)
    {
        static JsonArray List(string? text, params char[] separators) =>
            new([.. (text ?? "").Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => (JsonNode)v)]);
        var groups = List(submit[SurveyAuthoringCard.AudienceInput], ',');
        var kind = submit[SurveyAuthoringCard.AudienceKindInput] is { Length: > 0 } chosen ? chosen
            : groups.Count > 0 ? SurveyAuthoringCard.Groups : SurveyAuthoringCard.AllMembers;
        return kind switch
        {
            SurveyAuthoringCard.Groups => groups.Count > 0 ? groups : new JsonObject { ["groups"] = groups },
            SurveyAuthoringCard.Followers => new JsonObject { ["followers"] = List(submit[SurveyAuthoringCard.ProductsInput], ',') },
            SurveyAuthoringCard.NamedMembers => new JsonObject { ["members"] = List(submit[SurveyAuthoringCard.MembersInput], ',', ';', '\n') },
            _ => null,
        };
    }

    /// <summary>
    /// A survey's definition as the card's values, to edit a draft on the card. Whether the card holds all of it (up to
    /// <see cref="SurveyAuthoringCard.Slots"/> questions with ids q1, q2..., a deadline at the end of a day, no bounds...) is
    /// known by reading the values back (<see cref="Definition"/>) and comparing.
    /// </summary>
    public static Dictionary<string, string> Values(Survey survey)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SurveyVerbs.SurveyKey] = survey.Id,
            [SurveyAuthoringCard.TitleInput] = survey.Title,
            [SurveyAuthoringCard.IntroInput] = survey.Intro,
            [SurveyAuthoringCard.AnonymousInput] = survey.Anonymous ? "true" : "false",
            [SurveyAuthoringCard.AudienceKindInput] = survey.AudienceKind switch
            {
                SurveyAudienceKind.Followers => SurveyAuthoringCard.Followers,
                SurveyAudienceKind.Members => SurveyAuthoringCard.NamedMembers,
                _ => survey.Audience.Count > 0 ? SurveyAuthoringCard.Groups : SurveyAuthoringCard.AllMembers,
            },
            [SurveyAuthoringCard.AudienceInput] = string.Join(",", survey.Audience),
            [SurveyAuthoringCard.ProductsInput] = string.Join(",", survey.Products.Select(p => p.Id)),
            [SurveyAuthoringCard.MembersInput] = string.Join(", ", survey.Members.Select(m => m.Name)),
        };
        if (survey.Deadline is { } deadline)
        {
            values[SurveyAuthoringCard.DeadlineInput] = deadline.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (survey.Opens is { } opens)
        {
            values[SurveyAuthoringCard.OpensDateInput] = opens.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            values[SurveyAuthoringCard.OpensTimeInput] = opens.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        }
        if (survey.CloseAfterResponses is { } limit)
        {
            values[SurveyAuthoringCard.CloseAfterInput] = limit.ToString(CultureInfo.InvariantCulture);
        }
        if (survey.ShareResults != SurveySharing.No)
        {
            values[SurveyAuthoringCard.ShareResultsInput] = SurveyImport.SharingNames.First(n => n.Value == survey.ShareResults).Key;
        }
        for (var i = 0; i < Math.Min(survey.Questions.Count, SurveyAuthoringCard.Slots); i++)
        {
            var q = survey.Questions[i];
            string Input(string part) => SurveyAuthoringCard.QuestionInput(i + 1, part);
            values[Input("text")] = q.Prompt;
            values[Input("type")] = SurveyImport.TypeNames.First(t => t.Value == q.Type).Key;
            values[Input("required")] = q.Required ? "true" : "false";
            values[Input("choices")] = string.Join("; ", q.Choices);
            if (q.ShowIf is { } condition)
            {
                var separator = condition.AnyOf.Any(c => c.Contains(',', StringComparison.Ordinal)) ? "; " : ", ";
                values[Input("showif")] = $"{condition.FieldId} = {string.Join(separator, condition.AnyOf)}";
            }
        }
        return values;
    }

    private static string Slug(string title, DateTimeOffset now)
    {
        var slug = new StringBuilder();
        foreach (var c in Phrase.Normalize(title))
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }
        var text = slug.ToString().Trim('-');
        text = text.Length > 28 ? text[..28].TrimEnd('-') : text;
        return (text.Length == 0 ? "survey" : text) + "-" + now.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"questions\[(\d+)\]")]
    private static partial Regex QuestionPath();

    [GeneratedRegex(@"\.showIf(\.[A-Za-z]+(\[\d+\])?)?$")]
    private static partial Regex ConditionPath();

    [GeneratedRegex(@"^(?:q|question)?\s*(\d{1,2})$")]
    private static partial Regex QuestionName();
}
