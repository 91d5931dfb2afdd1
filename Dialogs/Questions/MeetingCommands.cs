using System.Globalization;
using System.Text;
using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Questions;

/// <summary>Staff: the Round Table meetings, their question windows and counts, and the form to add or change one.</summary>
public sealed class MeetingsCommand(MeetingViews views, IStringLocalizer<QuestionTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("meeting.list", Role.Staff,
        ["meetings", "round table meetings", "round table", "reunions", "reuniones", "sitzungen"])
    {
        Help = new(texts, "Meetings"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        turn.Show(await views.CardAsync(null, cancellationToken));
}

public sealed class MeetingViews(IQuestionStore store)
{
    public async Task<Cards.Model.AdaptiveCard> CardAsync(string? lastAction, CancellationToken cancellationToken)
    {
        var entries = new List<MeetingEntry>();
        foreach (var m in await store.ListMeetingsAsync(cancellationToken))
        {
            var questions = (await store.ListAsync(m.Id, cancellationToken)).Where(q => q.MergedInto is null).ToList();
            entries.Add(new MeetingEntry(m.Id, m.Name, m.Date, m.Opens, m.Closes.AddDays(-1), m.Topics, questions.Count, questions.Count(q => q.IsOpen)));
        }
        return MeetingsCard.Build(entries, lastAction);
    }
}

/// <summary>
/// Staff add a meeting (or change one of the same name): its date, the days questions are taken (from the first day's
/// start to the last day's end, in the working time zone) and its agenda topics. Every field is checked; nothing is
/// written unless all hold. A new meeting takes over the follow-ups still owed from earlier ones.
/// </summary>
public sealed class SaveMeetingAction(IQuestionStore store, MeetingViews views, FollowUpCarryOver carryOver, IOptions<QuestionOptions> options,
    TimeProvider clock) : ICardAction
{
    public const int MaxTopics = 15;

    public string Verb => QuestionVerbs.SaveMeeting;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var name = (submit[QuestionVerbs.NameInput] ?? "").Trim();
        var date = Day(submit[QuestionVerbs.DateInput]);
        var opens = Day(submit[QuestionVerbs.OpensInput]);
        var closes = Day(submit[QuestionVerbs.ClosesInput]);
        var topics = (submit[QuestionVerbs.TopicsInput] ?? "").Split([',', '\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Length > 80 ? t[..80] : t).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var problem = name.Length is 0 or > 100 ? "Give the meeting a name (up to 100 characters)."
            : Slug(name).Length == 0 ? "Give the meeting a name with letters or digits."
            : date is null || opens is null || closes is null ? "Choose the meeting's date and the first and last days questions are taken."
            : closes < opens ? "The last day for questions comes before the first."
            : closes > date ? "Questions must close by the day of the meeting."
            : topics.Count > MaxTopics ? $"Give at most {MaxTopics} agenda topics."
            : null;
        if (problem is not null)
        {
            turn.Say(problem);
            return;
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var meeting = new Meeting(Slug(name), name, Start(date!.Value, zone), Start(opens!.Value, zone), Start(closes!.Value.AddDays(1), zone), topics,
            turn.Sender.Name, clock.GetUtcNow());
        var existed = await store.FindMeetingAsync(meeting.Id, cancellationToken) is not null;
        await store.SaveMeetingAsync(meeting, cancellationToken);
        var carried = existed ? 0 : await carryOver.CarryOverAsync(meeting, turn.Sender.Name, cancellationToken);
        var outcome = $"{(existed ? "Changed" : "Added")} {name}.{carried switch { 0 => "", 1 => " 1 follow-up still owed from an earlier meeting is carried over to it.", _ => $" {carried} follow-ups still owed from earlier meetings are carried over to it." }}";
        turn.Replace(await views.CardAsync(outcome, cancellationToken));
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>"Round Table 2027" becomes "round-table-2027".</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var word in Phrase.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            slug.Append(slug.Length > 0 ? "-" : "").Append(word.Where(char.IsAsciiLetterOrDigit).ToArray());
        }
        return slug.Length > 60 ? slug.ToString(0, 60) : slug.ToString();
    }
}
