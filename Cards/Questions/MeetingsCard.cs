using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Questions;

public sealed record MeetingEntry(string Id, string Name, DateTimeOffset Date, DateTimeOffset Opens, DateTimeOffset Closes, IReadOnlyList<string> Topics,
    int Questions, int Open);

/// <summary>Staff: the Round Table meetings, their question windows and counts, and a form to add one.</summary>
public static class MeetingsCard
{
    public const string Heading = "Round Table meetings";

    public static AdaptiveCard Build(IReadOnlyList<MeetingEntry> meetings, string? lastAction)
    {
        var body = new List<CardElement> { TextBlock.Heading(Heading) };
        if (lastAction is not null)
        {
            body.Add(new TextBlock(lastAction) { Color = TextColor.Good });
        }
        if (meetings.Count == 0)
        {
            body.Add(new TextBlock("No meeting yet: add one below. Members can ask questions while its window is open."));
        }
        foreach (var m in meetings)
        {
            body.Add(new Container(
            [
                new TextBlock($"**{m.Name}** ({m.Id}) · {Day(m.Date)}"),
                new TextBlock($"Questions from {Day(m.Opens)} to {Day(m.Closes)} · {m.Questions} asked, {m.Open} open") { IsSubtle = true, Spacing = Spacing.None },
                new TextBlock(m.Topics.Count == 0 ? "No agenda topics yet." : "Topics: " + string.Join(", ", m.Topics)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            ])
            { Separator = true });
        }
        var add = new AdaptiveCard(
        [
            new TextInput { Id = QuestionVerbs.NameInput, Label = "Name", IsRequired = true, MaxLength = 100, ErrorMessage = "Give the meeting a name." },
            new DateInput { Id = QuestionVerbs.DateInput, Label = "Date of the meeting", IsRequired = true, ErrorMessage = "Choose the date." },
            new DateInput { Id = QuestionVerbs.OpensInput, Label = "Questions from", IsRequired = true, ErrorMessage = "Choose when questions open." },
            new DateInput { Id = QuestionVerbs.ClosesInput, Label = "Questions until (inclusive)", IsRequired = true, ErrorMessage = "Choose when questions close." },
            new TextInput { Id = QuestionVerbs.TopicsInput, Label = "Agenda topics, separated by commas", IsMultiline = true, MaxLength = 1000 },
        ], [CardVerb.Button("Add the meeting", QuestionVerbs.SaveMeeting)]);
        return new AdaptiveCard(body, [new ShowCardAction("Add a meeting", add)]) { FallbackText = Heading };
    }

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
