using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Questions;

public sealed record MinutesOverview(string MeetingId, string Meeting, int InMeeting, int InMinutes, int FollowUps, int Others);

/// <summary>Staff: what a meeting's minutes hold so far, with the buttons to send them to every member and to download them.</summary>
public static class MinutesOverviewCard
{
    public static AdaptiveCard Build(MinutesOverview view)
    {
        (string, string) id = (QuestionVerbs.MeetingKey, view.MeetingId);
        return new AdaptiveCard(
        [
            TextBlock.Heading($"Minutes of {view.Meeting}"),
            new FactSet(
            [
                new Fact("Answered in the meeting", Count(view.InMeeting)),
                new Fact("Answered in the minutes", Count(view.InMinutes)),
                new Fact("Follow-ups owed", Count(view.FollowUps)),
                new Fact("Other questions", Count(view.Others)),
            ]),
            new TextBlock("Record each question's outcome with the **Outcome** button of its ticket. Members get the first three groups, without askers.")
            { IsSubtle = true, Size = TextSize.Small },
        ],
        [
            CardVerb.Button("Send to every member", QuestionVerbs.SendMinutes, id) with { AssociatedInputs = "none" },
            CardVerb.Button("Word document", QuestionVerbs.ExportMinutes, id, (QuestionVerbs.FormatKey, "Docx")) with { AssociatedInputs = "none" },
            CardVerb.Button("Markdown", QuestionVerbs.ExportMinutes, id, (QuestionVerbs.FormatKey, "Markdown")) with { AssociatedInputs = "none" },
        ])
        { FallbackText = $"Minutes of {view.Meeting}" };
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
