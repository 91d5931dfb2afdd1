using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Questions;

/// <summary>Staff: "open questions", every question not closed across meetings, oldest first.</summary>
public sealed class OpenQuestionsCommand(IQuestionStore store, TimeProvider clock, IStringLocalizer<QuestionTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("question.open", Role.Staff,
        ["open questions", "questions ouvertes", "preguntas abiertas", "offene fragen"])
    {
        Help = new(texts, "Open"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = new List<(Question Q, Meeting M)>();
        foreach (var meeting in await store.ListMeetingsAsync(cancellationToken))
        {
            open.AddRange((await store.ListAsync(meeting.Id, cancellationToken)).Where(q => q.IsOpen).Select(q => (q, meeting)));
        }
        turn.Show(OpenQuestionsCard.Build([.. open.OrderBy(o => o.Q.Asked).Select(o => new OpenQuestion(o.Q.MeetingId, o.Q.Number, o.Q.Id, o.M.Name,
            o.Q.Text, Status(o.Q), WaitingQuestionContent.AgeOf(o.Q.Asked, now), o.Q.AssigneeName, o.Q.Voices))]));
    }

    private static string Status(Question q) => q.Status switch
    {
        QuestionStatus.FollowUpOwed when q.FollowUpDue is { } due => $"follow-up owed by {due:yyyy-MM-dd}",
        QuestionStatus.OnAgenda => "on the agenda",
        QuestionStatus.AnsweredInMeeting => "answered in the meeting",
        var s => s.ToString().ToLowerInvariant(),
    };
}

/// <summary>Staff: brings up a question's ticket card where they are, to act on it from there.</summary>
public sealed class ShowTicketAction(IQuestionStore store, QuestionViews views) : ICardAction
{
    public string Verb => QuestionVerbs.Show;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit[QuestionVerbs.MeetingKey] is { } meetingId
            && int.TryParse(submit[QuestionVerbs.NumberKey], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && await store.FindAsync(meetingId, number, cancellationToken) is { } question)
        {
            turn.Show(TicketCard.Build(await views.TicketAsync(question, cancellationToken)));
            return;
        }
        turn.Say("That question no longer exists.");
    }
}
