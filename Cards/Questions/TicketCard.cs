using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Questions;

public sealed record StaffChoice(string Id, string Name);

/// <param name="Asker">As the asker chose to be shown: a name, a user group, or "Anonymous".</param>
/// <param name="History">Who did what, newest last ("2026-12-02 10:32 Sam Staff took it").</param>
public sealed record TicketView(string MeetingId, int Number, string Id, string Meeting, string Topic, string Text, string Asker, string Status,
    string? Assignee, string? Answer, bool Published, int Voices, IReadOnlyList<string> History, IReadOnlyList<StaffChoice> Staff, bool Open);

/// <summary>
/// A question's ticket in the staff channel, updated in place as it changes: take it, assign it, answer it inline
/// (to the asker only, or published to every member), put it on the agenda, merge it into another, close it.
/// </summary>
public static class TicketCard
{
    public static AdaptiveCard Build(TicketView view)
    {
        var facts = new List<Fact>
        {
            new("Meeting", view.Meeting),
            new("Topic", view.Topic),
            new("Asked by", view.Asker),
            new("Status", view.Status),
        };
        if (view.Assignee is { } assignee)
        {
            facts.Add(new Fact("Assignee", assignee));
        }
        if (view.Voices > 0)
        {
            facts.Add(new Fact("Also asked by", view.Voices == 1 ? "1 member" : $"{view.Voices.ToString(CultureInfo.InvariantCulture)} members"));
        }
        var body = new List<CardElement>
        {
            TextBlock.Heading($"{view.Id}: question for {view.Meeting}"),
            new TextBlock(view.Text),
            new FactSet(facts),
        };
        if (view.Answer is { } answer)
        {
            body.Add(new TextBlock($"**Answer{(view.Published ? " (published)" : " (to the asker)")}:** {answer}") { Separator = true });
        }
        if (view.History.Count > 0)
        {
            body.Add(new TextBlock(string.Join("\n", view.History.TakeLast(6).Select(h => "- " + h))) { IsSubtle = true, Size = TextSize.Small, Separator = true });
        }
        return new AdaptiveCard(body, view.Open ? Actions(view) : null) { FallbackText = $"{view.Id}: {view.Text}" };
    }

    private static List<CardAction> Actions(TicketView view)
    {
        (string, string)[] key = [(QuestionVerbs.MeetingKey, view.MeetingId), (QuestionVerbs.NumberKey, view.Number.ToString(CultureInfo.InvariantCulture))];
        return
        [
            CardVerb.Button("Take it", QuestionVerbs.Take, key) with { AssociatedInputs = "none" },
            new ShowCardAction("Answer", new AdaptiveCard(
            [
                new TextInput { Id = QuestionVerbs.AnswerInput, Label = "Answer", IsMultiline = true, MaxLength = 4000, IsRequired = true, ErrorMessage = "Type the answer." },
                new ToggleInput("Publish in the Round Table Q&A (every member sees it, without the asker)") { Id = QuestionVerbs.PublishInput, Value = "false" },
            ], [CardVerb.Button("Send the answer", QuestionVerbs.AnswerIt, key)])),
            new ShowCardAction("Outcome", new AdaptiveCard(
            [
                new TextBlock("For the minutes, after the meeting.") { IsSubtle = true, Size = TextSize.Small },
                new ChoiceSetInput(
                [
                    new Choice("Answered in the meeting", "meeting"),
                    new Choice("Answered in the minutes", "minutes"),
                    new Choice("Follow-up owed", "followup"),
                ]) { Id = QuestionVerbs.OutcomeInput, Label = "Outcome", Style = ChoiceStyle.Compact, IsRequired = true, ErrorMessage = "Choose the outcome." },
                new TextInput { Id = QuestionVerbs.OutcomeTextInput, Label = "The answer, or what is to be followed up", IsMultiline = true, MaxLength = 4000 },
                .. FollowUpInputs(view),
            ], [CardVerb.Button("Record the outcome", QuestionVerbs.RecordOutcome, key)])),
            new ShowCardAction("More", new AdaptiveCard(
            [
                // A choice set needs at least one choice: with no staff to assign to (none has spoken to the bot yet), none is offered.
                .. view.Staff.Count == 0 ? [] : new CardElement[]
                {
                    new ChoiceSetInput([.. view.Staff.Select(s => new Choice(s.Name, s.Id))]) { Id = QuestionVerbs.AssigneeInput, Label = "Assign to", Style = ChoiceStyle.Compact },
                    new ActionSet([CardVerb.Button("Assign", QuestionVerbs.Assign, key)]),
                },
                new TextInput { Id = QuestionVerbs.MergeIntoInput, Label = "Same as question (e.g. Q3)", MaxLength = 10 },
                new ActionSet([CardVerb.Button("Merge into it", QuestionVerbs.Merge, key)]),
                new ActionSet(
                [
                    CardVerb.Button("Put on the agenda", QuestionVerbs.Agenda, key) with { AssociatedInputs = "none" },
                    CardVerb.Button("Close", QuestionVerbs.Close, key) with { AssociatedInputs = "none" },
                ]),
            ])),
        ];
    }

    // A follow-up needs an owner: without staff to choose from (none has spoken to the bot yet), none can be recorded.
    private static CardElement[] FollowUpInputs(TicketView view) => view.Staff.Count == 0 ? [] :
    [
        new ChoiceSetInput([.. view.Staff.Select(s => new Choice(s.Name, s.Id))]) { Id = QuestionVerbs.FollowUpOwnerInput, Label = "Follow-up owner", Style = ChoiceStyle.Compact },
        new DateInput { Id = QuestionVerbs.FollowUpDueInput, Label = "Follow-up due by" },
    ];
}
