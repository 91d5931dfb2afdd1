using System.Globalization;
using System.Text.RegularExpressions;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// A recurring survey's next edition: a new draft with the same questions (and question ids, so answers can be compared),
/// its dates a year later, linked to this one by <see cref="Survey.PreviousEdition"/>.
/// </summary>
public static partial class SurveyEditions
{
    /// <summary>The next edition, and what could not be carried over (a date that is still past a year later).</summary>
    public static (Survey Next, IReadOnlyList<string> Dropped) Next(Survey survey, string staffObjectId, DateTimeOffset now)
    {
        var idYear = LastYear(survey.Id);
        var titleYear = LastYear(survey.Title);
        var year = (idYear ?? titleYear)?.Year + 1 ?? (survey.Opens ?? survey.OpenedAt ?? survey.Created).Year + 1;
        var id = idYear is { } i ? Replace(survey.Id, i, i.Year + 1) : WithSuffix(survey.Id, year);
        var title = titleYear is { } t ? Replace(survey.Title, t, t.Year + 1) : WithYear(survey.Title, year);
        var dropped = new List<string>();
        DateTimeOffset? Later(DateTimeOffset? date, string what)
        {
            if (date?.AddYears(1) is not { } moved)
            {
                return null;
            }
            if (moved > now)
            {
                return moved;
            }
            dropped.Add($"{what} ({SurveyDates.Deadline(moved)} would have passed)");
            return null;
        }
        var deadline = Later(survey.Deadline, "deadline");
        var opens = Later(survey.Opens, "opening time");
        if (opens >= deadline)
        {
            dropped.Add($"opening time ({SurveyDates.Deadline(opens!.Value)} would not be before the deadline)");
            opens = null;
        }
        var next = new Survey(id, title, survey.Intro, survey.Questions, survey.Anonymous, survey.Audience, deadline, staffObjectId, now)
        {
            Opens = opens,
            CloseAfterResponses = survey.CloseAfterResponses,
            PreviousEdition = survey.Id,
        };
        return (next, dropped);
    }

    private static (int Index, int Year)? LastYear(string text) =>
        Year().Matches(text) is { Count: > 0 } found ? (found[^1].Index, int.Parse(found[^1].Value, CultureInfo.InvariantCulture)) : null;

    private static string Replace(string text, (int Index, int Year) at, int year) =>
        text[..at.Index] + year.ToString(CultureInfo.InvariantCulture) + text[(at.Index + 4)..];

    private static string WithSuffix(string id, int year)
    {
        var suffix = "-" + year.ToString(CultureInfo.InvariantCulture);
        return (id.Length + suffix.Length > 40 ? id[..(40 - suffix.Length)].TrimEnd('-') : id) + suffix;
    }

    private static string WithYear(string title, int year)
    {
        var suffix = " " + year.ToString(CultureInfo.InvariantCulture);
        return (title.Length + suffix.Length > 200 ? title[..(200 - suffix.Length)].TrimEnd() : title) + suffix;
    }

    // A year standing alone: "round-table-2025", "Round Table 2025"; not the digits of "20261125".
    [GeneratedRegex("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")]
    private static partial Regex Year();
}

/// <summary>Staff: "next edition round-table-2025" makes round-table-2026, a draft to check, then schedule or open.</summary>
public sealed class NextEditionOperation(ISurveyStore store, SurveyListViews views, TimeProvider clock) : SurveyOperation(store)
{
    public override CommandInfo Info { get; } = new("survey.nextEdition", Role.Staff,
        ["next edition", "next edition of", "next edition of survey", "new edition", "nouvelle edition"], TakesArgument: true);

    public override string Verb => SurveyVerbs.NextEdition;

    protected override async Task RunAsync(Turn turn, Survey survey, CardSubmit? submit, CancellationToken cancellationToken)
    {
        var outcome = await CreateAsync(turn, survey, cancellationToken);
        Answer(turn, submit, SurveyListCard.Build(await views.BuildAsync(outcome, cancellationToken)));
    }

    private async Task<string> CreateAsync(Turn turn, Survey survey, CancellationToken cancellationToken)
    {
        if (survey.Status is not (SurveyStatus.Open or SurveyStatus.Closed))
        {
            return $"\"{survey.Title}\" has not been open yet ({survey.Status.ToString().ToLowerInvariant()}): a next edition is made from a survey that has run.";
        }
        var (next, dropped) = SurveyEditions.Next(survey, turn.Sender.Id.ObjectId, clock.GetUtcNow());
        if (await Store.FindAsync(next.Id, cancellationToken) is { } existing)
        {
            return existing.PreviousEdition == survey.Id
                ? $"The next edition of \"{survey.Title}\" is there already: \"{existing.Title}\" ({existing.Id}, {existing.Status.ToString().ToLowerInvariant()})."
                : $"There is already a survey \"{next.Id}\". Import the next edition with another id and \"previousEdition\": \"{survey.Id}\".";
        }
        // Two staff pressing at once write the same draft: the second write changes nothing that matters.
        await Store.SaveAsync(next, cancellationToken);
        var dates = string.Join(", ", new[] { next.Opens is { } o ? "opens " + SurveyDates.Deadline(o) : null, next.Deadline is { } d ? "closes " + SurveyDates.Deadline(d) : null }
            .OfType<string>());
        return $"Created \"{next.Title}\" ({next.Id}), the next edition of \"{survey.Title}\": a draft with the same {next.Questions.Count} question{(next.Questions.Count == 1 ? "" : "s")}" +
            (dates.Length > 0 ? $" ({dates})" : "") + "." +
            (dropped.Count > 0 ? $" Not carried over: {string.Join("; ", dropped)}." : "") +
            " Preview it, then open or schedule it; once it has answers, its results card compares them with the last edition's.";
    }
}
